package dev.orderan.inventory.engine;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.InventoryListener;
import dev.orderan.inventory.MovementConflictException;
import dev.orderan.inventory.VerificationReport;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.atp.SupplyNotFoundException;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationConflictException;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationNotFoundException;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.sourcing.SourcingLine;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingPlan;
import dev.orderan.inventory.sourcing.SourcingRequest;
import dev.orderan.inventory.sourcing.SourcingStrategies;
import dev.orderan.inventory.sourcing.SourcingStrategy;
import dev.orderan.inventory.spi.InventoryStore;
import dev.orderan.inventory.spi.InventoryStore.SupplyState;
import dev.orderan.inventory.spi.MovementDraft;
import dev.orderan.inventory.spi.MovementResult;
import dev.orderan.inventory.spi.ReservationState;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of inventory over an {@link InventoryStore}: validation, all-or-nothing reservations,
 * idempotency by id and by reference, sourcing, alerts, available-to-promise and events. Every store
 * (in memory, or your own) gets the same rules; a store implements storage only.
 *
 * <p>Why one class of this size: it is the one place every inventory operation's rules are written,
 * each method a short sequence of store primitives inside one atomic change; splitting it would
 * scatter one operation over several classes.
 */
public class InventoryService implements Inventory {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryService.class);
    private static final int SWEEP_BATCH = 500;
    private static final InventoryListener[] NO_LISTENERS = new InventoryListener[0];

    private final InventoryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final long lowStockThreshold;
    private final SourcingStrategy sourcing;
    private final Map<LocationId, SourcingLocation> locations;
    private final InventoryListener[] listeners;
    /**
     * False when nothing would read an event: the store records none and nobody listens. The hot
     * operations then make none (events are most of what a reservation allocates).
     */
    private final boolean makeEvents;

    /** A service over the store, configured by the builder. */
    protected InventoryService(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.tenant = store.tenant();
        this.clock = b.clock;
        this.lowStockThreshold = b.lowStockThreshold;
        this.sourcing = b.sourcing;
        this.locations = Map.copyOf(b.locations);
        this.listeners = b.listeners.toArray(NO_LISTENERS);
        this.makeEvents = store.recordsEvents() || listeners.length > 0;
    }

    /** A builder for a service over a store. */
    public static Builder builder(InventoryStore store) {
        return new Builder(store);
    }

    @Override
    public TenantId tenantId() {
        return tenant;
    }

    /** The store under this service. */
    public InventoryStore store() {
        return store;
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public Movement receive(Sku sku, LocationId location, long quantity, String reference) {
        check("receive", sku, location, reference);
        positive("receive", "quantity", quantity);
        return change(Optional.empty(), t -> {
            store.ensureStocked(t, sku, location);
            return book(t, new MovementDraft(sku, location, quantity, MovementReason.RECEIPT, reference, clock.instant(),
                    true, false), null).movement();
        });
    }

    @Override
    public Movement adjust(Sku sku, LocationId location, long delta, MovementReason reason, String reference) {
        check("adjust", sku, location, reference);
        if (reason == null) {
            throw invalid("adjust", "reason", "NotNull", "must not be null");
        }
        if (delta < -InventoryStore.MAX_UNITS || delta > InventoryStore.MAX_UNITS) {
            throw invalid("adjust", "delta", "Range", "must be between -" + InventoryStore.MAX_UNITS + " and "
                    + InventoryStore.MAX_UNITS + ", was " + delta);
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
        return change(Optional.empty(), t -> {
            if (delta > 0) {
                // Found goods (a restock, a count above the books) may be a SKU the location never held.
                store.ensureStocked(t, sku, location);
            }
            return book(t, new MovementDraft(sku, location, delta, reason, reference, clock.instant(), true,
                    reason == MovementReason.STOCK_TAKE_VARIANCE), null).movement();
        });
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
        return change(Optional.empty(), t -> {
            if (store.level(t, sku, from).isEmpty()) {
                throw new UnknownStockException(sku, from);
            }
            long atTarget = store.level(t, sku, to).map(StockLevel::onHand).orElse(0L);
            if (atTarget + quantity > InventoryStore.MAX_UNITS) {
                throw invalid("transfer", "quantity", "Max", "on hand of " + sku + " at " + to + " would exceed "
                        + InventoryStore.MAX_UNITS + " units");
            }
            Instant at = clock.instant();
            MovementResult out = book(t, new MovementDraft(sku, from, -quantity, MovementReason.TRANSFER_OUT,
                    reference, at, true, false), null);
            if (out.repeated() && store.movements(t, sku, to).stream().noneMatch(
                    m -> m.reason() == MovementReason.TRANSFER_IN && m.reference().equals(reference))) {
                // Checked before anything arrives at the target: units booked in and then rolled back
                // could have been reserved by someone else meanwhile.
                throw new MovementConflictException(reference, "transferred out of " + from
                        + " to another location than " + to);
            }
            // The target becomes known only now, so a refused transfer leaves no trace at the target.
            store.ensureStocked(t, sku, to);
            MovementResult in = book(t, new MovementDraft(sku, to, quantity, MovementReason.TRANSFER_IN, reference,
                    at, true, false), null);
            if (in.repeated() && !out.repeated()) {
                // Nothing arrived (the arrival was booked before, from another source): only the new
                // transfer-out is undone, which gives units back and cannot oversell.
                throw new MovementConflictException(reference, "transferred into " + to + " from another location than "
                        + from);
            }
            return List.of(out.movement(), in.movement());
        });
    }

    @Override
    public void setSafetyStock(Sku sku, LocationId location, long units) {
        if (sku == null || location == null) {
            throw invalid("setSafetyStock", sku == null ? "sku" : "location", "NotNull", "must not be null");
        }
        if (units < 0 || units > InventoryStore.MAX_UNITS) {
            throw invalid("setSafetyStock", "units", "Range", "must be between 0 and " + InventoryStore.MAX_UNITS);
        }
        change(Optional.empty(), t -> {
            store.ensureStocked(t, sku, location);
            store.setSafetyStock(t, sku, location, units);
            return null;
        });
    }

    /** Appends a movement, checks a repeat's content, and records the events. */
    private MovementResult book(Transaction t, MovementDraft d, EventMetadata cause) {
        MovementResult r = store.move(t, d);
        Movement m = r.movement();
        if (r.repeated()) {
            if (m.delta() != d.delta() || m.reason() != d.reason()) {
                throw new MovementConflictException(d.reference(), "booked " + m.delta() + " as " + m.reason()
                        + ", now " + d.delta() + " as " + d.reason());
            }
            return r;
        }
        if (makeEvents) {
            emit(t, new InventoryEvent.StockMoved(tenant, m, r.onHandAfter()), cause);
        }
        alerts(t, m.sku(), m.location(), r.availableBefore(), r.availableAfter(), cause);
        return r;
    }

    // ------------------------------------------------------------------ reservations

    @Override
    public Reservation reserve(ReservationRequest request) {
        validate(request);
        return change(Optional.empty(), t -> reserveIn(t, request, null));
    }

    @Override
    public Reservation reserve(Transaction tx, ReservationRequest request) {
        validate(request);
        requireTx("reserve", tx);
        return change(Optional.of(tx), t -> reserveIn(t, request, null));
    }

    @Override
    public Reservation reserve(Transaction tx, ReservationRequest request, EventMetadata metadata) {
        validate(request);
        requireTx("reserve", tx);
        requireMetadata("reserve", metadata);
        return change(Optional.of(tx), t -> reserveIn(t, request, metadata));
    }

    /** Reserves; {@code cause} is the metadata of the order command behind it (null: none). */
    private Reservation reserveIn(Transaction t, ReservationRequest request, EventMetadata cause) {
        Optional<ReservationState> existing = store.reservation(t, request.id());
        if (existing.isPresent()) {
            return repeat(existing.get(), request);
        }
        if (store.backorder(t, request.id()).isPresent()) {
            throw new ReservationConflictException(request.id());
        }
        List<ReservedLine> held = place(t, request);
        int n = held.size();
        long base = store.lastVersion(t, request.id());
        boolean expires = request.expiresAt().isPresent();
        ReservationState state = new ReservationState(request, held, List.of(), request.expiresAt(),
                ReservationStatus.ACTIVE, Optional.empty(), base + (expires ? 2 : 1));
        // Where the store hides uncommitted writes, everything that does not depend on the units is
        // written first, so the stock rows are locked for as short a time as possible.
        boolean recordFirst = store.recordsReservationBeforeReserving();
        if (recordFirst) {
            record(t, state, base, cause, true);
        }
        long[] before = new long[n];
        for (int i = 0; i < n; i++) {
            ReservedLine l = held.get(i);
            long had = store.tryReserve(t, l.sku(), l.location(), l.quantity());
            if (had < l.quantity()) {
                // The atomic change rolls back the lines already taken (and the reservation written first).
                throw new InsufficientStockException(l.sku(), l.location(), l.quantity(), Math.max(0, had));
            }
            before[i] = had;
        }
        if (!recordFirst) {
            record(t, state, base, cause, false);
        }
        for (int i = 0; i < n; i++) {
            ReservedLine l = held.get(i);
            alerts(t, l.sku(), l.location(), before[i], before[i] - l.quantity(), cause);
        }
        return state.toReservation();
    }

    /**
     * Stores a new reservation and its events; a lost race for the id ends the atomic change. Where
     * the reservation is recorded first, the events are handed over first, so a store may write
     * them with the reservation.
     */
    private void record(Transaction t, ReservationState state, long base, EventMetadata cause, boolean eventsFirst) {
        if (eventsFirst) {
            reservedEvents(t, state, base, cause);
        }
        if (!store.insertReservation(t, state)) {
            // Another request with the same id got there first: answer like a repeat of it.
            throw new ConcurrentReservationException(state.request().id());
        }
        if (!eventsFirst) {
            reservedEvents(t, state, base, cause);
        }
    }

    private void reservedEvents(Transaction t, ReservationState state, long base, EventMetadata cause) {
        ReservationRequest request = state.request();
        if (makeEvents) {
            Instant now = clock.instant();
            emit(t, new InventoryEvent.StockReserved(tenant, request.id(), request.owner(), state.held(), base + 1,
                    now), cause);
            if (request.expiresAt().isPresent()) {
                emit(t, new InventoryEvent.ReservationExpirySet(tenant, request.id(), request.expiresAt().get(),
                        base + 2, now), cause);
            }
        }
    }

    /** Signals a lost race for a reservation id inside the atomic change, so the caller answers as a repeat. */
    private static final class ConcurrentReservationException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReservationId id;

        ConcurrentReservationException(ReservationId id) {
            super(null, null, false, false);
            this.id = id;
        }
    }

    private static Reservation repeat(ReservationState existing, ReservationRequest again) {
        if (!existing.request().equals(again)) {
            throw new ReservationConflictException(again.id());
        }
        return existing.toReservation();
    }

    /** Where each line's units come from; lines without a location are placed by the sourcing strategy. */
    private List<ReservedLine> place(Transaction t, ReservationRequest request) {
        List<ReservationLine> lines = request.lines();
        List<ReservedLine> out = new ArrayList<>(lines.size());
        List<SourcingLine> toSource = null;
        // A lone line at a named location is checked by the reserve itself (an unknown cell is
        // reported the same way, and everything written before it rolls back with the change).
        boolean checkLocations = lines.size() > 1;
        for (ReservationLine l : lines) {
            if (l.location().isPresent()) {
                // Every named location is checked before any unit is taken: an unknown one is reported first.
                if (checkLocations && !store.isStocked(t, l.sku(), l.location().get())) {
                    throw new UnknownStockException(l.sku(), l.location().get());
                }
                out.add(new ReservedLine(l.line(), l.sku(), l.location().get(), l.quantity()));
            } else {
                if (store.levels(t, l.sku()).isEmpty()) {
                    throw new UnknownStockException(l.sku());
                }
                if (toSource == null) {
                    toSource = new ArrayList<>();
                }
                toSource.add(new SourcingLine(l.line(), l.sku(), l.quantity()));
            }
        }
        if (toSource == null) {
            return out;
        }
        SourcingPlan plan = plan(t, toSource, request.destination());
        if (!plan.complete()) {
            SourcingPlan.Shortfall s = plan.shortfalls().get(0);
            long wanted = toSource.stream().filter(l -> l.line() == s.line()).mapToLong(SourcingLine::quantity).sum();
            throw new InsufficientStockException(s.sku(), wanted, wanted - s.missing());
        }
        for (SourcingPlan.Allocation a : plan.allocations()) {
            out.add(new ReservedLine(a.line(), a.sku(), a.location(), a.quantity()));
        }
        return out;
    }

    @Override
    public Reservation commit(ReservationId id) {
        requireId("commit", id);
        return change(Optional.empty(), t -> commitIn(t, id, null, null));
    }

    @Override
    public Reservation commit(Transaction tx, ReservationId id) {
        requireId("commit", id);
        requireTx("commit", tx);
        return change(Optional.of(tx), t -> commitIn(t, id, null, null));
    }

    @Override
    public Reservation commit(Transaction tx, ReservationId id, EventMetadata metadata) {
        requireId("commit", id);
        requireTx("commit", tx);
        requireMetadata("commit", metadata);
        return change(Optional.of(tx), t -> commitIn(t, id, null, metadata));
    }

    @Override
    public Reservation commit(ReservationId id, List<ReservedLine> part) {
        requireId("commit", id);
        requirePart(part);
        return change(Optional.empty(), t -> commitIn(t, id, part, null));
    }

    @Override
    public Reservation commit(Transaction tx, ReservationId id, List<ReservedLine> part) {
        requireId("commit", id);
        requireTx("commit", tx);
        requirePart(part);
        return change(Optional.of(tx), t -> commitIn(t, id, part, null));
    }

    @Override
    public Reservation commit(Transaction tx, ReservationId id, List<ReservedLine> part, EventMetadata metadata) {
        requireId("commit", id);
        requireTx("commit", tx);
        requirePart(part);
        requireMetadata("commit", metadata);
        return change(Optional.of(tx), t -> commitIn(t, id, part, metadata));
    }

    private static void requirePart(List<ReservedLine> part) {
        if (part == null || part.isEmpty()) {
            throw invalid("commit", "part", "NotEmpty", "must name at least one line");
        }
    }

    /** Sells what is held, or {@code part} of it; {@code cause} is the order command's metadata (null: none). */
    private Reservation commitIn(Transaction t, ReservationId id, List<ReservedLine> part, EventMetadata cause) {
        ReservationState s = store.reservation(t, id).orElseThrow(() -> new ReservationNotFoundException(id));
        if (s.status() == ReservationStatus.COMMITTED) {
            return s.toReservation();
        }
        if (s.status() == ReservationStatus.RELEASED) {
            throw new ReservationStateException(id, ReservationStatus.RELEASED, ReservationStatus.COMMITTED);
        }
        List<ReservedLine> selling = part == null ? s.held() : checkPart(s.held(), part);
        List<ReservedLine> held = part == null ? List.of() : subtract(s.held(), selling);
        boolean complete = held.isEmpty();
        List<ReservedLine> sold = add(s.sold(), selling);
        ReservationState next = s.next(held, sold, s.expiresAt(), complete ? ReservationStatus.COMMITTED
                : ReservationStatus.ACTIVE, Optional.empty());
        if (!store.updateReservation(t, next, s.version())) {
            throw new ConcurrentReservationException(id);
        }
        Instant now = clock.instant();
        for (ReservedLine l : selling) {
            MovementResult r = store.sellReserved(t, l.sku(), l.location(), l.quantity(), id.value(), now);
            emit(t, new InventoryEvent.StockMoved(tenant, r.movement(), r.onHandAfter()), cause);
        }
        emit(t, new InventoryEvent.ReservationCommitted(tenant, id, selling, complete, next.version(), now), cause);
        return next.toReservation();
    }

    private static List<ReservedLine> checkPart(List<ReservedLine> held, List<ReservedLine> part) {
        List<Violation> v = new ArrayList<>();
        Map<String, Long> left = new LinkedHashMap<>();
        Map<String, Sku> skus = new java.util.HashMap<>();
        for (ReservedLine h : held) {
            left.merge(h.line() + "@" + h.location().value(), h.quantity(), Long::sum);
            skus.put(h.line() + "@" + h.location().value(), h.sku());
        }
        for (int i = 0; i < part.size(); i++) {
            ReservedLine p = part.get(i);
            if (p == null) {
                v.add(new Violation("part[" + i + "]", "NotNull", "must not be null"));
                continue;
            }
            String key = p.line() + "@" + p.location().value();
            Long have = left.get(key);
            Sku heldSku = skus.get(key);
            if (have == null) {
                v.add(new Violation("part[" + i + "]", "HeldLine", "line " + p.line() + " at " + p.location()
                        + " is not held by the reservation"));
            } else if (!heldSku.equals(p.sku())) {
                v.add(new Violation("part[" + i + "].sku", "HeldSku", "line " + p.line() + " at " + p.location()
                        + " holds " + heldSku + ", not " + p.sku()));
            } else if (p.quantity() < 1 || p.quantity() > have) {
                v.add(new Violation("part[" + i + "].quantity", "Range", "must be between 1 and the " + have
                        + " units held, was " + p.quantity()));
            } else {
                left.put(key, have - p.quantity());
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("commit", v);
        }
        return part;
    }

    @Override
    public Reservation release(ReservationId id, ReleaseReason reason) {
        requireRelease(id, reason);
        return change(Optional.empty(), t -> releaseIn(t, id, reason, null, null));
    }

    @Override
    public Reservation release(Transaction tx, ReservationId id, ReleaseReason reason) {
        requireRelease(id, reason);
        requireTx("release", tx);
        return change(Optional.of(tx), t -> releaseIn(t, id, reason, null, null));
    }

    @Override
    public Reservation release(Transaction tx, ReservationId id, ReleaseReason reason, EventMetadata metadata) {
        requireRelease(id, reason);
        requireTx("release", tx);
        requireMetadata("release", metadata);
        return change(Optional.of(tx), t -> releaseIn(t, id, reason, null, metadata));
    }

    /**
     * Releases; with {@code expiredBy} set, only when still active and expired by then (else null).
     * {@code cause} is the order command's metadata (null: none).
     */
    private Reservation releaseIn(Transaction t, ReservationId id, ReleaseReason reason, Instant expiredBy,
            EventMetadata cause) {
        ReservationState s = store.reservation(t, id).orElseThrow(() -> new ReservationNotFoundException(id));
        if (expiredBy != null && (s.status() != ReservationStatus.ACTIVE
                || s.expiresAt().map(e -> e.isAfter(expiredBy)).orElse(true))) {
            return null;
        }
        if (s.status() == ReservationStatus.RELEASED) {
            return s.toReservation();
        }
        if (s.status() == ReservationStatus.COMMITTED) {
            throw new ReservationStateException(id, ReservationStatus.COMMITTED, ReservationStatus.RELEASED);
        }
        List<ReservedLine> giving = s.held();
        ReservationState next = s.next(List.of(), s.sold(), s.expiresAt(), ReservationStatus.RELEASED,
                Optional.of(reason));
        if (!store.updateReservation(t, next, s.version())) {
            throw new ConcurrentReservationException(id);
        }
        for (ReservedLine l : giving) {
            store.unreserve(t, l.sku(), l.location(), l.quantity());
        }
        if (makeEvents) {
            emit(t, new InventoryEvent.ReservationReleased(tenant, id, giving, reason, next.version(),
                    clock.instant()), cause);
        }
        return next.toReservation();
    }

    @Override
    public List<Reservation> releaseExpired(Instant now) {
        if (now == null) {
            throw invalid("releaseExpired", "now", "NotNull", "must not be null");
        }
        List<Reservation> released = new ArrayList<>();
        for (;;) {
            List<ReservationState> batch = read(t -> store.expiredReservations(t, now, SWEEP_BATCH));
            int before = released.size();
            for (ReservationState s : batch) {
                Reservation r = change(Optional.empty(),
                        t -> releaseIn(t, s.request().id(), ReleaseReason.EXPIRED, now, null));
                if (r != null) {
                    released.add(r);
                }
            }
            if (batch.size() < SWEEP_BATCH || released.size() == before) {
                return released;
            }
        }
    }

    @Override
    public Reservation holdUntilShipment(ReservationId id) {
        requireId("holdUntilShipment", id);
        return change(Optional.empty(), t -> {
            ReservationState s = store.reservation(t, id).orElseThrow(() -> new ReservationNotFoundException(id));
            if (s.status() != ReservationStatus.ACTIVE) {
                throw new ReservationStateException(id, s.status(), ReservationStatus.ACTIVE);
            }
            if (s.expiresAt().isEmpty()) {
                return s.toReservation();
            }
            ReservationState next = s.next(s.held(), s.sold(), Optional.empty(), ReservationStatus.ACTIVE,
                    Optional.empty());
            if (!store.updateReservation(t, next, s.version())) {
                throw new ConcurrentReservationException(id);
            }
            emit(t, new InventoryEvent.ReservationHeldUntilShipment(tenant, id, next.version(), clock.instant()),
                    null);
            return next.toReservation();
        });
    }

    @Override
    public boolean forget(ReservationId id) {
        requireId("forget", id);
        return change(Optional.empty(), t -> store.forgetReservation(t, id));
    }

    @Override
    public Optional<Reservation> reservation(ReservationId id) {
        requireId("reservation", id);
        return read(t -> store.reservation(t, id).map(ReservationState::toReservation));
    }

    @Override
    public List<Reservation> reservationsOf(OrderId owner) {
        if (owner == null) {
            throw invalid("reservationsOf", "owner", "NotNull", "must not be null");
        }
        return read(t -> store.activeReservationsOf(t, owner).stream().map(ReservationState::toReservation).toList());
    }

    // ------------------------------------------------------------------ queries

    @Override
    public Optional<StockLevel> level(Sku sku, LocationId location) {
        requireCell("level", sku, location);
        return read(t -> store.level(t, sku, location));
    }

    @Override
    public List<StockLevel> levels(Sku sku) {
        requireSku("levels", sku);
        return read(t -> store.levels(t, sku));
    }

    @Override
    public long available(Sku sku, LocationId location) {
        return level(sku, location).map(l -> Math.max(0, l.available())).orElse(0L);
    }

    @Override
    public long available(Sku sku) {
        long sum = 0;
        for (StockLevel l : levels(sku)) {
            sum += Math.max(0, l.available());
        }
        return sum;
    }

    @Override
    public List<Sku> skus() {
        return read(store::skus);
    }

    @Override
    public List<Movement> movements(Sku sku, LocationId location) {
        requireCell("movements", sku, location);
        return read(t -> store.movements(t, sku, location));
    }

    @Override
    public List<Movement> movementsAfter(long sequence) {
        return read(t -> store.movementsAfter(t, sequence, Integer.MAX_VALUE));
    }

    @Override
    public long lastMovementSequence() {
        return read(store::lastMovementSequence);
    }

    @Override
    public VerificationReport verify() {
        return read(store::verify);
    }

    // ------------------------------------------------------------------ available to promise

    @Override
    public void expectInbound(InboundSupply supply) {
        if (supply == null) {
            throw invalid("expectInbound", "supply", "NotNull", "must not be null");
        }
        positive("expectInbound", "quantity", supply.quantity());
        if (supply.reference().isBlank()) {
            throw invalid("expectInbound", "reference", "NotBlank", "must not be blank");
        }
        change(Optional.empty(), t -> {
            store.ensureStocked(t, supply.sku(), supply.location());
            Optional<SupplyState> existing = store.supply(t, supply.reference(), supply.sku(), supply.location());
            if (existing.isEmpty()) {
                store.putSupply(t, new SupplyState(supply, List.of(), 0));
                return null;
            }
            SupplyState s = existing.get();
            if (supply.quantity() < s.promised()) {
                throw new InsufficientStockException(supply.sku(), supply.location(), s.promised(), supply.quantity());
            }
            reschedule(t, s, new InboundSupply(s.reference(), supply.sku(), supply.location(), supply.quantity(),
                    supply.expectedOn()));
            return null;
        });
    }

    @Override
    public List<InboundSupply> inbound(Sku sku, LocationId location) {
        requireCell("inbound", sku, location);
        return read(t -> store.supplies(t, sku, location).stream().map(SupplyState::supply)
                .filter(s -> s.quantity() > 0).toList());
    }

    @Override
    public long availableToPromise(Sku sku, LocationId location, LocalDate date) {
        requireCell("availableToPromise", sku, location);
        if (date == null) {
            throw invalid("availableToPromise", "date", "NotNull", "must not be null");
        }
        return read(t -> store.level(t, sku, location).map(l -> atp(t, l, date)).orElse(0L));
    }

    @Override
    public long availableToPromise(Sku sku, LocalDate date) {
        requireSku("availableToPromise", sku);
        if (date == null) {
            throw invalid("availableToPromise", "date", "NotNull", "must not be null");
        }
        return read(t -> {
            long sum = 0;
            for (StockLevel l : store.levels(t, sku)) {
                sum += atp(t, l, date);
            }
            return sum;
        });
    }

    /** Available now at the level's location plus what arrives there by {@code date} and is not yet promised. */
    private long atp(Transaction t, StockLevel level, LocalDate date) {
        long atp = Math.max(0, level.available());
        if (level.inbound() == 0) {
            return atp;
        }
        for (SupplyState s : store.supplies(t, level.sku(), level.location())) {
            if (!s.supply().expectedOn().isAfter(date)) {
                atp += Math.max(0, s.supply().quantity() - s.promised());
            }
        }
        return atp;
    }

    @Override
    public Backorder backorder(ReservationId id, OrderId owner, Sku sku, LocationId location, long quantity) {
        requireId("backorder", id);
        if (owner == null) {
            throw invalid("backorder", "owner", "NotNull", "must not be null");
        }
        requireCell("backorder", sku, location);
        positive("backorder", "quantity", quantity);
        return change(Optional.empty(), t -> {
            Optional<Backorder> existing = store.backorder(t, id);
            if (existing.isPresent()) {
                Backorder b = existing.get();
                if (b.owner().equals(owner) && b.sku().equals(sku) && b.location().equals(location)
                        && b.quantity() == quantity) {
                    return b;
                }
                throw new ReservationConflictException(id);
            }
            if (store.reservation(t, id).isPresent()) {
                throw new ReservationConflictException(id);
            }
            if (store.level(t, sku, location).isEmpty()) {
                throw new UnknownStockException(sku, location);
            }
            long best = 0;
            for (SupplyState s : store.supplies(t, sku, location)) {
                long free = s.supply().quantity() - s.promised();
                if (free >= quantity) {
                    Backorder b = new Backorder(id, owner, sku, location, quantity, s.reference(),
                            s.supply().expectedOn());
                    List<Backorder> all = new ArrayList<>(s.backorders());
                    all.add(b);
                    store.putSupply(t, new SupplyState(s.supply(), all, s.slips()));
                    return b;
                }
                best = Math.max(best, free);
            }
            throw new InsufficientStockException(sku, location, quantity, best);
        });
    }

    @Override
    public List<Backorder> backorders(String supplyReference, Sku sku, LocationId location) {
        requireCell("backorders", sku, location);
        return read(t -> store.supply(t, supplyReference, sku, location).map(SupplyState::backorders)
                .orElse(List.of()));
    }

    @Override
    public List<OrderId> rescheduleInbound(String supplyReference, Sku sku, LocationId location, LocalDate newDate) {
        requireCell("rescheduleInbound", sku, location);
        if (newDate == null) {
            throw invalid("rescheduleInbound", "newDate", "NotNull", "must not be null");
        }
        return change(Optional.empty(), t -> {
            SupplyState s = store.supply(t, supplyReference, sku, location)
                    .orElseThrow(() -> new SupplyNotFoundException(supplyReference));
            return reschedule(t, s, new InboundSupply(s.reference(), sku, location, s.supply().quantity(), newDate));
        });
    }

    /** Stores a supply's new quantity and date; a later date moves its backorders' promises and is announced. */
    private List<OrderId> reschedule(Transaction t, SupplyState s, InboundSupply updated) {
        LocalDate from = s.supply().expectedOn();
        List<Backorder> moved = new ArrayList<>(s.backorders().size());
        List<OrderId> owners = new ArrayList<>();
        for (Backorder b : s.backorders()) {
            moved.add(new Backorder(b.id(), b.owner(), b.sku(), b.location(), b.quantity(), b.supplyReference(),
                    updated.expectedOn()));
            if (!owners.contains(b.owner())) {
                owners.add(b.owner());
            }
        }
        boolean slipped = updated.expectedOn().isAfter(from) && !owners.isEmpty();
        store.putSupply(t, new SupplyState(updated, moved, s.slips() + (slipped ? 1 : 0)));
        if (slipped) {
            String aggregate = AggregateIds.of(s.reference(), updated.sku().value(), updated.location().value());
            emit(t, new InventoryEvent.SupplySlipped(tenant, s.reference(), updated.sku(), updated.location(), from,
                    updated.expectedOn(), owners, store.nextSequence(t, "inbound-supply", aggregate), clock.instant()),
                    null);
        }
        return owners;
    }

    @Override
    public List<Reservation> receiveInbound(String supplyReference, Sku sku, LocationId location, long quantity) {
        requireCell("receiveInbound", sku, location);
        positive("receiveInbound", "quantity", quantity);
        return change(Optional.empty(), t -> {
            SupplyState s = store.supply(t, supplyReference, sku, location)
                    .orElseThrow(() -> new SupplyNotFoundException(supplyReference));
            Instant now = clock.instant();
            book(t, new MovementDraft(sku, location, quantity, MovementReason.RECEIPT, supplyReference, now, false, false),
                    null);
            long left = quantity;
            List<Backorder> waiting = new ArrayList<>(s.backorders());
            List<Reservation> made = new ArrayList<>();
            while (!waiting.isEmpty() && waiting.get(0).quantity() <= left) {
                Backorder b = waiting.get(0);
                if (store.tryReserve(t, sku, location, b.quantity()) < b.quantity()) {
                    break; // nothing was taken
                }
                ReservationRequest req = ReservationRequest.untilShipment(b.id(), b.owner(),
                        ReservationLine.at(0, sku, location, b.quantity()));
                long base = store.lastVersion(t, b.id());
                List<ReservedLine> held = List.of(new ReservedLine(0, sku, location, b.quantity()));
                ReservationState state = new ReservationState(req, held, List.of(), Optional.empty(),
                        ReservationStatus.ACTIVE, Optional.empty(), base + 1);
                if (!store.insertReservation(t, state)) {
                    store.unreserve(t, sku, location, b.quantity());
                    break;
                }
                emit(t, new InventoryEvent.StockReserved(tenant, b.id(), b.owner(), held, base + 1, now), null);
                waiting.remove(0);
                left -= b.quantity();
                made.add(state.toReservation());
            }
            long remaining = Math.max(0, s.supply().quantity() - quantity);
            if (remaining == 0 && waiting.isEmpty()) {
                store.removeSupply(t, supplyReference, sku, location);
            } else {
                store.putSupply(t, new SupplyState(new InboundSupply(s.reference(), sku, location, remaining,
                        s.supply().expectedOn()), waiting, s.slips()));
            }
            return made;
        });
    }

    // ------------------------------------------------------------------ channels

    @Override
    public InventoryEvent.ChannelStockChanged recordChannelStock(String channel, Sku sku, long quantity) {
        List<Violation> v = new ArrayList<>(3);
        if (channel == null || channel.isBlank()) {
            v.add(new Violation("channel", "NotBlank", "must not be blank"));
        }
        if (sku == null) {
            v.add(new Violation("sku", "NotNull", "must not be null"));
        }
        if (quantity < 0 || quantity > InventoryStore.MAX_UNITS) {
            v.add(new Violation("quantity", "Range", "must be between 0 and " + InventoryStore.MAX_UNITS + ", was "
                    + quantity));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("recordChannelStock", v);
        }
        return change(Optional.empty(), t -> {
            long sequence = store.nextSequence(t, "channel-stock", AggregateIds.of(channel, sku.value()));
            InventoryEvent.ChannelStockChanged e = new InventoryEvent.ChannelStockChanged(tenant, channel, sku,
                    quantity, sequence, clock.instant());
            emit(t, e, null);
            return e;
        });
    }

    // ------------------------------------------------------------------ sourcing

    @Override
    public SourcingPlan planSourcing(List<SourcingLine> lines, Optional<Destination> destination) {
        if (lines == null || destination == null) {
            throw invalid("planSourcing", lines == null ? "lines" : "destination", "NotNull", "must not be null");
        }
        return read(t -> plan(t, lines, destination));
    }

    private SourcingPlan plan(Transaction t, List<SourcingLine> lines, Optional<Destination> destination) {
        Map<LocationId, SourcingLocation> candidates = new LinkedHashMap<>();
        Map<String, Long> availability = new java.util.HashMap<>();
        for (SourcingLine l : lines) {
            for (StockLevel level : store.levels(t, l.sku())) {
                candidates.computeIfAbsent(level.location(),
                        id -> locations.getOrDefault(id, SourcingLocation.unknown(id)));
                availability.put(level.sku().value() + '\u0000' + level.location().value(),
                        Math.max(0, level.available()));
            }
        }
        return sourcing.plan(new SourcingRequest(lines, List.copyOf(candidates.values()), destination,
                (sku, loc) -> availability.getOrDefault(sku.value() + '\u0000' + loc.value(), 0L)));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Runs a change as one atomic unit of the store (inside {@code outer} when given). A lost race
     * for a reservation id is answered like a repeat of the winner.
     */
    private <T> T change(Optional<Transaction> outer, dev.orderan.core.store.TransactionalWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                return store.atomically(outer, work);
            } catch (ConcurrentReservationException raced) {
                if (attempt > 100) {
                    throw new IllegalStateException("reservation " + raced.id + " kept changing under us", raced);
                }
                // The winner committed; the next attempt sees it and answers as a repeat (or moves on).
            }
        }
    }

    /**
     * Records an event in the store's outbox with the metadata of the order command behind it
     * ({@code cause}; null for a change of its own), and has the listeners told once the change
     * has committed.
     */
    private void emit(Transaction t, InventoryEvent event, EventMetadata cause) {
        store.emit(t, event, cause != null ? cause
                : new EventMetadata(Optional.empty(), event.aggregateId(), Optional.empty()));
        if (listeners.length > 0) {
            store.afterCommit(t, () -> fire(event));
        }
    }

    private <T> T read(dev.orderan.core.store.TransactionalWork<T> work) {
        return store.atomically(Optional.empty(), work);
    }

    /**
     * Tells every listener about a committed event. A listener that throws is logged (its class,
     * the event's type, aggregate type and sequence, and where it failed; no payload and no message,
     * which could hold personal data) and the others are still told: the change stays committed.
     */
    private void fire(InventoryEvent event) {
        for (InventoryListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException ex) {
                StackTraceElement[] where = ex.getStackTrace();
                LOG.warn("inventory listener {} failed on {} #{} of a {} with {} at {}; the change stays committed",
                        l.getClass().getName(), event.type(), event.sequence(), event.aggregateType(),
                        ex.getClass().getName(), where.length > 0 ? where[0] : "an unknown place");
            }
        }
    }

    private void alerts(Transaction t, Sku sku, LocationId location, long before, long after, EventMetadata cause) {
        if (after >= before || after > lowStockThreshold || before <= 0) {
            return; // the common case: nothing crossed a threshold
        }
        if (after <= 0) {
            emit(t, new InventoryEvent.OutOfStock(tenant, sku, location,
                    store.nextSequence(t, "stock-alert", AggregateIds.of(sku.value(), location.value())),
                    clock.instant()), cause);
        } else if (lowStockThreshold > 0 && before > lowStockThreshold) {
            emit(t, new InventoryEvent.LowStock(tenant, sku, location, after, lowStockThreshold,
                    store.nextSequence(t, "stock-alert", AggregateIds.of(sku.value(), location.value())),
                    clock.instant()), cause);
        }
    }

    private static List<ReservedLine> subtract(List<ReservedLine> held, List<ReservedLine> part) {
        List<ReservedLine> out = new ArrayList<>(held.size());
        for (ReservedLine h : held) {
            long q = h.quantity();
            for (ReservedLine p : part) {
                if (p.line() == h.line() && p.location().equals(h.location())) {
                    long take = Math.min(q, p.quantity());
                    q -= take;
                }
            }
            if (q > 0) {
                out.add(new ReservedLine(h.line(), h.sku(), h.location(), q));
            }
        }
        return out;
    }

    private static List<ReservedLine> add(List<ReservedLine> sold, List<ReservedLine> more) {
        List<ReservedLine> out = new ArrayList<>(sold);
        for (ReservedLine m : more) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                ReservedLine s = out.get(i);
                if (s.line() == m.line() && s.location().equals(m.location())) {
                    out.set(i, new ReservedLine(s.line(), s.sku(), s.location(), s.quantity() + m.quantity()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(m);
            }
        }
        return out;
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
        List<ReservationLine> lines = request.lines();
        if (lines == null || lines.isEmpty()) {
            v.add(new Violation("lines", "NotEmpty", "must not be empty"));
        }
        for (int i = 0; lines != null && i < lines.size(); i++) {
            ReservationLine l = lines.get(i);
            if (l == null) {
                v.add(new Violation("lines[" + i + "]", "NotNull", "must not be null"));
                continue;
            }
            long q = l.quantity();
            if (q <= 0) {
                v.add(new Violation("lines[" + i + "].quantity", "Positive", "must be greater than 0, was " + q));
            } else if (q > InventoryStore.MAX_UNITS) {
                v.add(new Violation("lines[" + i + "].quantity", "Max", "must be at most " + InventoryStore.MAX_UNITS));
            }
            if (l.line() < 0) {
                v.add(new Violation("lines[" + i + "].line", "PositiveOrZero", "must not be negative, was " + l.line()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("ReservationRequest", v);
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

    private static void requireCell(String subject, Sku sku, LocationId location) {
        List<Violation> v = new ArrayList<>(2);
        if (sku == null) {
            v.add(new Violation("sku", "NotNull", "must not be null"));
        }
        if (location == null) {
            v.add(new Violation("location", "NotNull", "must not be null"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(subject, v);
        }
    }

    private static void requireSku(String subject, Sku sku) {
        if (sku == null) {
            throw invalid(subject, "sku", "NotNull", "must not be null");
        }
    }

    private static void requireTx(String subject, Transaction tx) {
        if (tx == null) {
            throw invalid(subject, "tx", "NotNull", "must not be null");
        }
    }

    private static void requireMetadata(String subject, EventMetadata metadata) {
        if (metadata == null) {
            throw invalid(subject, "metadata", "NotNull", "must not be null");
        }
    }

    private static void requireId(String subject, ReservationId id) {
        if (id == null) {
            throw invalid(subject, "id", "NotNull", "must not be null");
        }
    }

    private static void requireRelease(ReservationId id, ReleaseReason reason) {
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
    }

    private static void positive(String subject, String field, long value) {
        if (value <= 0) {
            throw invalid(subject, field, "Positive", "must be greater than 0, was " + value);
        }
        if (value > InventoryStore.MAX_UNITS) {
            throw invalid(subject, field, "Max", "must be at most " + InventoryStore.MAX_UNITS + ", was " + value);
        }
    }

    private static ValidationFailedException invalid(String subject, String path, String rule, String message) {
        return new ValidationFailedException(subject, List.of(new Violation(path, rule, message)));
    }

    /** Builds an {@link InventoryService}. */
    public static class Builder {

        private InventoryStore store;
        private Clock clock = Clock.systemUTC();
        private long lowStockThreshold;
        private SourcingStrategy sourcing = SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority());
        private final Map<LocationId, SourcingLocation> locations = new LinkedHashMap<>();
        private final List<InventoryListener> listeners = new ArrayList<>();

        /** A builder over a store. */
        protected Builder(InventoryStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** A builder whose store is chosen when the service is built ({@link #useStore}). */
        protected Builder() {
        }

        /** Sets the store (for subclasses that make it at build time). */
        protected void useStore(InventoryStore value) {
            this.store = Objects.requireNonNull(value, "store");
        }

        /** The clock stamping movements and events (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Records {@link InventoryEvent.LowStock} when available falls to or below {@code units} (0 = never). */
        public Builder lowStockThreshold(long units) {
            if (units < 0) {
                throw new IllegalArgumentException("lowStockThreshold: must not be negative, was " + units);
            }
            this.lowStockThreshold = units;
            return this;
        }

        /** The strategy placing reservation lines that name no location. */
        public Builder sourcing(SourcingStrategy strategy) {
            this.sourcing = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Describes a location for sourcing (priority, zone, coordinates). */
        public Builder location(SourcingLocation location) {
            this.locations.put(location.id(), location);
            return this;
        }

        /**
         * Registers an in-process listener, told about the events of each change once the change has
         * committed (inside an order's transaction: once the order's transaction has committed), and
         * never about a change that was rolled back. Events always reach the store's outbox; a
         * listener is for in-process reactions only (channel stock, a dashboard). A listener that
         * throws is logged and undoes nothing.
         */
        public Builder listener(InventoryListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The service. */
        public InventoryService build() {
            return new InventoryService(this);
        }
    }
}
