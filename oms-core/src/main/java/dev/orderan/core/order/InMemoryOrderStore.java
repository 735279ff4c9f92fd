package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.Versioned;
import dev.orderan.core.store.memory.InMemoryAggregateStore;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link OrderStore} of an {@link InMemoryStore}. Thread-safe; transactional with the store. The
 * two queries read indexes of the store (orders by customer, orders waiting for payment), not every
 * order of the tenant.
 */
public final class InMemoryOrderStore implements OrderStore {

    private final InMemoryAggregateStore<Order, OrderEvent> orders;
    private final InMemoryAggregateStore<Order, OrderEvent>.Index<CustomerId> byCustomer;
    private final InMemoryAggregateStore<Order, OrderEvent>.Index<Boolean> awaitingPayment;

    /** The orders of this in-memory store. */
    public InMemoryOrderStore(InMemoryStore store) {
        this.orders = store.aggregates(OrderEvent.AGGREGATE_TYPE);
        this.byCustomer = orders.index("customer", Order::customerId);
        this.awaitingPayment = orders.index("awaiting-payment",
                o -> o.isAwaitingPayment() && o.paymentDeadline().isPresent() ? Boolean.TRUE : null);
    }

    @Override
    public String aggregateType() {
        return OrderEvent.AGGREGATE_TYPE;
    }

    @Override
    public Optional<Versioned<Order>> load(Transaction tx, String aggregateId) {
        return orders.load(tx, aggregateId);
    }

    @Override
    public List<EventEnvelope<OrderEvent>> events(Transaction tx, String aggregateId) {
        return orders.events(tx, aggregateId);
    }

    @Override
    public void save(Transaction tx, String aggregateId, long expectedVersion, Order state,
            List<EventEnvelope<OrderEvent>> newEvents) {
        if (state.version() != expectedVersion + newEvents.size()) {
            throw new IllegalArgumentException("state: version " + state.version() + " does not follow "
                    + expectedVersion + " plus " + newEvents.size() + " events");
        }
        orders.save(tx, aggregateId, expectedVersion, state, newEvents);
    }

    @Override
    public List<Order> placedSince(Transaction tx, CustomerId customer, Instant since) {
        List<Order> found = new ArrayList<>();
        for (Order o : byCustomer.find(tx, customer)) {
            if (!o.placedAt().isBefore(since)) {
                found.add(o);
            }
        }
        found.sort(Comparator.comparing(Order::placedAt).reversed());
        return found;
    }

    @Override
    public List<OrderId> paymentOverdue(Transaction tx, Instant now, int limit) {
        return awaitingPayment.find(tx, Boolean.TRUE).stream().filter(o -> o.isPaymentOverdue(now))
                .sorted(Comparator.comparing((Order o) -> o.paymentDeadline().orElseThrow()))
                .limit(limit).map(Order::id).toList();
    }
}
