package dev.orderan.core.tax;

import dev.orderan.core.common.OrderanException;

/** Thrown when a text is not a valid NPWP; the message names the rule, never the number. */
public final class InvalidNpwpException extends OrderanException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the rule that was broken. */
    public InvalidNpwpException(String rule) {
        super("npwp: " + rule);
    }
}
