package dev.orderan.inventory.order;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderStep;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.Transaction;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationNotFoundException;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservationStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps an order's stock in line with the order, inside the order's own transaction (register it
 * with {@code OrderService.builder().step(...)}):
 * <ul>
 *   <li>placing an order of a stocked type reserves its goods, all or nothing; when the stock is not
 *       there the placement fails with {@link dev.orderan.inventory.stock.InsufficientStockException}
 *       and nothing is stored;</li>
 *   <li>shipping commits the reservation into a sale; an order whose reservation is not active (or
 *       missing) cannot ship: the ship command fails with {@link ReservationStateException} and
 *       nothing changes, so goods never leave without a sale;</li>
 *   <li>cancelling (by anyone, by a rejected approval, a declined supplier, or an expired payment
 *       window, late payments included) releases the reservation.</li>
 * </ul>
 * The order's payment deadline is the only expiry: order reservations never lapse on their own, so
 * a payment accepted before the deadline always finds its stock. Every action is idempotent and runs
 * in the order's transaction: the inventory must be built on the same store as the order service
 * (for memory: {@code InMemoryInventory.builder(tenant).store(theSameInMemoryStore)}), and its events
 * reach the outbox with the order's, carrying the order command's command and correlation ids and,
 * as causation, the id of the order event that moved the stock. Inventory listeners hear of them once
 * the order's transaction has committed.
 */
public final class OrderStockStep implements OrderStep {

    /** The order types whose goods come from the seller's own stock. */
    public static final Set<OrderType> STOCKED = Set.copyOf(EnumSet.of(OrderType.B2C_PREPAID, OrderType.B2C_COD,
            OrderType.B2B, OrderType.SUBSCRIPTION));

    private final Function<TenantId, Inventory> inventories;
    private final Optional<LocationId> location;
    private final DestinationResolver destinations;
    private final Set<OrderType> stocked;

    private OrderStockStep(Function<TenantId, Inventory> inventories, Optional<LocationId> location,
            DestinationResolver destinations, Set<OrderType> stocked) {
        this.inventories = inventories;
        this.location = location;
        this.destinations = destinations;
        this.stocked = stocked;
    }

    /**
     * A step over each tenant's inventory (see {@link dev.orderan.inventory.TenantInventories#of}),
     * sourcing goods for the order's destination by province.
     */
    public static OrderStockStep of(Function<TenantId, Inventory> inventories) {
        return new OrderStockStep(Objects.requireNonNull(inventories, "inventories"), Optional.empty(),
                DestinationResolver.BY_PROVINCE, STOCKED);
    }

    /** The same step taking every order's goods from one location. */
    public OrderStockStep from(LocationId value) {
        return new OrderStockStep(inventories, Optional.of(value), destinations, stocked);
    }

    /** The same step resolving destinations with the host's resolver. */
    public OrderStockStep destinations(DestinationResolver value) {
        return new OrderStockStep(inventories, location, Objects.requireNonNull(value, "destinations"), stocked);
    }

    /** The same step for another set of stocked order types. */
    public OrderStockStep stockedTypes(Set<OrderType> value) {
        return new OrderStockStep(inventories, location, destinations, Set.copyOf(value));
    }

    @Override
    public void apply(Transaction tx, Optional<Order> before, Order after, List<EventEnvelope<OrderEvent>> events) {
        if (!stocked.contains(after.type())) {
            return;
        }
        Inventory inventory = inventories.apply(after.tenantId());
        if (!inventory.tenantId().equals(after.tenantId())) {
            throw new IllegalStateException("inventory of " + inventory.tenantId() + " for an order of "
                    + after.tenantId());
        }
        ReservationId id = OrderReservations.idOf(after);
        for (EventEnvelope<OrderEvent> envelope : events) {
            OrderEvent e = envelope.event();
            if (e instanceof OrderEvent.Placed) {
                OrderReservations.requestFor(after, location, destinations)
                        .ifPresent(r -> inventory.reserve(tx, r, causedBy(envelope)));
            } else if (e instanceof OrderEvent.Shipped) {
                if (after.lines().stream().anyMatch(l -> !l.isService())) {
                    Reservation r = inventory.reservation(id).orElseThrow(() -> new ReservationNotFoundException(id));
                    if (r.status() != ReservationStatus.COMMITTED) {
                        // Throws for a released reservation: nothing ships without a sale.
                        inventory.commit(tx, id, causedBy(envelope));
                    }
                }
            } else if (e instanceof OrderEvent.StatusChanged s && s.to() == OrderStatus.CANCELLED) {
                inventory.reservation(id).filter(Reservation::isActive)
                        .ifPresent(r -> inventory.release(tx, id, ReleaseReason.ORDER_CANCELLED, causedBy(envelope)));
            }
        }
    }

    /** The metadata of stock events an order event caused: the command's ids, caused by that event. */
    private static EventMetadata causedBy(EventEnvelope<OrderEvent> envelope) {
        EventMetadata order = envelope.metadata();
        return new EventMetadata(order.commandId(), order.correlationId(), Optional.of(envelope.eventId().toString()));
    }
}
