package dev.orderan.core.common;

/**
 * Identifies a stock location such as a warehouse or a store.
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record LocationId(String value) implements Comparable<LocationId> {

    /** Validates the identifier. */
    public LocationId {
        Ids.check("locationId", value);
    }

    /** The identifier with the given value. */
    public static LocationId of(String value) {
        return new LocationId(value);
    }

    @Override
    public int compareTo(LocationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
