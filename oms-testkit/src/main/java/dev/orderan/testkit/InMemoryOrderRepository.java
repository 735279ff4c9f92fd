package dev.orderan.testkit;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.IdempotencyConflictException;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRepository;
import dev.orderan.core.persistence.ConcurrentModificationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe, in-memory {@link OrderRepository} for tests, examples and prototypes. Each tenant
 * has its own store, locked on save, so tenants never block or see each other.
 */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<TenantId, TenantStore> tenants = new ConcurrentHashMap<>();

    @Override
    public Optional<Order> find(TenantId tenant, OrderId id) {
        TenantStore store = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (store == null) {
            return Optional.empty();
        }
        synchronized (store) {
            Entry e = store.orders.get(Objects.requireNonNull(id, "id"));
            return e == null ? Optional.empty() : Optional.of(e.order);
        }
    }

    @Override
    public Optional<Order> findByIdempotencyKey(TenantId tenant, String idempotencyKey) {
        TenantStore store = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (store == null) {
            return Optional.empty();
        }
        synchronized (store) {
            OrderId id = store.keys.get(idempotencyKey);
            return id == null ? Optional.empty() : Optional.of(store.orders.get(id).order);
        }
    }

    @Override
    public List<Order> findPlacedSince(TenantId tenant, CustomerId customer, Instant since) {
        TenantStore store = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (store == null) {
            return List.of();
        }
        List<Order> result = new ArrayList<>();
        synchronized (store) {
            for (Entry e : store.orders.values()) {
                if (e.order.customer().id().equals(customer) && !e.order.placedAt().isBefore(since)) {
                    result.add(e.order);
                }
            }
        }
        result.sort(Comparator.comparing(Order::placedAt).reversed());
        return result;
    }

    @Override
    public List<OrderEvent> events(TenantId tenant, OrderId id) {
        TenantStore store = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (store == null) {
            return List.of();
        }
        synchronized (store) {
            Entry e = store.orders.get(id);
            return e == null ? List.of() : List.copyOf(e.events);
        }
    }

    @Override
    public List<RecordedEvent> readEvents(TenantId tenant, long afterPosition, int maxCount) {
        if (afterPosition < 0 || maxCount < 0) {
            throw new IllegalArgumentException("afterPosition and maxCount must not be negative");
        }
        TenantStore store = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (store == null) {
            return List.of();
        }
        synchronized (store) {
            int from = (int) Math.min(afterPosition, store.log.size());
            int to = (int) Math.min((long) from + maxCount, store.log.size());
            List<RecordedEvent> result = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                result.add(new RecordedEvent(i + 1, store.log.get(i)));
            }
            return result;
        }
    }

    @Override
    public void save(Order order, List<OrderEvent> newEvents, long expectedVersion) {
        Objects.requireNonNull(order, "order");
        if (newEvents.isEmpty()) {
            throw new IllegalArgumentException("newEvents: must not be empty");
        }
        for (int i = 0; i < newEvents.size(); i++) {
            OrderEvent e = newEvents.get(i);
            if (!e.order().equals(order.ref()) || e.sequence() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("newEvents[" + i + "]: must belong to " + order.ref()
                        + " and have sequence " + (expectedVersion + 1 + i));
            }
        }
        if (newEvents.get(newEvents.size() - 1).sequence() != order.version()) {
            throw new IllegalArgumentException("order: version " + order.version() + " does not match the last event");
        }
        TenantStore store = tenants.computeIfAbsent(order.tenantId(), t -> new TenantStore());
        synchronized (store) {
            Entry current = store.orders.get(order.id());
            long actual = current == null ? 0 : current.order.version();
            if (actual != expectedVersion) {
                throw new ConcurrentModificationException("order " + order.ref(), expectedVersion, actual);
            }
            if (current == null) {
                OrderId taken = store.keys.get(order.idempotencyKey());
                if (taken != null) {
                    throw new IdempotencyConflictException(order.idempotencyKey(), taken);
                }
                store.keys.put(order.idempotencyKey(), order.id());
                current = new Entry();
                store.orders.put(order.id(), current);
            }
            current.order = order;
            current.events.addAll(newEvents);
            store.log.addAll(newEvents);
        }
    }

    /** The number of orders stored for a tenant. */
    public int size(TenantId tenant) {
        TenantStore store = tenants.get(tenant);
        if (store == null) {
            return 0;
        }
        synchronized (store) {
            return store.orders.size();
        }
    }

    private static final class TenantStore {
        final Map<OrderId, Entry> orders = new HashMap<>();
        final Map<String, OrderId> keys = new HashMap<>();
        final List<OrderEvent> log = new ArrayList<>();
    }

    private static final class Entry {
        Order order;
        final List<OrderEvent> events = new ArrayList<>();
    }
}
