package dev.orderan.inventory.stocktake;

/** Where a count session is. */
public enum StockTakeStatus {
    /** Counting; counts can be added and corrected. */
    COUNTING,
    /** Approved: the variances were posted as movements. */
    APPROVED,
    /** Abandoned; nothing was posted. */
    CANCELLED
}
