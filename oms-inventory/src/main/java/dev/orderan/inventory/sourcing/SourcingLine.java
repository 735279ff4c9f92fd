package dev.orderan.inventory.sourcing;

import dev.orderan.core.common.Sku;
import java.util.Objects;

/**
 * Units of one order line to be sourced.
 *
 * @param line the order line number
 * @param sku the product
 * @param quantity units wanted, at least one
 */
public record SourcingLine(int line, Sku sku, long quantity) {

    /** Checks the values. */
    public SourcingLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be greater than 0, was " + quantity);
        }
    }
}
