package dev.orderan.analytics.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.stock.StockLevel;
import java.util.Objects;

/** Reads what pricing needs from the stock ledger, through the inventory's public API. */
public final class StockPositions {

    private StockPositions() {
    }

    /** Units on hand of a SKU over all locations. */
    public static long onHand(Inventory inventory, String sku) {
        Objects.requireNonNull(inventory, "inventory");
        long total = 0;
        for (StockLevel level : inventory.levels(Sku.of(sku))) {
            total = Math.addExact(total, level.onHand());
        }
        return total;
    }
}
