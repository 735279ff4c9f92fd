package dev.orderan.core.order;

import dev.orderan.core.common.OrderanException;

/** Thrown when a command names an order that does not exist in the tenant. */
public final class OrderNotFoundException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final OrderRef order;

    /** Creates the exception for the missing order. */
    public OrderNotFoundException(OrderRef order) {
        super("order " + order.orderId() + " does not exist in tenant " + order.tenantId());
        this.order = order;
    }

    /** The order that was not found. */
    public OrderRef order() {
        return order;
    }
}
