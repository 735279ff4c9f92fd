package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.common.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which SKU a scanned barcode stands for. A SKU may have several barcodes (the maker's EAN-13, a
 * carton GTIN-14, the shop's own label); a barcode belongs to one SKU. GTINs are matched across
 * formats, so a UPC-A scanned as EAN-13 with a leading zero finds the same SKU. Codes that are not
 * all digits are the shop's own labels (4–48 letters, digits, {@code -} or {@code _}).
 * Thread-safe.
 */
public final class BarcodeCatalog {

    private static final Pattern INTERNAL = Pattern.compile("[A-Za-z0-9_-]{4,48}");

    private final Map<String, Sku> skuByKey = new ConcurrentHashMap<>();
    private final Map<Sku, List<String>> codesBySku = new ConcurrentHashMap<>();

    /**
     * Registers a barcode for a SKU. Registering the same pair again does nothing.
     *
     * @throws InvalidBarcodeException if an all-digit code is not a valid GTIN, or a label code
     *         breaks the label pattern
     * @throws BarcodeTakenException if the barcode already belongs to another SKU
     */
    public synchronized void register(Sku sku, String code) {
        Objects.requireNonNull(sku, "sku");
        String key = key(code);
        Sku owner = skuByKey.get(key);
        if (owner != null && !owner.equals(sku)) {
            throw new BarcodeTakenException(code, owner);
        }
        if (owner == null) {
            skuByKey.put(key, sku);
            codesBySku.computeIfAbsent(sku, s -> new ArrayList<>()).add(code);
        }
    }

    /** The SKU a scanned code stands for. Invalid codes find nothing. */
    public Optional<Sku> skuFor(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String trimmed = scanned.trim();
        try {
            return Optional.ofNullable(skuByKey.get(key(trimmed)));
        } catch (InvalidBarcodeException e) {
            return Optional.empty();
        }
    }

    /** The barcodes registered for a SKU, in registration order. */
    public synchronized List<String> barcodesOf(Sku sku) {
        return List.copyOf(codesBySku.getOrDefault(sku, List.of()));
    }

    private static String key(String code) {
        if (code == null) {
            throw new InvalidBarcodeException(null, "must not be null");
        }
        if (!code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "G" + new Gtin(code).toGtin14();
        }
        if (!INTERNAL.matcher(code).matches()) {
            throw new InvalidBarcodeException(code, "a label code must be 4 to 48 letters, digits, - or _");
        }
        return "L" + code;
    }

    /** Thrown when a barcode is registered for a second SKU. */
    public static final class BarcodeTakenException extends OrderanException {

        private static final long serialVersionUID = 1L;

        private final String barcode;
        private final transient Sku owner;

        BarcodeTakenException(String barcode, Sku owner) {
            super("barcode '" + barcode + "' already belongs to SKU " + owner);
            this.barcode = barcode;
            this.owner = owner;
        }

        /** The barcode. */
        public String barcode() {
            return barcode;
        }

        /** The SKU it belongs to. */
        public Sku owner() {
            return owner;
        }
    }
}
