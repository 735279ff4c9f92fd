package dev.orderan.inventory.atp;

import dev.orderan.core.common.OrderanException;

/** Thrown when an operation names inbound supply that is not expected. Nothing was changed. */
public final class SupplyNotFoundException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String reference;

    /** Creates the exception for the unknown supply reference. */
    public SupplyNotFoundException(String reference) {
        super("no inbound supply " + reference);
        this.reference = reference;
    }

    /** The unknown supply reference. */
    public String reference() {
        return reference;
    }
}
