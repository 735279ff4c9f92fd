package dev.orderan.inventory.sourcing;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;

/** Units available now per SKU and location, as a strategy sees them. */
@FunctionalInterface
public interface AvailabilityView {

    /** Units available (never below zero) of the SKU at the location. */
    long available(Sku sku, LocationId location);
}
