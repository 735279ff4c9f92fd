package dev.orderan.inventory.barcode;

import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;

/**
 * Where a scan-verified pack stands: what is still missing, what is in the box too often, what
 * does not belong in it, and codes nobody knows. Complete when all four are empty.
 *
 * @param missing units still to scan, by SKU
 * @param excess units scanned beyond the ordered quantity, by SKU
 * @param wrongItems units of SKUs that are not in the order, by SKU
 * @param unknownCodes scanned codes that match no SKU, in scan order
 */
public record PackReport(Map<Sku, Long> missing, Map<Sku, Long> excess, Map<Sku, Long> wrongItems,
                         List<String> unknownCodes) {

    /** Copies the collections. */
    public PackReport {
        missing = Map.copyOf(missing);
        excess = Map.copyOf(excess);
        wrongItems = Map.copyOf(wrongItems);
        unknownCodes = List.copyOf(unknownCodes);
    }

    /** True when the box holds exactly the order. */
    public boolean isComplete() {
        return missing.isEmpty() && excess.isEmpty() && wrongItems.isEmpty() && unknownCodes.isEmpty();
    }
}
