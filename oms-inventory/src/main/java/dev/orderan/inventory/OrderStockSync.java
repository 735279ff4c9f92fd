package dev.orderan.inventory;

import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderEventListener;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps an order's stock reservation in step with the order, as an {@link OrderEventListener}
 * registered on the {@code OrderService}: when the order is paid in full the reservation is held
 * until shipment (it no longer expires with the payment window), when it ships the reservation is
 * committed (a sale movement), and when it is cancelled, rejected or declined by the supplier the
 * units are released. The reservation itself is made at placement with
 * {@link OrderReservations#reserve}, before or right after {@code place}, so an order for stock
 * that is not there can be refused or cancelled at once.
 */
public final class OrderStockSync implements OrderEventListener {

    private final Inventory inventory;

    /** Syncs orders with this tenant's inventory. */
    public OrderStockSync(Inventory inventory) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
    }

    @Override
    public void onEvents(Order order, List<OrderEvent> events) {
        if (!order.tenantId().equals(inventory.tenantId())) {
            return; // another tenant's order: never touch this tenant's stock
        }
        ReservationId id = OrderReservations.idOf(order);
        for (OrderEvent e : events) {
            if (e instanceof OrderEvent.PaymentConfirmed && order.isPaidInFull()) {
                active(id).ifPresent(r -> inventory.holdUntilShipment(id));
            } else if (e instanceof OrderEvent.Shipped) {
                active(id).ifPresent(r -> inventory.commit(id));
            } else if (e instanceof OrderEvent.Cancelled || e instanceof OrderEvent.Rejected
                    || e instanceof OrderEvent.SupplierDeclined) {
                active(id).ifPresent(r -> inventory.release(id, ReleaseReason.ORDER_CANCELLED));
            }
        }
    }

    private Optional<Reservation> active(ReservationId id) {
        return inventory.reservation(id).filter(r -> r.status() == ReservationStatus.ACTIVE);
    }
}
