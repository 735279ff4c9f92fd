package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderanException;
import dev.orderan.core.common.Sku;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.warehouse.BinCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A stock take (stock opname) of one location: counters scan or key in what they find
 * bin by bin; selling goes on meanwhile. The variance of a SKU compares its count with the ledger
 * as it was when that SKU was counted: on hand at the start plus every movement between the start
 * and the count, so a sale shipped during the count is neither a loss nor counted twice. A
 * supervisor approves the report, which posts one adjustment per differing SKU, or sends it back
 * for a recount. In a blind count the counters' sheet does not show the expected quantities.
 *
 * <p>Thread-safe: several counters may scan into one stock take at once.
 */
public final class StockTake {

    enum Trigger { SUBMIT, RECOUNT, APPROVE, CANCEL }

    private static final Lifecycle<StockTakeStatus, Trigger, StockTake, Void> LIFECYCLE =
            Lifecycle.<StockTakeStatus, Trigger, StockTake, Void>builder("stock-take", StockTakeStatus.class,
                            Trigger.class)
                    .initial(StockTakeStatus.COUNTING)
                    .terminal(StockTakeStatus.APPROVED, StockTakeStatus.CANCELLED)
                    .from(StockTakeStatus.COUNTING).on(Trigger.SUBMIT).when("something was counted", s -> !s.counts.isEmpty())
                    .to(StockTakeStatus.SUBMITTED)
                    .from(StockTakeStatus.SUBMITTED).on(Trigger.RECOUNT).to(StockTakeStatus.COUNTING)
                    .from(StockTakeStatus.SUBMITTED).on(Trigger.APPROVE).to(StockTakeStatus.APPROVED)
                    .from(StockTakeStatus.COUNTING, StockTakeStatus.SUBMITTED).on(Trigger.CANCEL).to(StockTakeStatus.CANCELLED)
                    .build();

    private final String id;
    private final LocationId location;
    private final boolean blind;
    private final StockLedgerView ledger;
    private final BarcodeCatalog catalog;
    private final Clock clock;
    private final long startSequence;
    private final Instant startedAt;
    private final Map<Sku, Optional<BinCode>> scope;
    private final Map<Sku, Map<BinCode, Long>> counts = new TreeMap<>();
    private final Map<Sku, Instant> countedAt = new TreeMap<>();
    private StockTakeStatus status = StockTakeStatus.COUNTING;
    private Optional<String> approvedBy = Optional.empty();

