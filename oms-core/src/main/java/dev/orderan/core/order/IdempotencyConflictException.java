package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.OrderanException;

/**
 * Thrown when an idempotency key is used again with different content: a real repeat must send the
 * same placement; a new order needs a new key.
 */
public final class IdempotencyConflictException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;
    private final OrderId existingOrder;

    /** Creates the exception for the key and the order already placed with it. */
    public IdempotencyConflictException(String idempotencyKey, OrderId existingOrder) {
        super("idempotencyKey: '" + idempotencyKey + "' was already used for order " + existingOrder
                + " with different content; use a new key for a new order");
        this.idempotencyKey = idempotencyKey;
        this.existingOrder = existingOrder;
    }

    /** The key. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The order placed first with this key. */
    public OrderId existingOrder() {
        return existingOrder;
    }
}
