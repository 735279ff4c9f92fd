package dev.orderan.core.common;

/**
 * A whole, non-negative number of units.
 *
 * @param value the number of units, at least zero
 */
public record Quantity(long value) implements Comparable<Quantity> {

    /** No units. */
    public static final Quantity ZERO = new Quantity(0);

    /** Rejects negative values. */
    public Quantity {
        if (value < 0) {
            throw new IllegalArgumentException("quantity: must not be negative, was " + value);
        }
    }

    /** A quantity of {@code value} units. */
    public static Quantity of(long value) {
        return new Quantity(value);
    }

    /** The sum. */
    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(value, other.value));
    }

    /**
     * The difference.
     *
     * @throws IllegalArgumentException if the result would be negative
     */
    public Quantity minus(Quantity other) {
        return new Quantity(Math.subtractExact(value, other.value));
    }

    /** True when zero. */
    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
