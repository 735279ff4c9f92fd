package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import java.util.Objects;

/**
 * A storage place inside a location (aisle-rack-shelf).
 *
 * @param location the warehouse or store
 * @param code the bin code, e.g. {@code A-03-2}
 * @param pathOrder the bin's position on the walking path; pickers visit bins in ascending order
 */
public record Bin(LocationId location, String code, int pathOrder) implements Comparable<Bin> {

    /** Checks that nothing is missing. */
    public Bin {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code: must not be blank");
        }
    }

    /** Path order, then code. */
    @Override
    public int compareTo(Bin o) {
        int c = Integer.compare(pathOrder, o.pathOrder);
        return c != 0 ? c : code.compareTo(o.code);
    }
}
