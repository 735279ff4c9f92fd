package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;

/** Thrown when a valid barcode belongs to no SKU. Nothing was changed. */
public final class UnknownBarcodeException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** Creates the exception for the unknown code. */
    public UnknownBarcodeException(String code) {
        super("barcode: " + code + " is not mapped to any SKU");
        this.code = code;
    }

    /** The unknown code. */
    public String code() {
        return code;
    }
}
