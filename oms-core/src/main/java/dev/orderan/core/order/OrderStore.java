package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.store.AggregateStore;
import dev.orderan.core.store.Transaction;
import java.time.Instant;
import java.util.List;

/**
 * Stores orders: the generic {@link AggregateStore} contract (state snapshot, gapless events,
 * optimistic versions, events to the outbox in the same transaction) plus the two queries the
 * order service needs. A store keeps each order's {@link OrderPersonalData} with its state (so it
 * can be erased) and never in its events. Implementations: the in-memory {@link InMemoryOrderStore}; an
 * implementation of your own passes the conformance kit {@code OrderStoreContract} in oms-testkit.
 */
public interface OrderStore extends AggregateStore<Order, OrderEvent> {

    /** The orders of a customer placed at or after {@code since}, newest first. */
    List<Order> placedSince(Transaction tx, CustomerId customer, Instant since);

    /**
     * Orders still waiting for payment whose payment deadline is before {@code now}, oldest
     * deadline first, at most {@code limit}: what a sweeper expires.
     */
    List<OrderId> paymentOverdue(Transaction tx, Instant now, int limit);
}
