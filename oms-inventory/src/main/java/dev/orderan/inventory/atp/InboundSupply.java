package dev.orderan.inventory.atp;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Units expected to arrive (a purchase order line, a production run, a transfer in transit).
 *
 * @param reference the purchase order or other document, unique per SKU and location
 * @param sku the product
 * @param location where it will arrive
 * @param quantity units still expected, not yet received
 * @param expectedOn the date the units are expected
 */
public record InboundSupply(String reference, Sku sku, LocationId location, long quantity, LocalDate expectedOn) {

    /** Checks that nothing is missing. */
    public InboundSupply {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expectedOn, "expectedOn");
    }
}
