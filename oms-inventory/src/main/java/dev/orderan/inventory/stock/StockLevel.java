package dev.orderan.inventory.stock;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Objects;

/**
 * A snapshot of the stock of one SKU at one location.
 *
 * @param sku the product
 * @param location the location
 * @param onHand units physically there (the sum of the ledger's movements)
 * @param reserved units promised to active reservations
 * @param safetyStock units held back from sale
 * @param inbound units expected from open inbound supply (purchase orders), not yet received
 */
public record StockLevel(Sku sku, LocationId location, long onHand, long reserved, long safetyStock, long inbound) {

    /** Checks that nothing is missing. */
    public StockLevel {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Units that can be promised now: on hand − reserved − safety stock. Below zero only when
     * safety stock was raised above the unreserved stock; then nothing can be reserved.
     */
    public long available() {
        return onHand - reserved - safetyStock;
    }

    /** Units on hand that no reservation holds (on hand − reserved), never below zero unless oversold. */
    public long unreserved() {
        return onHand - reserved;
    }
}
