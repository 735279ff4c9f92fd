package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch pick list: one stop per SKU, stops in pick-path order, each stop with the total to take
 * and how the units are split over the orders (for sorting into totes).
 *
 * @param location the warehouse
 * @param stops the stops, in walking order; SKUs without a bin come last
 */
public record PickList(LocationId location, List<Stop> stops) {

    /** Copies the list. */
    public PickList {
        Objects.requireNonNull(location, "location");
        stops = List.copyOf(stops);
    }

    /** Units over all stops. */
    public long totalUnits() {
        return stops.stream().mapToLong(Stop::total).sum();
    }

    /**
     * One stop of the walk.
     *
     * @param bin where to go; empty when the SKU has no bin at the location
     * @param sku what to take
     * @param total how many units in all
     * @param perOrder units per order, in the order the requests came
     */
    public record Stop(Optional<Bin> bin, Sku sku, long total, Map<OrderId, Long> perOrder) {

        /** Copies the map, keeping its order. */
        public Stop {
            perOrder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perOrder));
        }
    }
}
