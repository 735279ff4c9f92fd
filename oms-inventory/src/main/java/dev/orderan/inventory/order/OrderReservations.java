package dev.orderan.inventory.order;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderLine;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reservation an order needs: its id is the order id (so placing the same order twice reserves
 * once), each goods line becomes a reservation line with the order's line index, service lines hold
 * no stock, and the destination is the order's shipping area. An order's reservation does not
 * expire by time: the order's payment deadline decides, and expiring the order releases it.
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
     * the engine's sourcing strategy for the order's destination; empty when there are no goods.
     */
    public static Optional<ReservationRequest> requestFor(Order order, Optional<LocationId> location,
            DestinationResolver destinations) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(destinations, "destinations");
        List<ReservationLine> lines = new ArrayList<>();
        List<OrderLine> orderLines = order.lines();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine l = orderLines.get(i);
            if (!l.isService()) {
                lines.add(new ReservationLine(i, l.sku(), location, l.quantity()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReservationRequest(idOf(order), order.id(), lines, Optional.empty(),
                Optional.of(destinations.destinationOf(order.shippingArea()))));
    }
}
