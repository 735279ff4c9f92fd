package dev.orderan.inventory.sourcing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to source, from which candidate locations, to where.
 *
 * @param lines the lines to source
 * @param locations the candidate locations
 * @param destination where the goods go, if known
 * @param stock units available per SKU and location
 */
public record SourcingRequest(List<SourcingLine> lines, List<SourcingLocation> locations,
        Optional<Destination> destination, AvailabilityView stock) {

    /** Copies the lists and checks that nothing is missing. */
    public SourcingRequest {
        lines = List.copyOf(lines);
        locations = List.copyOf(locations);
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(stock, "stock");
    }
}
