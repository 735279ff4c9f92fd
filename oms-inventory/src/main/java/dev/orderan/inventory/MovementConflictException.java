package dev.orderan.inventory;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown when a stock movement is repeated under the same reference with other content: a goods
 * receipt delivered again must say the same; a new receipt needs a new reference. Nothing changes.
 */
public final class MovementConflictException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String reference;

    /** Creates the exception for the reference and what differs. */
    public MovementConflictException(String reference, String difference) {
        super("reference: '" + reference + "' was already booked with other content (" + difference
                + "); use a new reference for a new movement");
        this.reference = reference;
    }

    /** The reference. */
    public String reference() {
        return reference;
    }
}