    /**
     * Starts a stock take: takes the ledger's snapshot position now.
     *
     * @param id the stock take's reference, used on the adjustment movements
     * @param scope the SKUs expected here and their bins (empty bin: anywhere in the location)
     * @param blind true to hide expected quantities from the counters
     */
    public StockTake(String id, LocationId location, Map<Sku, Optional<BinCode>> scope, boolean blind,
                     StockLedgerView ledger, BarcodeCatalog catalog, Clock clock) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        this.id = id;
        this.location = Objects.requireNonNull(location, "location");
        this.scope = new TreeMap<>(Objects.requireNonNull(scope, "scope"));
        this.blind = blind;
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startSequence = ledger.lastSequence();
        this.startedAt = clock.instant();
    }

    /** The stock take's reference. */
    public String id() {
        return id;
    }

    /** Where it happens. */
    public synchronized StockTakeStatus status() {
        return status;
    }

    /** Who approved it. */
    public synchronized Optional<String> approvedBy() {
        return approvedBy;
    }

    /**
     * Counts one scanned unit in a bin.
     *
     * @return the SKU counted
     * @throws UnknownBarcodeException if no SKU has this barcode (nothing is counted)
     */
    public synchronized Sku scan(BinCode bin, String barcode) {
        requireCounting();
        Sku sku = catalog.skuFor(barcode).orElseThrow(() -> new UnknownBarcodeException(barcode));
        counts.computeIfAbsent(sku, s -> new TreeMap<>(BinCode.PICK_PATH)).merge(bin, 1L, Long::sum);
        countedAt.put(sku, clock.instant());
        return sku;
    }

    /** Records a keyed-in count of a SKU in a bin, replacing earlier counts of that bin (a recount). */
    public synchronized void record(BinCode bin, Sku sku, long quantity) {
        requireCounting();
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity: must not be negative, was " + quantity);
        }
        counts.computeIfAbsent(Objects.requireNonNull(sku, "sku"), s -> new TreeMap<>(BinCode.PICK_PATH))
                .put(Objects.requireNonNull(bin, "bin"), quantity);
        countedAt.put(sku, clock.instant());
    }

    /**
     * The counters' sheet: SKU, bin and (unless blind) the quantity the ledger expects right now.
     */
    public synchronized List<SheetLine> countSheet() {
        List<SheetLine> sheet = new ArrayList<>();
        scope.forEach((sku, bin) -> sheet.add(new SheetLine(sku, bin,
                blind ? Optional.empty() : Optional.of(sum(ledger.movements(sku, location), Long.MAX_VALUE)))));
        return sheet;
    }

    /** Compares the counts with the ledger; available to supervisors at any time. */
    public synchronized VarianceReport varianceReport() {
        List<VarianceLine> lines = new ArrayList<>();
        for (Map.Entry<Sku, Map<BinCode, Long>> e : counts.entrySet()) {
            Sku sku = e.getKey();
            Instant at = countedAt.get(sku);
            List<StockLedgerView.Entry> moves = ledger.movements(sku, location);
            long start = sum(moves, startSequence);
            long during = 0;
            for (StockLedgerView.Entry m : moves) {
                if (m.sequence() > startSequence && !m.at().isAfter(at)) {
                    during += m.quantity();
                }
            }
            long counted = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            lines.add(new VarianceLine(sku, start, during, start + during, counted, at));
        }
        Set<Sku> notCounted = new TreeSet<>(scope.keySet());
        notCounted.removeAll(counts.keySet());
        return new VarianceReport(lines, notCounted);
    }

    /** Counting is done; the supervisor reviews the report. */
    public synchronized void submit() {
        status = LIFECYCLE.fire(status, Trigger.SUBMIT, this).to();
    }

    /** The supervisor sends the stock take back for a recount (counts are kept; recount bins with {@link #record}). */
    public synchronized void recount() {
        status = LIFECYCLE.fire(status, Trigger.RECOUNT, this).to();
    }

    /**
     * Approves the report and posts one adjustment per SKU whose count differs, with reference
     * {@code stock-take:<id>}.
     *
     * @return the report the adjustments were posted from
     */
    public synchronized VarianceReport approve(String supervisor) {
        if (supervisor == null || supervisor.isBlank()) {
            throw new IllegalArgumentException("supervisor: must not be blank");
        }
        StockTakeStatus next = LIFECYCLE.fire(status, Trigger.APPROVE, this).to();
        VarianceReport report = varianceReport();
        for (VarianceLine line : report.differences()) {
            ledger.postVariance(line.sku(), location, line.variance(), "stock-take:" + id);
        }
        status = next;
        approvedBy = Optional.of(supervisor);
        return report;
    }

    /** Abandons the stock take; nothing is posted. */
    public synchronized void cancel() {
        status = LIFECYCLE.fire(status, Trigger.CANCEL, this).to();
    }

    /** When it started. */
    public Instant startedAt() {
        return startedAt;
    }

    private void requireCounting() {
        if (status != StockTakeStatus.COUNTING) {
            throw new IllegalStateException("stock take " + id + " is " + status + "; counting is closed");
        }
    }

    private static long sum(List<StockLedgerView.Entry> moves, long upToSequence) {
        long total = 0;
        for (StockLedgerView.Entry m : moves) {
            if (m.sequence() <= upToSequence) {
                total += m.quantity();
            }
        }
        return total;
    }

    /**
     * One line of the counters' sheet.
     *
     * @param sku what to count
     * @param bin where it should be
     * @param expected the ledger's on hand, hidden in a blind count
     */
    public record SheetLine(Sku sku, Optional<BinCode> bin, Optional<Long> expected) {
    }

    /** Thrown when a scanned barcode belongs to no SKU. */
    public static final class UnknownBarcodeException extends OrderanException {

        private static final long serialVersionUID = 1L;

        UnknownBarcodeException(String barcode) {
            super("barcode '" + barcode + "' belongs to no SKU; register it or key in the count");
        }
    }
}
