package dev.orderan.inventory.reservation;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Objects;
import java.util.Optional;

/**
 * One requested line of a reservation.
 *
 * @param line the order line number the units are for (the owner's line)
 * @param sku the product
 * @param location where to take the units from; empty lets the engine's sourcing strategy choose
 * @param quantity units wanted, at least one (checked by the engine, which names the field path)
 */
public record ReservationLine(int line, Sku sku, Optional<LocationId> location, long quantity) {

    /** Checks that nothing is missing. */
    public ReservationLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
    }

    /** A line taking units from a given location. */
    public static ReservationLine at(int line, Sku sku, LocationId location, long quantity) {
        return new ReservationLine(line, sku, Optional.of(location), quantity);
    }

    /** A line whose location the sourcing strategy chooses. */
    public static ReservationLine anywhere(int line, Sku sku, long quantity) {
        return new ReservationLine(line, sku, Optional.empty(), quantity);
    }
}
