package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.persistence.ConcurrentModificationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores orders and their events (persistence SPI). Every method is scoped by tenant: an
 * implementation must never return another tenant's data. Implementations are thread-safe.
 *
 * <p>{@link #save} is atomic: the order's new state and its new events are stored together or not
 * at all, so an outbox relay reading {@link #readEvents} sees exactly the saved changes.
 */
public interface OrderRepository {

    /** The order with this id in this tenant. */
    Optional<Order> find(TenantId tenant, OrderId id);

    /** The order placed with this idempotency key in this tenant. */
    Optional<Order> findByIdempotencyKey(TenantId tenant, String idempotencyKey);

    /** The orders of a customer placed at or after {@code since}, newest first. */
    List<Order> findPlacedSince(TenantId tenant, CustomerId customer, Instant since);

    /** The full history of an order, in sequence order; empty if there is no such order. */
    List<OrderEvent> events(TenantId tenant, OrderId id);

    /**
     * The tenant's events in the order they were saved, after a position, for relays and
     * projections. Positions start at 1 and grow by one per saved event.
     */
    List<RecordedEvent> readEvents(TenantId tenant, long afterPosition, int maxCount);

    /**
     * Saves an order's new state with the events that produced it.
     *
     * @param order the order after the events
     * @param newEvents the events since {@code expectedVersion}, in sequence order
     * @param expectedVersion the version the change was based on; 0 for a new order
     * @throws ConcurrentModificationException if the stored version is not {@code expectedVersion}
     * @throws IdempotencyConflictException if a new order's idempotency key is already taken
     */
    void save(Order order, List<OrderEvent> newEvents, long expectedVersion);

    /**
     * An event with its position in the tenant's event log.
     *
     * @param position the position, from 1
     * @param event the event
     */
    record RecordedEvent(long position, OrderEvent event) {
    }
}
