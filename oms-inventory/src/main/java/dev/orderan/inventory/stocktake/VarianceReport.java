package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.LocationId;
import java.util.List;

/**
 * The variances of a count session, SKUs in id order.
 *
 * @param sessionId the session
 * @param location the location counted
 * @param lines one line per SKU in scope
 */
public record VarianceReport(String sessionId, LocationId location, List<VarianceLine> lines) {

    /** Copies the list. */
    public VarianceReport {
        lines = List.copyOf(lines);
    }

    /** The lines with a non-zero variance. */
    public List<VarianceLine> differences() {
        return lines.stream().filter(l -> l.variance() != 0).toList();
    }

    /** Σ variances: units found (positive) or lost (negative) overall. */
    public long netVariance() {
        return lines.stream().mapToLong(VarianceLine::variance).sum();
    }
}
