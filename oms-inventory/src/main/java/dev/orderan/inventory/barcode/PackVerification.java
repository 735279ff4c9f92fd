package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Scan-verified packing of one order: the packer scans every unit going into the box;
 * each scan says whether it matched, was one too many, or does not belong; taking a unit out again
 * is {@link #remove}. {@link #complete} succeeds only when the box holds exactly the order, and
 * then emits {@link PackVerified}. One session per order and packer: not thread-safe.
 */
public final class PackVerification {

    private final TenantId tenant;
    private final OrderId order;
    private final Map<Sku, Long> ordered;
    private final BarcodeCatalog catalog;
    private final Consumer<? super PackVerified> listener;
    private final Map<Sku, Long> scanned = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();
    private boolean done;

    /**
     * Starts verifying the pack of an order.
     *
     * @param ordered the ordered units by SKU, each at least 1
     * @param listener told when the pack is verified
     */
    public PackVerification(TenantId tenant, OrderId order, Map<Sku, Long> ordered, BarcodeCatalog catalog,
                            Consumer<? super PackVerified> listener) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.order = Objects.requireNonNull(order, "order");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("ordered: must not be empty");
        }
        ordered.forEach((sku, qty) -> {
            if (qty == null || qty < 1) {
                throw new IllegalArgumentException("ordered[" + sku + "]: must be at least 1, was " + qty);
            }
        });
        this.ordered = Map.copyOf(ordered);
    }

    /** Records one scanned unit and says what it meant. */
    public ScanOutcome scan(String code) {
        requireOpen();
        Optional<Sku> sku = catalog.skuFor(code);
        if (sku.isEmpty()) {
            unknown.add(String.valueOf(code));
            return ScanOutcome.UNKNOWN_BARCODE;
        }
        long before = scanned.getOrDefault(sku.get(), 0L);
        scanned.put(sku.get(), before + 1);
        Long want = ordered.get(sku.get());
        if (want == null) {
            return ScanOutcome.WRONG_ITEM;
        }
        return before < want ? ScanOutcome.MATCHED : ScanOutcome.EXCESS;
    }

    /**
     * Takes one unit with this code out of the box again (a wrong or excess item, or an unknown
     * code scanned by mistake).
     *
     * @return true if there was such a unit
     */
    public boolean remove(String code) {
        requireOpen();
        if (unknown.remove(String.valueOf(code))) {
            return true;
        }
        Optional<Sku> sku = catalog.skuFor(code);
        if (sku.isEmpty() || scanned.getOrDefault(sku.get(), 0L) == 0) {
            return false;
        }
        scanned.merge(sku.get(), -1L, Long::sum);
        scanned.remove(sku.get(), 0L);
        return true;
    }

    /** What is missing, in excess, wrong or unknown right now. */
    public PackReport report() {
        Map<Sku, Long> missing = new LinkedHashMap<>();
        Map<Sku, Long> excess = new LinkedHashMap<>();
        Map<Sku, Long> wrong = new LinkedHashMap<>();
        ordered.forEach((sku, want) -> {
            long have = scanned.getOrDefault(sku, 0L);
            if (have < want) {
                missing.put(sku, want - have);
            } else if (have > want) {
                excess.put(sku, have - want);
            }
        });
        scanned.forEach((sku, have) -> {
            if (!ordered.containsKey(sku)) {
                wrong.put(sku, have);
            }
        });
        return new PackReport(missing, excess, wrong, unknown);
    }

    /**
     * Completes the pack and emits {@link PackVerified}.
     *
     * @throws PackIncompleteException with the report, if the box is not exactly the order
     */
    public PackVerified complete(String packer, Instant at) {
        requireOpen();
        PackReport report = report();
        if (!report.isComplete()) {
            throw new PackIncompleteException(report);
        }
        done = true;
        PackVerified event = new PackVerified(tenant, order, 1, at, packer, ordered);
        listener.accept(event);
        return event;
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("pack of order " + order + " is already complete");
        }
    }
}
