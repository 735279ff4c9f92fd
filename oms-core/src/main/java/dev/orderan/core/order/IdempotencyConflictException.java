package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.OrderanException;

/**
 * Thrown when an idempotency key, command id or natural key (a payment reference, a tracking
 * number, a refund id) is used again with different content: a real repeat must send the same
 * command; a new command needs a new key. Nothing changes.
 */
public final class IdempotencyConflictException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final OrderId existingOrder;

    /** Creates the exception for the key and the order the first command with it changed. */
    public IdempotencyConflictException(String key, OrderId existingOrder) {
        super("'" + key + "' was already used for order " + existingOrder
                + " with different content; use a new key for a new command");
        this.key = key;
        this.existingOrder = existingOrder;
    }

    /** The key. */
    public String key() {
        return key;
    }

    /** The order the first command with this key changed. */
    public OrderId existingOrder() {
        return existingOrder;
    }
}
