package dev.orderan.inventory.stocktake;

/** What a count session covers. */
public enum CountScope {
    /** Every SKU at the location: a SKU on the books but not counted was counted as zero. */
    FULL_LOCATION,
    /** Only the SKUs counted (a cycle count of some bins); the others are left alone. */
    COUNTED_ONLY
}
