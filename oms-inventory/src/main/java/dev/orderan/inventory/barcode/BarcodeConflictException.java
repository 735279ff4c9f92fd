package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.common.Sku;

/** Thrown when a barcode is already mapped to another SKU. The mapping was left as it was. */
public final class BarcodeConflictException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Sku mappedTo;

    /** Creates the exception for the code and the SKU it already belongs to. */
    public BarcodeConflictException(String code, Sku mappedTo) {
        super("barcode: " + code + " already belongs to " + mappedTo);
        this.code = code;
        this.mappedTo = mappedTo;
    }

    /** The code. */
    public String code() {
        return code;
    }

    /** The SKU it belongs to. */
    public Sku mappedTo() {
        return mappedTo;
    }
}
