package dev.orderan.inventory.sourcing;

import dev.orderan.core.common.LocationId;
import java.util.Objects;
import java.util.Optional;

/**
 * What sourcing knows about a stock location.
 *
 * @param id the location
 * @param priority lower is preferred by the priority strategy
 * @param zone a delivery zone (e.g. a province or city code), may be empty
 * @param latitude degrees, used by the nearest strategy when the destination has coordinates
 * @param longitude degrees
 */
public record SourcingLocation(LocationId id, int priority, String zone, double latitude, double longitude) {

    /** Checks that nothing is missing. */
    public SourcingLocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
    }

    /** A location known only by id: lowest priority, no zone, no coordinates. */
    public static SourcingLocation unknown(LocationId id) {
        return new SourcingLocation(id, Integer.MAX_VALUE, "", Double.NaN, Double.NaN);
    }

    /** The zone, if any. */
    public Optional<String> zoneIfAny() {
        return zone.isEmpty() ? Optional.empty() : Optional.of(zone);
    }
}
