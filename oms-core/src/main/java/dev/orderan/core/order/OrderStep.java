package dev.orderan.core.order;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Transaction;
import java.util.List;
import java.util.Optional;

/**
 * An effect on another aggregate that must commit with an order's change, or not at all: stock
 * reserved at placement, sold at shipment, released on cancellation, say (what oms-inventory's
 * {@code OrderStockStep} does). Steps run
 * inside the transaction that saves the order's new events, after the save; a step that throws rolls
 * the whole command back and the caller gets its exception. Steps decide from the saved events, are
 * idempotent, and write only through the transaction, so the same logic can also run later from the
 * outbox (for a store in another database) and be retried.
 */
@FunctionalInterface
public interface OrderStep {

    /**
     * Reacts to an order's new events.
     *
     * @param tx the transaction the order's change is being saved in
     * @param before the order before the command; empty for a placement
     * @param after the order after the command
     * @param events the events just saved, in sequence order
     */
    void apply(Transaction tx, Optional<Order> before, Order after, List<EventEnvelope<OrderEvent>> events);
}
