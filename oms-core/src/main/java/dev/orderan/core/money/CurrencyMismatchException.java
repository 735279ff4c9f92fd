package dev.orderan.core.money;

import javax.money.CurrencyUnit;

/** Thrown when amounts in different currencies are combined or compared. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient CurrencyUnit expected;
    private final transient CurrencyUnit actual;

    /** Creates the exception for the two currencies involved. */
    public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but was " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /** The currency of the left-hand amount. */
    public CurrencyUnit expected() {
        return expected;
    }

    /** The currency of the right-hand amount. */
    public CurrencyUnit actual() {
        return actual;
    }
}
