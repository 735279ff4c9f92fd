package dev.orderan.inventory.sourcing;

import java.util.Objects;

/**
 * Where the goods go.
 *
 * @param zone the delivery zone (compared with {@link SourcingLocation#zone()}), may be empty
 * @param latitude degrees, {@code NaN} when unknown
 * @param longitude degrees, {@code NaN} when unknown
 */
public record Destination(String zone, double latitude, double longitude) {

    /** Checks that nothing is missing. */
    public Destination {
        Objects.requireNonNull(zone, "zone");
    }

    /** A destination known only by zone. */
    public static Destination zone(String zone) {
        return new Destination(zone, Double.NaN, Double.NaN);
    }
}
