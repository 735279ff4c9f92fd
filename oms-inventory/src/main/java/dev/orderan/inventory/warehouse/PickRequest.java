package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.Map;
import java.util.Objects;

/**
 * The units one order needs picked.
 *
 * @param orderId the order
 * @param units units by SKU, each at least 1
 */
public record PickRequest(OrderId orderId, Map<Sku, Long> units) {

    /** Checks and copies. */
    public PickRequest {
        Objects.requireNonNull(orderId, "orderId");
        if (units.isEmpty()) {
            throw new IllegalArgumentException("units: must not be empty");
        }
        units.forEach((sku, qty) -> {
            if (qty == null || qty < 1) {
                throw new IllegalArgumentException("units[" + sku + "]: must be at least 1, was " + qty);
            }
        });
        units = Map.copyOf(units);
    }
}
