package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.Objects;

/**
 * Units of a SKU an order needs picked.
 *
 * @param order the order
 * @param sku the product
 * @param quantity units, at least one
 */
public record PickRequest(OrderId order, Sku sku, long quantity) {

    /** Checks the values. */
    public PickRequest {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be greater than 0, was " + quantity);
        }
    }
}
