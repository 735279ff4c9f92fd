package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Set;

/**
 * The result of counting: one line per counted SKU, and the SKUs in scope that nobody counted
 * (they are not adjusted).
 *
 * @param lines counted SKUs, sorted by SKU
 * @param notCounted SKUs in scope without a count
 */
public record VarianceReport(List<VarianceLine> lines, Set<Sku> notCounted) {

    /** Copies the collections. */
    public VarianceReport {
        lines = List.copyOf(lines);
        notCounted = Set.copyOf(notCounted);
    }

    /** The lines whose count differs from the ledger. */
    public List<VarianceLine> differences() {
        return lines.stream().filter(l -> l.variance() != 0).toList();
    }

    /** The net variance in units over all SKUs. */
    public long netVariance() {
        return lines.stream().mapToLong(VarianceLine::variance).sum();
    }
}
