package dev.orderan.core.order;

import java.util.List;

/**
 * Receives an order's new events right after they were saved, on the caller's thread (for
 * notifications, projections, stock reservations). A listener that throws does not undo the saved
 * change; the exception reaches the caller after all listeners ran.
 */
@FunctionalInterface
public interface OrderEventListener {

    /** Called with the order after the change and the events that made it. */
    void onEvents(Order order, List<OrderEvent> events);
}
