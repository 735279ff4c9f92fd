package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;

/** Thrown when a barcode is not a GTIN-8/12/13/14 with a correct check digit. Nothing was changed. */
public final class InvalidBarcodeException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** Creates the exception for the rejected code. */
    public InvalidBarcodeException(String code) {
        super("barcode: " + code + " is not a GTIN-8, -12, -13 or -14 with a correct check digit");
        this.code = code;
    }

    /** The rejected code. */
    public String code() {
        return code;
    }
}
