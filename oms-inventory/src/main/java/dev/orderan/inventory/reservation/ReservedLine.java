package dev.orderan.inventory.reservation;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Objects;

/**
 * Units actually held for one order line at one location. A requested line whose location was
 * left to sourcing may be split into several reserved lines.
 *
 * @param line the order line number
 * @param sku the product
 * @param location where the units are held
 * @param quantity units held, at least one
 */
public record ReservedLine(int line, Sku sku, LocationId location, long quantity) {

    /** Checks that nothing is missing. */
    public ReservedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
    }
}
