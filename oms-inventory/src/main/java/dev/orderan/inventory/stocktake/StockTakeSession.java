package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.barcode.Gtin;
import dev.orderan.inventory.barcode.InvalidBarcodeException;
import dev.orderan.inventory.barcode.UnknownBarcodeException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One count session (stock opname) at a location.
 *
 * <p>Opening takes the snapshot: on hand per SKU on the books at that moment. Selling goes on
 * during the count; the variance is counted − snapshot, and approval posts exactly that as a
 * {@link MovementReason#STOCK_TAKE_VARIANCE} movement, so every sale, receipt or transfer booked
 * after the snapshot stays on the books (on hand after = on hand now + variance). Counters should
 * start counting after the session is opened, and goods that leave during the count should have
 * been counted before they left or not at all — the usual opname discipline.
 *
 * <p>Counts are kept per SKU and bin; scanning a barcode adds one unit, {@link #count} sets a bin's
 * count (a recount replaces it). In a blind count the counters cannot see the booked figures.
 * Thread-safe: several counters may scan into one session.
 */
public final class StockTakeSession {

    private final Inventory inventory;
    private final String sessionId;
    private final LocationId location;
    private final CountScope scope;
    private final boolean blind;
    private final BarcodeCatalog catalog;
    private final Map<Sku, Long> booked = new TreeMap<>();
    private final Map<Sku, Map<String, Long>> counts = new TreeMap<>();
    private final long snapshotSequence;
    private StockTakeStatus status = StockTakeStatus.COUNTING;
    private List<Movement> posted = List.of();

    private StockTakeSession(Inventory inventory, String sessionId, LocationId location, CountScope scope, boolean blind,
            BarcodeCatalog catalog) {
        this.inventory = inventory;
        this.sessionId = sessionId;
        this.location = location;
        this.scope = scope;
        this.blind = blind;
        this.catalog = catalog;
        this.snapshotSequence = inventory.lastMovementSequence();
        for (Sku sku : inventory.skus()) {
            inventory.level(sku, location).ifPresent(l -> booked.put(sku, l.onHand()));
        }
    }

    /**
     * Opens a session and takes the snapshot.
     *
     * @param blind when true, {@link #booked()} is refused: counters count without seeing the books
     * @param catalog resolves scanned barcodes to SKUs
     */
    public static StockTakeSession open(Inventory inventory, String sessionId, LocationId location, CountScope scope,
            boolean blind, BarcodeCatalog catalog) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(catalog, "catalog");
        if (sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId: must not be blank");
        }
        return new StockTakeSession(inventory, sessionId, location, scope, blind, catalog);
    }

    /** The session id (the reference on the posted movements). */
    public String sessionId() {
        return sessionId;
    }

    /** The ledger sequence at the snapshot: movements after it happened during the count. */
    public long snapshotSequence() {
        return snapshotSequence;
    }

    /** The status. */
    public synchronized StockTakeStatus status() {
        return status;
    }

    /**
     * Counts one unit for a scanned barcode in a bin.
     *
     * @return the SKU counted
     * @throws InvalidBarcodeException when the code is not a valid GTIN
     * @throws UnknownBarcodeException when no SKU has the barcode
     */
    public synchronized Sku scan(String barcode, String bin) {
        requireCounting("scan");
        Gtin.requireValid(barcode);
        Sku sku = catalog.skuOf(barcode).orElseThrow(() -> new UnknownBarcodeException(barcode));
        counts.computeIfAbsent(sku, k -> new TreeMap<>()).merge(Objects.requireNonNull(bin, "bin"), 1L, Long::sum);
        return sku;
    }

    /** Sets the count of a SKU in a bin (a recount replaces the earlier count of that bin). */
    public synchronized void count(Sku sku, String bin, long quantity) {
        requireCounting("count");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity: must not be negative, was " + quantity);
        }
        counts.computeIfAbsent(Objects.requireNonNull(sku, "sku"), k -> new TreeMap<>())
                .put(Objects.requireNonNull(bin, "bin"), quantity);
    }

    /** Units counted so far per SKU. */
    public synchronized Map<Sku, Long> counted() {
        Map<Sku, Long> out = new TreeMap<>();
        counts.forEach((sku, bins) -> out.put(sku, bins.values().stream().mapToLong(Long::longValue).sum()));
        return out;
    }

    /**
     * The booked on-hand figures of the snapshot.
     *
     * @throws StockTakeStateException in a blind count while counting
     */
    public synchronized Map<Sku, Long> booked() {
        if (blind && status == StockTakeStatus.COUNTING) {
            throw new StockTakeStateException(sessionId, status, "booked figures are hidden during a blind count");
        }
        return Map.copyOf(booked);
    }

    /** The variance report against the snapshot, with the movements since then taken into account. */
    public synchronized VarianceReport variance() {
        Map<Sku, Long> counted = counted();
        TreeSet<Sku> inScope = new TreeSet<>(counted.keySet());
        if (scope == CountScope.FULL_LOCATION) {
            inScope.addAll(booked.keySet());
        }
        List<VarianceLine> lines = new ArrayList<>();
        for (Sku sku : inScope) {
            long b = booked.getOrDefault(sku, 0L);
            long c = counted.getOrDefault(sku, 0L);
            long now = inventory.level(sku, location).map(StockLevel::onHand).orElse(0L);
            long v = c - b;
            lines.add(new VarianceLine(sku, b, c, v, now - b, now + v));
        }
        return new VarianceReport(sessionId, location, lines);
    }

    /**
     * Approves the count: posts each non-zero variance as a stock-take movement referencing the
     * session. Repeating returns the same movements.
     */
    public synchronized List<Movement> approve() {
        if (status == StockTakeStatus.APPROVED) {
            return posted;
        }
        requireCounting("approve");
        List<Movement> out = new ArrayList<>();
        for (VarianceLine l : variance().differences()) {
            out.add(inventory.adjust(l.sku(), location, l.variance(), MovementReason.STOCK_TAKE_VARIANCE, sessionId));
        }
        posted = List.copyOf(out);
        status = StockTakeStatus.APPROVED;
        return posted;
    }

    /** Abandons the session; nothing is posted. */
    public synchronized void cancel() {
        requireCounting("cancel");
        status = StockTakeStatus.CANCELLED;
    }

    /** The movements posted by approval; empty before. */
    public synchronized Optional<List<Movement>> postedMovements() {
        return status == StockTakeStatus.APPROVED ? Optional.of(posted) : Optional.empty();
    }

    private void requireCounting(String what) {
        if (status != StockTakeStatus.COUNTING) {
            throw new StockTakeStateException(sessionId, status, what + " is only possible while counting");
        }
    }
}
