package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;

/**
 * A batch pick list: one stop per bin and SKU in walking order, with the total to take and how
 * the units split over the orders of the batch (for sorting at the packing bench), plus the SKUs
 * that have no bin in this warehouse.
 *
 * @param location the warehouse
 * @param stops the stops in pick-path order
 * @param unlocated units without a bin, by SKU
 */
public record PickList(LocationId location, List<Stop> stops, Map<Sku, Long> unlocated) {

    /** Copies the collections. */
    public PickList {
        stops = List.copyOf(stops);
        unlocated = Map.copyOf(unlocated);
    }

    /** The total number of units on the list, located or not. */
    public long totalUnits() {
        return stops.stream().mapToLong(Stop::units).sum() + unlocated.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * One stop of the walk.
     *
     * @param bin where
     * @param sku what
     * @param units how many in all
     * @param perOrder how many for each order, in the order the requests came
     */
    public record Stop(BinCode bin, Sku sku, long units, Map<OrderId, Long> perOrder) {

        /** Copies the split. */
        public Stop {
            perOrder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perOrder));
        }
    }
}
