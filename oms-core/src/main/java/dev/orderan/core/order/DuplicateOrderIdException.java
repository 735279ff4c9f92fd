package dev.orderan.core.order;

import dev.orderan.core.common.OrderanException;

/** Thrown when a placement uses an order id that another placement (with another key) already took. */
public final class DuplicateOrderIdException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final OrderRef order;

    /** Creates the exception for the taken id. */
    public DuplicateOrderIdException(OrderRef order) {
        super("orderId: " + order.orderId() + " already exists in tenant " + order.tenantId()
                + " (placed with another idempotency key)");
        this.order = order;
    }

    /** The order id that is taken. */
    public OrderRef order() {
        return order;
    }
}
