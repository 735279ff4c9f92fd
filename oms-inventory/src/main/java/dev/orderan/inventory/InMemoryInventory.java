package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.atp.SupplyNotFoundException;
import dev.orderan.inventory.internal.InboundBook;
import dev.orderan.inventory.internal.Ledger;
import dev.orderan.inventory.internal.ReservationRecord;
import dev.orderan.inventory.internal.SkuStock;
import dev.orderan.inventory.internal.StockCell;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationConflictException;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationNotFoundException;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.sourcing.SourcingLine;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingPlan;
import dev.orderan.inventory.sourcing.SourcingRequest;
import dev.orderan.inventory.sourcing.SourcingStrategies;
import dev.orderan.inventory.sourcing.SourcingStrategy;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import dev.orderan.inventory.stocktake.StockLedgerView;
import dev.orderan.inventory.stocktake.StockTake;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The thread-safe in-memory inventory engine for one tenant.
 *
 * <p>Stock of each SKU at each location is one 64-bit word updated by compare-and-set (see the
 * cell implementation): reserving and releasing never take a lock and never touch a shared
 * structure other than the reservation index, so unrelated SKUs never contend and a hot SKU
 * degrades like a single atomic counter. Each reservation's own life (reserve, repeat, commit,
 * release, expiry) is serialised by a monitor on that reservation alone. Movements are appended to
 * a ledger under a short lock; reservations never write to the ledger.
 *
 * <p>Build with {@link #builder(TenantId)}; nothing runs in the background: call
 * {@link #releaseExpired(Instant)} from the host's scheduler.
 */
public final class InMemoryInventory implements Inventory {

    private static final InventoryListener[] NO_LISTENERS = new InventoryListener[0];

    private final TenantId tenant;
    private final Clock clock;
    private final long lowStockThreshold;
    private final SourcingStrategy sourcing;
    private final Map<LocationId, SourcingLocation> locations;
    private final InventoryListener[] listeners;

    private final ConcurrentHashMap<Sku, SkuStock> stock = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ReservationId, ReservationRecord> reservations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ReservationId, Backorder> backorders = new ConcurrentHashMap<>();
    private final Ledger ledger = new Ledger();

    private InMemoryInventory(Builder b) {
        this.tenant = b.tenant;
        this.clock = b.clock;
        this.lowStockThreshold = b.lowStockThreshold;
        this.sourcing = b.sourcing;
        this.locations = Map.copyOf(b.locations);
        this.listeners = b.listeners.toArray(NO_LISTENERS);
    }

    /** A builder for the tenant's engine. */
    public static Builder builder(TenantId tenant) {
        return new Builder(tenant);
    }

    @Override
    public TenantId tenantId() {
        return tenant;
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public Movement receive(Sku sku, LocationId location, long quantity, String reference) {
        check("receive", sku, location, reference);
        positive("receive", "quantity", quantity);
        StockCell cell = cellOrCreate(sku, location);
        return book(cell, quantity, MovementReason.RECEIPT, reference, false);
    }

    @Override
    public Movement adjust(Sku sku, LocationId location, long delta, MovementReason reason, String reference) {
        check("adjust", sku, location, reference);
        if (reason == null) {
            throw invalid("adjust", "reason", "NotNull", "must not be null");
        }
        if (delta < -StockCell.MAX_UNITS || delta > StockCell.MAX_UNITS) {
            throw invalid("adjust", "delta", "Range", "must be between -" + StockCell.MAX_UNITS + " and "
                    + StockCell.MAX_UNITS + ", was " + delta);
        }
        if (reason == MovementReason.RECEIPT || reason == MovementReason.SALE || reason == MovementReason.TRANSFER_IN
                || reason == MovementReason.TRANSFER_OUT) {
            throw invalid("adjust", "reason", "Adjustment", reason + " is booked by receive, commit or transfer");
        }
        if (delta == 0) {
            throw invalid("adjust", "delta", "NotZero", "must not be 0");
        }
        if (reason.onlyIncreases() && delta < 0) {
            throw invalid("adjust", "delta", "Positive", reason + " must increase stock, was " + delta);
        }
        if (reason.onlyDecreases() && delta > 0) {
            throw invalid("adjust", "delta", "Negative", reason + " must decrease stock, was " + delta);
        }
        // Found goods (a restock, a count above the books) may be a SKU the location never held.
        StockCell cell = delta > 0 ? cellOrCreate(sku, location) : cellOrThrow(sku, location);
        return book(cell, delta, reason, reference, reason == MovementReason.STOCK_TAKE_VARIANCE);
    }

    @Override
    public List<Movement> transfer(Sku sku, LocationId from, LocationId to, long quantity, String reference) {
        check("transfer", sku, from, reference);
        if (to == null) {
            throw invalid("transfer", "to", "NotNull", "must not be null");
        }
        positive("transfer", "quantity", quantity);
        if (from.equals(to)) {
            throw invalid("transfer", "to", "Different", "must differ from the source location " + from);
        }
        StockCell source = cellOrThrow(sku, from);
        Movement out = book(source, -quantity, MovementReason.TRANSFER_OUT, reference, false);
        try {
            // The target cell is created only now, so a refused transfer leaves no trace at the target.
            StockCell target = cellOrCreate(sku, to);
            return List.of(out, book(target, quantity, MovementReason.TRANSFER_IN, reference, false));
        } catch (RuntimeException e) {
            // The target could not take the units (beyond what a cell can hold): put them back.
            book(source, quantity, MovementReason.TRANSFER_IN, reference, false);
            throw e;
        }
    }

    @Override
    public void setSafetyStock(Sku sku, LocationId location, long units) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        if (units < 0 || units > StockCell.MAX_UNITS) {
            throw invalid("setSafetyStock", "units", "Range", "must be between 0 and " + StockCell.MAX_UNITS);
        }
        cellOrCreate(sku, location).safety((int) units);
    }

    private Movement book(StockCell cell, long delta, MovementReason reason, String reference, boolean force) {
        long before = cell.available();
        Movement m;
        long onHandAfter;
        // The cell lock keeps a cell's ledger order equal to the order its on-hand changes happened in.
        synchronized (cell) {
            onHandAfter = cell.addOnHand(delta, force);
            m = ledger.append(cell, delta, reason, reference, clock.instant());
        }
        if (listeners.length > 0) {
            List<InventoryEvent> events = new ArrayList<>(2);
            events.add(new InventoryEvent.StockMoved(tenant, m, onHandAfter));
            alerts(cell, before, cell.available(), events);
            fire(events);
        }
        return m;
    }

    // ------------------------------------------------------------------ reservations

    @Override
    public Reservation reserve(ReservationRequest request) {
        validate(request);
        boolean sourced = needsSourcing(request);
        for (;;) {
            // Sourced lines are looked up first: placing them again for a repeat could fail now.
            // Fixed-location lines go straight to putIfAbsent, saving a lookup on the hot path.
            ReservationRecord existing = sourced ? reservations.get(request.id()) : null;
            if (existing != null) {
                Reservation r;
                synchronized (existing) {
                    r = existing.repeat(request);
                }
                if (r != null) {
                    return r;
                }
                continue;
            }
            Placement p = place(request);
            ReservationRecord rec = new ReservationRecord(request);
            Reservation result;
            long[] before;
            synchronized (rec) {
                existing = reservations.putIfAbsent(request.id(), rec);
                if (existing == null) {
                    try {
                        // The units available before each line are only needed for alert events.
                        before = acquire(p, listeners.length > 0 ? new long[p.cells.length] : null);
                    } catch (RuntimeException e) {
                        reservations.remove(request.id(), rec);
                        rec.fail();
                        throw e;
                    }
                    result = rec.activate(p.cells, p.quantities, p.lines);
                } else {
                    before = null;
                    result = null;
                }
            }
            if (existing != null) {
                Reservation r;
                synchronized (existing) {
                    r = existing.repeat(request);
                }
                if (r != null) {
                    return r;
                }
                continue;
            }
            if (listeners.length > 0) {
                List<InventoryEvent> events = new ArrayList<>(2);
                events.add(new InventoryEvent.StockReserved(tenant, result, clock.instant()));
                for (int i = 0; i < p.cells.length; i++) {
                    alerts(p.cells[i], before[i], before[i] - p.quantities[i], events);
                }
                fire(events);
            }
            return result;
        }
    }

    /** Where each line's units come from: cells parallel to quantities and order line numbers. */
    private record Placement(StockCell[] cells, long[] quantities, int[] lines) {
    }

    private static boolean needsSourcing(ReservationRequest request) {
        List<ReservationLine> lines = request.lines();
        for (int i = 0, n = lines.size(); i < n; i++) {
            if (lines.get(i).location().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Placement place(ReservationRequest request) {
        List<ReservationLine> lines = request.lines();
        int n = lines.size();
        if (!needsSourcing(request)) {
            StockCell[] cells = new StockCell[n];
            long[] qty = new long[n];
            int[] nos = new int[n];
            for (int i = 0; i < n; i++) {
                ReservationLine l = lines.get(i);
                cells[i] = cellOrThrow(l.sku(), l.location().get());
                qty[i] = l.quantity();
                nos[i] = l.line();
            }
            return new Placement(cells, qty, nos);
        }
        List<StockCell> cells = new ArrayList<>();
        List<Long> qty = new ArrayList<>();
        List<Integer> nos = new ArrayList<>();
        List<SourcingLine> toSource = new ArrayList<>();
        for (ReservationLine l : lines) {
            if (l.location().isPresent()) {
                cells.add(cellOrThrow(l.sku(), l.location().get()));
                qty.add(l.quantity());
                nos.add(l.line());
            } else {
                if (stock.get(l.sku()) == null) {
                    throw new UnknownStockException(l.sku());
                }
                toSource.add(new SourcingLine(l.line(), l.sku(), l.quantity()));
            }
        }
        SourcingPlan plan = planSourcing(toSource, request.destination());
        if (!plan.complete()) {
            SourcingPlan.Shortfall s = plan.shortfalls().get(0);
            long wanted = toSource.stream().filter(l -> l.line() == s.line()).mapToLong(SourcingLine::quantity).sum();
            throw new InsufficientStockException(s.sku(), wanted, wanted - s.missing());
        }
        for (SourcingPlan.Allocation a : plan.allocations()) {
            cells.add(cellOrThrow(a.sku(), a.location()));
            qty.add(a.quantity());
            nos.add(a.line());
        }
        return new Placement(cells.toArray(new StockCell[0]), qty.stream().mapToLong(Long::longValue).toArray(),
                nos.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Takes every line's units or none; fills and returns the units available before each line (if asked). */
    private static long[] acquire(Placement p, long[] before) {
        StockCell[] cells = p.cells;
        for (int i = 0; i < cells.length; i++) {
            long q = p.quantities[i];
            long had = cells[i].tryReserve(q);
            if (had < q) {
                for (int j = i - 1; j >= 0; j--) {
                    cells[j].unreserve(p.quantities[j]);
                }
                throw new InsufficientStockException(cells[i].sku(), cells[i].location(), q, Math.max(0, had));
            }
            if (before != null) {
                before[i] = had;
            }
        }
        return before;
    }

    @Override
    public Reservation commit(ReservationId id) {
        ReservationRecord rec = record(id);
        Reservation result;
        List<InventoryEvent> events = listeners.length > 0 ? new ArrayList<>() : null;
        synchronized (rec) {
            switch (rec.status()) {
                case COMMITTED:
                    return rec.snapshot();
                case RELEASED:
                    throw new ReservationStateException(id, ReservationStatus.RELEASED, ReservationStatus.COMMITTED);
                default:
                    break;
            }
            StockCell[] cells = rec.cells();
            long[] qty = rec.quantities();
            Instant now = clock.instant();
            for (int i = 0; i < cells.length; i++) {
                Movement m;
                long onHand;
                synchronized (cells[i]) {
                    onHand = cells[i].commitReserved(qty[i]);
                    m = ledger.append(cells[i], -qty[i], MovementReason.SALE, id.value(), now);
                }
                if (events != null) {
                    events.add(new InventoryEvent.StockMoved(tenant, m, onHand));
                }
            }
            result = rec.settle(ReservationStatus.COMMITTED, null);
            if (events != null) {
                events.add(new InventoryEvent.ReservationCommitted(tenant, result, now));
            }
        }
        if (events != null) {
            fire(events);
        }
        return result;
    }

    @Override
    public Reservation release(ReservationId id, ReleaseReason reason) {
        List<Violation> v = new ArrayList<>(2);
        if (id == null) {
            v.add(new Violation("id", "NotNull", "must not be null"));
        }
        if (reason == null) {
            v.add(new Violation("reason", "NotNull", "must not be null"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("release", v);
        }
        return release(record(id), reason, null);
    }

    /** Releases the record; with {@code expiredBy} set, only when it is active and expired by then. */
    private Reservation release(ReservationRecord rec, ReleaseReason reason, Instant expiredBy) {
        Reservation result;
        synchronized (rec) {
            if (expiredBy != null) {
                if (rec.status() != ReservationStatus.ACTIVE
                        || rec.expiresAt().map(e -> e.isAfter(expiredBy)).orElse(true)) {
                    return null;
                }
            }
            switch (rec.status()) {
                case RELEASED:
                    return rec.snapshot();
                case COMMITTED:
                    throw new ReservationStateException(rec.request().id(), ReservationStatus.COMMITTED,
                            ReservationStatus.RELEASED);
                default:
                    break;
            }
            StockCell[] cells = rec.cells();
            long[] qty = rec.quantities();
            for (int i = 0; i < cells.length; i++) {
                cells[i].unreserve(qty[i]);
            }
            result = rec.settle(ReservationStatus.RELEASED, reason);
        }
        if (listeners.length > 0) {
            fire(List.of(new InventoryEvent.ReservationReleased(tenant, result, reason, clock.instant())));
        }
        return result;
    }

    @Override
    public Reservation holdUntilShipment(ReservationId id) {
        ReservationRecord rec = record(id);
        synchronized (rec) {
            if (rec.status() != ReservationStatus.ACTIVE) {
                throw new ReservationStateException(id, rec.status(), ReservationStatus.ACTIVE);
            }
            return rec.holdUntilShipment();
        }
    }

    @Override
    public List<Reservation> releaseExpired(Instant now) {
        if (now == null) {
            throw invalid("releaseExpired", "now", "NotNull", "must not be null");
        }
        List<Reservation> released = new ArrayList<>();
        for (ReservationRecord rec : reservations.values()) {
            Optional<Instant> exp = rec.expiresAt();
            if (exp.isPresent() && !exp.get().isAfter(now)) {
                Reservation r = release(rec, ReleaseReason.EXPIRED, now);
                if (r != null) {
                    released.add(r);
                }
            }
        }
        return released;
    }

    @Override
    public boolean forget(ReservationId id) {
        ReservationRecord rec = reservations.get(Objects.requireNonNull(id, "id"));
        if (rec == null) {
            return false;
        }
        // A settled record never changes again, so no monitor is needed to drop it.
        ReservationStatus status = rec.status();
        if (rec.failed() || status == null || status == ReservationStatus.ACTIVE) {
            return false;
        }
        return reservations.remove(id, rec);
    }

    @Override
    public Optional<Reservation> reservation(ReservationId id) {
        ReservationRecord rec = reservations.get(Objects.requireNonNull(id, "id"));
        if (rec == null) {
            return Optional.empty();
        }
        synchronized (rec) {
            return Optional.ofNullable(rec.failed() ? null : rec.snapshot());
        }
    }

    @Override
    public List<Reservation> reservationsOf(OrderId owner) {
        Objects.requireNonNull(owner, "owner");
        List<Reservation> out = new ArrayList<>();
        for (ReservationRecord rec : reservations.values()) {
            if (rec.request().owner().equals(owner)) {
                synchronized (rec) {
                    if (!rec.failed() && rec.status() == ReservationStatus.ACTIVE) {
                        out.add(rec.snapshot());
                    }
                }
            }
        }
        return out;
    }

    private ReservationRecord record(ReservationId id) {
        ReservationRecord rec = reservations.get(Objects.requireNonNull(id, "id"));
        if (rec == null) {
            throw new ReservationNotFoundException(id);
        }
        if (rec.status() == null) {
            // Still being placed by another thread: wait for the outcome on its monitor.
            synchronized (rec) {
                if (rec.failed() || rec.status() == null) {
                    throw new ReservationNotFoundException(id);
                }
            }
        }
        if (rec.failed()) {
            throw new ReservationNotFoundException(id);
        }
        return rec;
    }

    private static void validate(ReservationRequest request) {
        if (request == null) {
            throw invalid("reserve", "request", "NotNull", "must not be null");
        }
        List<Violation> v = new ArrayList<>();
        if (request.id() == null) {
            v.add(new Violation("id", "NotNull", "must not be null"));
        }
        if (request.owner() == null) {
            v.add(new Violation("owner", "NotNull", "must not be null"));
        }
        if (request.expiresAt() == null) {
            v.add(new Violation("expiresAt", "NotNull", "must not be null"));
        }
        if (request.destination() == null) {
            v.add(new Violation("destination", "NotNull", "must not be null"));
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            v.add(new Violation("lines", "NotEmpty", "must not be empty"));
        }
        for (int i = 0; request.lines() != null && i < request.lines().size(); i++) {
            if (request.lines().get(i) == null) {
                v.add(new Violation("lines[" + i + "]", "NotNull", "must not be null"));
                continue;
            }
            long q = request.lines().get(i).quantity();
            if (q <= 0) {
                v.add(new Violation("lines[" + i + "].quantity", "Positive", "must be greater than 0, was " + q));
            } else if (q > StockCell.MAX_UNITS) {
                v.add(new Violation("lines[" + i + "].quantity", "Max", "must be at most " + StockCell.MAX_UNITS));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("ReservationRequest", v);
        }
    }

    // ------------------------------------------------------------------ queries

    @Override
    public Optional<StockLevel> level(Sku sku, LocationId location) {
        StockCell c = find(sku, location);
        return c == null ? Optional.empty() : Optional.of(levelOf(c));
    }

    @Override
    public List<StockLevel> levels(Sku sku) {
        SkuStock s = stock.get(Objects.requireNonNull(sku, "sku"));
        if (s == null) {
            return List.of();
        }
        List<StockLevel> out = new ArrayList<>();
        for (StockCell c : s.cells()) {
            out.add(levelOf(c));
        }
        return out;
    }

    private StockLevel levelOf(StockCell c) {
        long s = c.state();
        long inbound = 0;
        if (c.extension() instanceof InboundBook book) {
            synchronized (book) {
                inbound = book.total();
            }
        }
        return new StockLevel(c.sku(), c.location(), StockCell.onHand(s), StockCell.reserved(s), c.safety(), inbound);
    }

    @Override
    public long available(Sku sku, LocationId location) {
        StockCell c = find(sku, location);
        return c == null ? 0 : Math.max(0, c.available());
    }

    @Override
    public long available(Sku sku) {
        SkuStock s = stock.get(Objects.requireNonNull(sku, "sku"));
        if (s == null) {
            return 0;
        }
        long sum = 0;
        for (StockCell c : s.cells()) {
            sum += Math.max(0, c.available());
        }
        return sum;
    }

    @Override
    public List<Sku> skus() {
        return List.copyOf(stock.keySet());
    }

    @Override
    public List<Movement> movements(Sku sku, LocationId location) {
        StockCell c = find(sku, location);
        return c == null ? List.of() : ledger.movements(x -> x == c, 0);
    }

    @Override
    public List<Movement> movementsAfter(long sequence) {
        return ledger.movements(x -> true, sequence);
    }

    @Override
    public long lastMovementSequence() {
        return ledger.size();
    }

    @Override
    public VerificationReport verify() {
        Map<StockCell, long[]> ledgerSums = new IdentityHashMap<>();
        long[] movementCount = new long[1];
        ledger.forEachDelta((cell, delta) -> {
            ledgerSums.computeIfAbsent(cell, k -> new long[1])[0] += delta;
            movementCount[0]++;
        });
        Map<StockCell, long[]> reservedSums = new IdentityHashMap<>();
        long reservationCount = 0;
        for (ReservationRecord rec : reservations.values()) {
            synchronized (rec) {
                if (rec.failed() || rec.status() == null) {
                    continue;
                }
                reservationCount++;
                if (rec.status() == ReservationStatus.ACTIVE) {
                    for (int i = 0; i < rec.cells().length; i++) {
                        reservedSums.computeIfAbsent(rec.cells()[i], k -> new long[1])[0] += rec.quantities()[i];
                    }
                }
            }
        }
        List<VerificationReport.Difference> diffs = new ArrayList<>();
        long cells = 0;
        for (SkuStock s : stock.values()) {
            for (StockCell c : s.cells()) {
                cells++;
                long state = c.state();
                long onHand = StockCell.onHand(state);
                long reserved = StockCell.reserved(state);
                if (onHand - reserved < 0) {
                    diffs.add(new VerificationReport.Difference(VerificationReport.Invariant.NOT_OVERSOLD, c.sku(),
                            c.location(), reserved, onHand));
                }
                long[] r = reservedSums.get(c);
                long expectedReserved = r == null ? 0 : r[0];
                if (expectedReserved != reserved) {
                    diffs.add(new VerificationReport.Difference(
                            VerificationReport.Invariant.RESERVED_MATCHES_RESERVATIONS, c.sku(), c.location(),
                            expectedReserved, reserved));
                }
                long[] l = ledgerSums.get(c);
                long expectedOnHand = l == null ? 0 : l[0];
                if (expectedOnHand != onHand) {
                    diffs.add(new VerificationReport.Difference(VerificationReport.Invariant.ON_HAND_MATCHES_LEDGER,
                            c.sku(), c.location(), expectedOnHand, onHand));
                }
            }
        }
        return new VerificationReport(cells, reservationCount, movementCount[0], diffs);
    }

    // ------------------------------------------------------------------ available to promise

    @Override
    public void expectInbound(InboundSupply supply) {
        Objects.requireNonNull(supply, "supply");
        positive("expectInbound", "quantity", supply.quantity());
        if (supply.reference().isBlank()) {
            throw invalid("expectInbound", "reference", "NotBlank", "must not be blank");
        }
        StockCell cell = cellOrCreate(supply.sku(), supply.location());
        InboundBook book = book(cell);
        List<OrderId> slipped = List.of();
        InboundBook.Entry entry;
        LocalDate from = null;
        synchronized (book) {
            entry = book.find(supply.reference());
            if (entry == null) {
                book.add(supply.reference(), supply.quantity(), supply.expectedOn());
                return;
            }
            long promised = entry.promised();
            if (supply.quantity() < promised) {
                throw new InsufficientStockException(supply.sku(), supply.location(), promised, supply.quantity());
            }
            entry.quantity = supply.quantity();
            if (!supply.expectedOn().equals(entry.expectedOn)) {
                from = entry.expectedOn;
                slipped = moveDate(book, entry, supply.expectedOn());
            }
        }
        slipEvent(cell, entry, from, slipped);
    }

    @Override
    public List<InboundSupply> inbound(Sku sku, LocationId location) {
        StockCell cell = find(sku, location);
        if (cell == null || !(cell.extension() instanceof InboundBook book)) {
            return List.of();
        }
        synchronized (book) {
            List<InboundSupply> out = new ArrayList<>();
            for (InboundBook.Entry e : book.entries()) {
                if (e.quantity > 0) {
                    out.add(new InboundSupply(e.reference, sku, cell.location(), e.quantity, e.expectedOn));
                }
            }
            return out;
        }
    }

    @Override
    public long availableToPromise(Sku sku, LocationId location, LocalDate date) {
        Objects.requireNonNull(date, "date");
        StockCell cell = find(sku, location);
        return cell == null ? 0 : atp(cell, date);
    }

    @Override
    public long availableToPromise(Sku sku, LocalDate date) {
        Objects.requireNonNull(date, "date");
        SkuStock s = stock.get(Objects.requireNonNull(sku, "sku"));
        if (s == null) {
            return 0;
        }
        long sum = 0;
        for (StockCell c : s.cells()) {
            sum += atp(c, date);
        }
        return sum;
    }

    private static long atp(StockCell cell, LocalDate date) {
        long now = Math.max(0, cell.available());
        if (cell.extension() instanceof InboundBook book) {
            synchronized (book) {
                now += book.freeUntil(date);
            }
        }
        return now;
    }

    @Override
    public Backorder backorder(ReservationId id, OrderId owner, Sku sku, LocationId location, long quantity) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        positive("backorder", "quantity", quantity);
        StockCell cell = cellOrThrow(sku, location);
        InboundBook book = book(cell);
        synchronized (book) {
            Backorder existing = backorders.get(id);
            if (existing != null) {
                if (existing.owner().equals(owner) && existing.sku().equals(sku)
                        && existing.location().equals(location) && existing.quantity() == quantity) {
                    return existing;
                }
                throw new ReservationConflictException(id);
            }
            if (reservations.containsKey(id)) {
                throw new ReservationConflictException(id);
            }
            long best = 0;
            for (InboundBook.Entry e : book.entries()) {
                long free = e.quantity - e.promised();
                if (free >= quantity) {
                    Backorder b = new Backorder(id, owner, sku, location, quantity, e.reference, e.expectedOn);
                    e.backorders.add(b);
                    backorders.put(id, b);
                    return b;
                }
                best = Math.max(best, free);
            }
            throw new InsufficientStockException(sku, location, quantity, best);
        }
    }

    @Override
    public List<Backorder> backorders(String supplyReference, Sku sku, LocationId location) {
        StockCell cell = find(sku, location);
        if (cell == null || !(cell.extension() instanceof InboundBook book)) {
            return List.of();
        }
        synchronized (book) {
            InboundBook.Entry e = book.find(supplyReference);
            return e == null ? List.of() : List.copyOf(e.backorders);
        }
    }

    @Override
    public List<OrderId> rescheduleInbound(String supplyReference, Sku sku, LocationId location, LocalDate newDate) {
        Objects.requireNonNull(newDate, "newDate");
        StockCell cell = find(sku, location);
        if (cell == null || !(cell.extension() instanceof InboundBook book)) {
            throw new SupplyNotFoundException(supplyReference);
        }
        InboundBook.Entry entry;
        LocalDate from;
        List<OrderId> moved;
        synchronized (book) {
            entry = book.find(supplyReference);
            if (entry == null) {
                throw new SupplyNotFoundException(supplyReference);
            }
            from = entry.expectedOn;
            moved = moveDate(book, entry, newDate);
        }
        slipEvent(cell, entry, from, moved);
        return moved;
    }

    private static List<OrderId> moveDate(InboundBook book, InboundBook.Entry entry, LocalDate to) {
        entry.expectedOn = to;
        List<OrderId> owners = new ArrayList<>();
        for (int i = 0; i < entry.backorders.size(); i++) {
            Backorder b = entry.backorders.get(i);
            entry.backorders.set(i, new Backorder(b.id(), b.owner(), b.sku(), b.location(), b.quantity(),
                    b.supplyReference(), to));
            if (!owners.contains(b.owner())) {
                owners.add(b.owner());
            }
        }
        book.sort();
        return owners;
    }

    private void slipEvent(StockCell cell, InboundBook.Entry entry, LocalDate from, List<OrderId> affected) {
        if (from == null || affected.isEmpty() || !entry.expectedOn.isAfter(from)) {
            return;
        }
        for (Backorder b : List.copyOf(entry.backorders)) {
            backorders.computeIfPresent(b.id(), (k, old) -> b);
        }
        if (listeners.length > 0) {
            long seq;
            synchronized (entry) {
                seq = ++entry.slips;
            }
            fire(List.of(new InventoryEvent.SupplySlipped(tenant, entry.reference, cell.sku(), cell.location(), from,
                    entry.expectedOn, affected, seq, clock.instant())));
        }
    }

    @Override
    public List<Reservation> receiveInbound(String supplyReference, Sku sku, LocationId location, long quantity) {
        positive("receiveInbound", "quantity", quantity);
        StockCell cell = find(Objects.requireNonNull(sku, "sku"), Objects.requireNonNull(location, "location"));
        if (cell == null || !(cell.extension() instanceof InboundBook book)) {
            throw new SupplyNotFoundException(supplyReference);
        }
        List<Reservation> made = new ArrayList<>();
        List<InventoryEvent> events = new ArrayList<>();
        synchronized (book) {
            InboundBook.Entry entry = book.find(supplyReference);
            if (entry == null) {
                throw new SupplyNotFoundException(supplyReference);
            }
            book(cell, quantity, MovementReason.RECEIPT, supplyReference, false);
            entry.quantity = Math.max(0, entry.quantity - quantity);
            long left = quantity;
            while (!entry.backorders.isEmpty() && entry.backorders.get(0).quantity() <= left) {
                Backorder b = entry.backorders.get(0);
                long had = cell.tryReserve(b.quantity());
                if (had < b.quantity()) {
                    break;
                }
                ReservationRequest req = ReservationRequest.untilShipment(b.id(), b.owner(),
                        ReservationLine.at(1, sku, location, b.quantity()));
                ReservationRecord rec = new ReservationRecord(req, new StockCell[] {cell}, new long[] {b.quantity()},
                        new int[] {1});
                Reservation r;
                synchronized (rec) {
                    r = rec.snapshot();
                }
                if (reservations.putIfAbsent(b.id(), rec) != null) {
                    cell.unreserve(b.quantity());
                    break;
                }
                entry.backorders.remove(0);
                backorders.remove(b.id());
                left -= b.quantity();
                made.add(r);
                events.add(new InventoryEvent.StockReserved(tenant, r, clock.instant()));
            }
            if (entry.quantity == 0 && entry.backorders.isEmpty()) {
                book.entries().remove(entry);
            }
        }
        if (listeners.length > 0 && !events.isEmpty()) {
            fire(events);
        }
        return made;
    }

    private static InboundBook book(StockCell cell) {
        Object ext = cell.extension();
        if (ext instanceof InboundBook b) {
            return b;
        }
        synchronized (cell) {
            if (cell.extension() instanceof InboundBook b) {
                return b;
            }
            InboundBook b = new InboundBook();
            cell.extension(b);
            return b;
        }
    }

    // ------------------------------------------------------------------ sourcing

    @Override
    public SourcingPlan planSourcing(List<SourcingLine> lines, Optional<Destination> destination) {
        Map<LocationId, SourcingLocation> candidates = new LinkedHashMap<>();
        for (SourcingLine l : lines) {
            SkuStock s = stock.get(l.sku());
            if (s == null) {
                continue;
            }
            for (StockCell c : s.cells()) {
                candidates.computeIfAbsent(c.location(),
                        id -> locations.getOrDefault(id, SourcingLocation.unknown(id)));
            }
        }
        return sourcing.plan(new SourcingRequest(lines, List.copyOf(candidates.values()), destination,
                this::available));
    }

    // ------------------------------------------------------------------ stock take

    /**
     * This engine's ledger as a stock take sees it ({@link StockTake} counts against it and posts
     * approved variances through it as {@link MovementReason#STOCK_TAKE_VARIANCE} movements).
     */
    public StockLedgerView stockLedgerView() {
        return new StockLedgerView() {
            @Override
            public long lastSequence() {
                return lastMovementSequence();
            }

            @Override
            public List<Entry> movements(Sku sku, LocationId location) {
                List<Entry> out = new ArrayList<>();
                for (Movement m : InMemoryInventory.this.movements(sku, location)) {
                    out.add(new Entry(m.sequence(), m.at(), m.delta()));
                }
                return out;
            }

            @Override
            public void postVariance(Sku sku, LocationId location, long delta, String reference) {
                adjust(sku, location, delta, MovementReason.STOCK_TAKE_VARIANCE, reference);
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    private StockCell find(Sku sku, LocationId location) {
        SkuStock s = stock.get(Objects.requireNonNull(sku, "sku"));
        return s == null ? null : s.find(Objects.requireNonNull(location, "location"));
    }

    private StockCell cellOrThrow(Sku sku, LocationId location) {
        StockCell c = find(sku, location);
        if (c == null) {
            throw new UnknownStockException(sku, location);
        }
        return c;
    }

    private StockCell cellOrCreate(Sku sku, LocationId location) {
        return stock.computeIfAbsent(sku, SkuStock::new).findOrCreate(location);
    }

    private void alerts(StockCell cell, long before, long after, List<InventoryEvent> out) {
        if (after >= before) {
            return;
        }
        if (before > 0 && after <= 0) {
            out.add(new InventoryEvent.OutOfStock(tenant, cell.sku(), cell.location(), cell.nextAlertSequence(),
                    clock.instant()));
        } else if (lowStockThreshold > 0 && before > lowStockThreshold && after <= lowStockThreshold) {
            out.add(new InventoryEvent.LowStock(tenant, cell.sku(), cell.location(), after, lowStockThreshold,
                    cell.nextAlertSequence(), clock.instant()));
        }
    }

    private void fire(List<InventoryEvent> events) {
        RuntimeException first = null;
        for (InventoryEvent e : events) {
            for (InventoryListener l : listeners) {
                try {
                    l.onEvent(e);
                } catch (RuntimeException ex) {
                    if (first == null) {
                        first = ex;
                    } else {
                        first.addSuppressed(ex);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void check(String subject, Sku sku, LocationId location, String reference) {
        List<Violation> v = new ArrayList<>(3);
        if (sku == null) {
            v.add(new Violation("sku", "NotNull", "must not be null"));
        }
        if (location == null) {
            v.add(new Violation("location", "NotNull", "must not be null"));
        }
        if (reference == null || reference.isBlank()) {
            v.add(new Violation("reference", "NotBlank", "must not be blank"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(subject, v);
        }
    }

    private static void positive(String subject, String field, long value) {
        if (value <= 0) {
            throw invalid(subject, field, "Positive", "must be greater than 0, was " + value);
        }
        if (value > StockCell.MAX_UNITS) {
            throw invalid(subject, field, "Max", "must be at most " + StockCell.MAX_UNITS + ", was " + value);
        }
    }

    private static ValidationFailedException invalid(String subject, String path, String rule, String message) {
        return new ValidationFailedException(subject, List.of(new Violation(path, rule, message)));
    }

    /** Builds an {@link InMemoryInventory}. */
    public static final class Builder {

        private final TenantId tenant;
        private Clock clock = Clock.systemUTC();
        private long lowStockThreshold;
        private SourcingStrategy sourcing = SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority());
        private final Map<LocationId, SourcingLocation> locations = new LinkedHashMap<>();
        private final List<InventoryListener> listeners = new ArrayList<>();

        private Builder(TenantId tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
        }

        /** The clock stamping movements and events (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Emit {@link InventoryEvent.LowStock} when available falls to or below {@code units} (0 = never). */
        public Builder lowStockThreshold(long units) {
            if (units < 0) {
                throw new IllegalArgumentException("lowStockThreshold: must not be negative, was " + units);
            }
            this.lowStockThreshold = units;
            return this;
        }

        /** The strategy placing reservation lines that name no location (default: single location if possible, else by priority). */
        public Builder sourcing(SourcingStrategy strategy) {
            this.sourcing = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Describes a location for sourcing (priority, zone, coordinates). */
        public Builder location(SourcingLocation location) {
            this.locations.put(location.id(), location);
            return this;
        }

        /** Registers a listener; listeners run on the caller's thread after each change. */
        public Builder listener(InventoryListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The engine. */
        public InMemoryInventory build() {
            return new InMemoryInventory(this);
        }
    }
}
