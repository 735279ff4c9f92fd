package dev.orderan.core.pricing;

import dev.orderan.core.common.OrderanException;

/** Thrown when a refund includes a unit that was already refunded; nothing is refunded then. */
public final class UnitAlreadyRefundedException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient UnitRef unit;

    /** Creates the exception for the unit. */
    public UnitAlreadyRefundedException(UnitRef unit) {
        super("units: line index " + unit.lineIndex() + " unit index " + unit.unitIndex() + " was already refunded");
        this.unit = unit;
    }

    /** The unit that was already refunded. */
    public UnitRef unit() {
        return unit;
    }
}
