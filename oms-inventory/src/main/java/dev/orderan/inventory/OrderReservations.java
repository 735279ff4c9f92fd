package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderLine;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationExpiryPolicy;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Glue for the order flow: the reservation an order needs. The reservation id is the order id (so
 * placing the same order twice reserves once), each goods line becomes a reservation line with the
 * order's line number (1-based), service lines hold no stock, and the expiry follows the order's
 * payment method from the time it was placed.
 */
public final class OrderReservations {

    private OrderReservations() {
    }

    /** The reservation id used for an order. */
    public static ReservationId idOf(Order order) {
        return ReservationId.of(order.id().value());
    }

    /**
     * The request for an order's goods lines, taken from {@code location} or, when empty, placed by
     * the engine's sourcing strategy; empty when the order has no goods to hold.
     */
    public static Optional<ReservationRequest> requestFor(Order order, ReservationExpiryPolicy expiry,
            Optional<LocationId> location) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(location, "location");
        List<ReservationLine> lines = new ArrayList<>();
        List<OrderLine> orderLines = order.lines();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine l = orderLines.get(i);
            if (l.service().isEmpty()) {
                lines.add(new ReservationLine(i + 1, l.sku(), location, l.quantity()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReservationRequest(idOf(order), order.id(), lines,
                expiry.expiresAt(order.paymentMethod(), order.placedAt())));
    }

    /**
     * Reserves an order's goods on the tenant's engine; empty when there is nothing to hold.
     *
     * @throws IllegalArgumentException when the engine belongs to another tenant than the order
     */
    public static Optional<Reservation> reserve(Inventory inventory, Order order, ReservationExpiryPolicy expiry,
            Optional<LocationId> location) {
        if (!inventory.tenantId().equals(order.tenantId())) {
            throw new IllegalArgumentException("inventory: belongs to tenant " + inventory.tenantId()
                    + ", the order to another tenant");
        }
        return requestFor(order, expiry, location).map(inventory::reserve);
    }
}
