package dev.orderan.core.pricing;

/**
 * One unit of one line of a priced order.
 *
 * @param lineNumber the 1-based line
 * @param unitIndex the 0-based unit within the line
 */
public record UnitRef(int lineNumber, long unitIndex) {

    /** Checks the numbers. */
    public UnitRef {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber: must be at least 1, was " + lineNumber);
        }
        if (unitIndex < 0) {
            throw new IllegalArgumentException("unitIndex: must not be negative, was " + unitIndex);
        }
    }
}
