package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;

/** Thrown when a barcode is not valid: wrong length, not digits, or a wrong check digit. */
public final class InvalidBarcodeException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String barcode;
    private final String rule;

    /** Creates the exception for the barcode and the rule it broke. */
    public InvalidBarcodeException(String barcode, String rule) {
        super("barcode '" + barcode + "': " + rule);
        this.barcode = barcode;
        this.rule = rule;
    }

    /** The barcode as given. */
    public String barcode() {
        return barcode;
    }

    /** The rule that failed. */
    public String rule() {
        return rule;
    }
}
