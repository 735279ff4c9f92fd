package dev.orderan.analytics.replenishment;

import java.util.Objects;

/**
 * What a location holds and expects of a SKU, in units.
 *
 * @param sku the product
 * @param location the location
 * @param onHand units physically there
 * @param reserved units promised to open orders (not yet shipped)
 * @param inbound units on open purchase orders, not yet received
 * @param backordered units of that inbound already promised to backorders and pre-orders
 */
public record StockPosition(String sku, String location, long onHand, long reserved, long inbound, long backordered) {

    /** Checks the position. */
    public StockPosition {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        if (reserved < 0 || inbound < 0 || backordered < 0) {
            throw new IllegalArgumentException("reserved, inbound and backordered must be at least 0");
        }
    }

    /** Inventory position: on hand plus inbound, less what customers were already promised. */
    public long inventoryPosition() {
        return onHand + inbound - reserved - backordered;
    }
}
