package dev.orderan.inventory.internal;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Arrays;

/**
 * All cells of one SKU. Most SKUs are stocked at a handful of locations, so a copy-on-write array
 * searched linearly beats a map both in speed and in memory.
 */
public final class SkuStock {

    private static final StockCell[] NONE = new StockCell[0];

    private final Sku sku;
    private volatile StockCell[] cells = NONE;

    /** A SKU stocked nowhere yet. */
    public SkuStock(Sku sku) {
        this.sku = sku;
    }

    /** The SKU. */
    public Sku sku() {
        return sku;
    }

    /** The cells, in the order the locations were first stocked; do not modify. */
    public StockCell[] cells() {
        return cells;
    }

    /** The cell at a location, or null. */
    public StockCell find(LocationId location) {
        StockCell[] cs = cells;
        for (StockCell c : cs) {
            if (c.location() == location) {
                return c;
            }
        }
        for (StockCell c : cs) {
            if (c.location().equals(location)) {
                return c;
            }
        }
        return null;
    }

    /** The cell at a location, created when missing. */
    public StockCell findOrCreate(LocationId location) {
        StockCell c = find(location);
        if (c != null) {
            return c;
        }
        synchronized (this) {
            c = find(location);
            if (c == null) {
                c = new StockCell(sku, location);
                StockCell[] cs = cells;
                StockCell[] next = Arrays.copyOf(cs, cs.length + 1);
                next[cs.length] = c;
                cells = next;
            }
            return c;
        }
    }

    /** Removes a cell (only one a rolled-back change made and nothing used since). */
    public synchronized void remove(StockCell cell) {
        StockCell[] cs = cells;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == cell) {
                StockCell[] next = new StockCell[cs.length - 1];
                System.arraycopy(cs, 0, next, 0, i);
                System.arraycopy(cs, i + 1, next, i, cs.length - i - 1);
                cells = next;
                return;
            }
        }
    }
}
