package dev.orderan.core.common;

/**
 * Identifies a customer within a tenant.
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /** Validates the identifier. */
    public CustomerId {
        Ids.check("customerId", value);
    }

    /** The identifier with the given value. */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
