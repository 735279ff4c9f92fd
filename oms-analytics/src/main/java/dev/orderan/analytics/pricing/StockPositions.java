package dev.orderan.analytics.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.stock.StockLevel;
import java.util.Objects;

/**
 * Reads what pricing needs from the stock ledger, through the inventory's public API. Orders
 * reserve their stock when they are placed and take it off the shelf when they ship, so units on
 * hand include units already sold to orders not yet shipped; {@link #unreserved} leaves those out
 * and is the stock whose cover pricing should judge.
 */
public final class StockPositions {

    private StockPositions() {
    }

    /** Units on hand of a SKU over all locations, reserved or not. */
    public static long onHand(Inventory inventory, String sku) {
        long total = 0;
        for (StockLevel level : levels(inventory, sku)) {
            total = Math.addExact(total, level.onHand());
        }
        return total;
    }

    /**
     * Units on hand of a SKU over all locations that no reservation holds (on hand − reserved),
     * never below zero: the stock still to be sold, for {@link PricingInput#onHand()}.
     */
    public static long unreserved(Inventory inventory, String sku) {
        long total = 0;
        for (StockLevel level : levels(inventory, sku)) {
            total = Math.addExact(total, Math.max(0, level.unreserved()));
        }
        return total;
    }

    private static Iterable<StockLevel> levels(Inventory inventory, String sku) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(sku, "sku");
        return inventory.levels(Sku.of(sku));
    }
}
