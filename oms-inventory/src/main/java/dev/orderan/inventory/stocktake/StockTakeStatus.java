package dev.orderan.inventory.stocktake;

/** Where a stock take is. */
public enum StockTakeStatus {
    /** Counters are counting. */
    COUNTING,
    /** Counting is done; waiting for a supervisor to approve (or send back for a recount). */
    SUBMITTED,
    /** Approved; the variances were posted to the ledger. */
    APPROVED,
    /** Abandoned; nothing was posted. */
    CANCELLED
}
