package dev.orderan.core.order;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.money.Money;

/**
 * Thrown when a refund cannot be made as asked: it would pay back more than was received and not
 * yet paid back, or there is nothing to pay back. Names the amounts; nothing changes.
 */
public final class RefundRejectedException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final OrderRef order;
    private final Money requested;
    private final Money available;

    /** Creates the exception. */
    public RefundRejectedException(OrderRef order, String why, Money requested, Money available) {
        super("refund for order " + order + " refused: " + why);
        this.order = order;
        this.requested = requested;
        this.available = available;
    }

    /** The order. */
    public OrderRef order() {
        return order;
    }

    /** What the refund would have paid back. */
    public Money requested() {
        return requested;
    }

    /** What could be paid back. */
    public Money available() {
        return available;
    }
}
