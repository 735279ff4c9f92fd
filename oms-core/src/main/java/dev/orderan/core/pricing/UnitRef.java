package dev.orderan.core.pricing;

/**
 * One unit of one line of a priced order.
 *
 * @param lineIndex the 0-based line of the order
 * @param unitIndex the 0-based unit within the line
 */
public record UnitRef(int lineIndex, long unitIndex) {

    /** Checks the numbers. */
    public UnitRef {
        if (lineIndex < 0) {
            throw new IllegalArgumentException("lineIndex: must not be negative, was " + lineIndex);
        }
        if (unitIndex < 0) {
            throw new IllegalArgumentException("unitIndex: must not be negative, was " + unitIndex);
        }
    }
}
