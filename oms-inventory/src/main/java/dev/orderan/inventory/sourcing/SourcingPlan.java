package dev.orderan.inventory.sourcing;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each line's units come from, and why.
 *
 * @param strategy the name of the strategy that made the plan
 * @param allocations units per line and location
 * @param shortfalls lines (or parts) no location could serve
 * @param explanation the reasons, in the order the decisions were taken
 */
public record SourcingPlan(String strategy, List<Allocation> allocations, List<Shortfall> shortfalls,
        List<String> explanation) {

    /** Copies the lists. */
    public SourcingPlan {
        Objects.requireNonNull(strategy, "strategy");
        allocations = List.copyOf(allocations);
        shortfalls = List.copyOf(shortfalls);
        explanation = List.copyOf(explanation);
    }

    /** True when every unit of every line has a location. */
    public boolean complete() {
        return shortfalls.isEmpty();
    }

    /** The distinct locations the plan ships from (the number of shipments). */
    public Set<LocationId> locationsUsed() {
        Set<LocationId> s = new TreeSet<>();
        allocations.forEach(a -> s.add(a.location()));
        return s;
    }

    /**
     * Units of one line taken from one location.
     *
     * @param line the order line number
     * @param sku the product
     * @param location where from
     * @param quantity how many
     */
    public record Allocation(int line, Sku sku, LocationId location, long quantity) {
    }

    /**
     * Units of one line no location could serve.
     *
     * @param line the order line number
     * @param sku the product
     * @param missing units without a location
     */
    public record Shortfall(int line, Sku sku, long missing) {
    }
}
