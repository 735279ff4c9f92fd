package dev.orderan.inventory.barcode;

/** What one scan during pick or pack verification found. */
public enum ScanOutcome {
    /** An expected item, counted. */
    OK,
    /** A valid barcode of a SKU the order does not contain. */
    WRONG_ITEM,
    /** An expected SKU, but all of its units were already scanned. */
    EXCESS,
    /** A valid GTIN that no SKU is mapped to. */
    UNKNOWN_BARCODE,
    /** Not a GTIN with a correct check digit (misread or damaged label). */
    INVALID_BARCODE
}
