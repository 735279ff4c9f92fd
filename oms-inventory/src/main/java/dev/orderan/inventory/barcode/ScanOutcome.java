package dev.orderan.inventory.barcode;

/** What one scan at the packing bench meant. */
public enum ScanOutcome {
    /** The item belongs to the order and was still missing. */
    MATCHED,
    /** The item belongs to the order, but all its units are already in the box. */
    EXCESS,
    /** The item does not belong to this order. */
    WRONG_ITEM,
    /** The barcode is not in the catalog (or not a valid barcode). */
    UNKNOWN_BARCODE
}
