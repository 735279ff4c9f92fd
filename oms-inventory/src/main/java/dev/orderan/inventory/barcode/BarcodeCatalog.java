package dev.orderan.inventory.barcode;

import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SKU ↔ barcode mapping: a SKU may have several barcodes (a unit GTIN-13, a carton GTIN-14, a
 * supplier's GTIN-12), a barcode belongs to exactly one SKU. Thread-safe.
 */
public final class BarcodeCatalog {

    private final Map<String, Sku> skuByCode = new ConcurrentHashMap<>();
    private final Map<Sku, List<String>> codesBySku = new ConcurrentHashMap<>();

    /**
     * Maps a barcode to a SKU; repeating an existing mapping is harmless.
     *
     * @throws InvalidBarcodeException when the code is not a valid GTIN
     * @throws BarcodeConflictException when the code belongs to another SKU
     */
    public void register(Sku sku, String code) {
        Objects.requireNonNull(sku, "sku");
        Gtin.requireValid(code);
        Sku prev = skuByCode.putIfAbsent(code, sku);
        if (prev != null && !prev.equals(sku)) {
            throw new BarcodeConflictException(code, prev);
        }
        if (prev == null) {
            codesBySku.computeIfAbsent(sku, k -> new CopyOnWriteArrayList<>()).add(code);
        }
    }

    /** The SKU a barcode belongs to. */
    public Optional<Sku> skuOf(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(skuByCode.get(code));
    }

    /** Every barcode of a SKU, in the order registered. */
    public List<String> barcodes(Sku sku) {
        List<String> l = codesBySku.get(sku);
        return l == null ? List.of() : List.copyOf(l);
    }
}
