package dev.orderan.inventory.barcode;

import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;

/**
 * The state of a pack verification.
 *
 * @param missing units still to be scanned, per SKU
 * @param excess units scanned beyond what the order holds, per SKU
 * @param wrongItems barcodes of SKUs the order does not contain, in scan order
 * @param unreadable scans that were not valid or not known barcodes, in scan order
 */
public record PackReport(Map<Sku, Long> missing, Map<Sku, Long> excess, List<String> wrongItems,
        List<String> unreadable) {

    /** Copies the collections. */
    public PackReport {
        missing = Map.copyOf(missing);
        excess = Map.copyOf(excess);
        wrongItems = List.copyOf(wrongItems);
        unreadable = List.copyOf(unreadable);
    }

    /** True when everything was scanned and nothing wrong or extra was: the parcel may be closed. */
    public boolean verified() {
        return missing.isEmpty() && excess.isEmpty() && wrongItems.isEmpty();
    }
}
