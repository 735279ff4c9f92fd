package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.InventoryListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scan-verified pick and pack of one order: each scan is checked against the order's items and
 * reported as ok, wrong item, excess or unreadable; closing a fully verified pack emits
 * {@link InventoryEvent.OrderPacked}. One packer at a time: the methods are synchronized.
 */
public final class PackVerification {

    private final TenantId tenant;
    private final OrderId order;
    private final String packId;
    private final BarcodeCatalog catalog;
    private final InventoryListener listener;
    private final Clock clock;
    private final Map<Sku, Long> expected;
    private final Map<Sku, Long> scanned = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private InventoryEvent.OrderPacked packed;

    /**
     * Starts verifying the items of an order.
     *
     * @param expected units per SKU the parcel must contain
     * @param listener receives the packed event
     */
    public PackVerification(TenantId tenant, OrderId order, String packId, Map<Sku, Long> expected,
            BarcodeCatalog catalog, InventoryListener listener, Clock clock) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.order = Objects.requireNonNull(order, "order");
        this.packId = Objects.requireNonNull(packId, "packId");
        this.expected = Map.copyOf(expected);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expected.forEach((sku, q) -> {
            if (q <= 0) {
                throw new IllegalArgumentException("expected[" + sku + "]: must be greater than 0, was " + q);
            }
        });
    }

    /** Checks one scanned barcode and counts it when it is an expected item. */
    public synchronized ScanOutcome scan(String code) {
        if (packed != null) {
            throw new IllegalStateException("pack " + packId + " is already closed");
        }
        if (!Gtin.isValid(code)) {
            unreadable.add(String.valueOf(code));
            return ScanOutcome.INVALID_BARCODE;
        }
        Sku sku = catalog.skuOf(code).orElse(null);
        if (sku == null) {
            unreadable.add(code);
            return ScanOutcome.UNKNOWN_BARCODE;
        }
        Long want = expected.get(sku);
        if (want == null) {
            wrong.add(code);
            return ScanOutcome.WRONG_ITEM;
        }
        long now = scanned.merge(sku, 1L, Long::sum);
        return now > want ? ScanOutcome.EXCESS : ScanOutcome.OK;
    }

    /** Takes back one unit of a SKU scanned too many times (the packer removed it from the parcel). */
    public synchronized void removeOne(Sku sku) {
        scanned.computeIfPresent(sku, (k, v) -> v <= 1 ? null : v - 1);
    }

    /** Clears the wrong-item list once the packer has put those items aside. */
    public synchronized void wrongItemsRemoved() {
        wrong.clear();
    }

    /** What is missing, extra or wrong now. */
    public synchronized PackReport report() {
        Map<Sku, Long> missing = new LinkedHashMap<>();
        Map<Sku, Long> excess = new LinkedHashMap<>();
        expected.forEach((sku, want) -> {
            long got = scanned.getOrDefault(sku, 0L);
            if (got < want) {
                missing.put(sku, want - got);
            } else if (got > want) {
                excess.put(sku, got - want);
            }
        });
        return new PackReport(missing, excess, wrong, unreadable);
    }

    /**
     * Closes a verified pack and emits {@link InventoryEvent.OrderPacked} (once; repeating returns it).
     *
     * @throws PackNotVerifiedException when something is missing, extra or wrong
     */
    public synchronized InventoryEvent.OrderPacked complete() {
        if (packed != null) {
            return packed;
        }
        PackReport r = report();
        if (!r.verified()) {
            throw new PackNotVerifiedException(r);
        }
        packed = new InventoryEvent.OrderPacked(tenant, order, packId, clock.instant());
        listener.onEvent(packed);
        return packed;
    }
}
