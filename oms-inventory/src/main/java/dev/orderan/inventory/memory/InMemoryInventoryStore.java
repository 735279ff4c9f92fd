package dev.orderan.inventory.memory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.store.memory.InMemoryTransaction;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.internal.Ledger;
import dev.orderan.inventory.internal.SkuStock;
import dev.orderan.inventory.internal.StockCell;
import dev.orderan.inventory.VerificationReport;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.spi.InventoryStore;
import dev.orderan.inventory.spi.MovementDraft;
import dev.orderan.inventory.spi.MovementResult;
import dev.orderan.inventory.spi.ReservationState;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory {@link InventoryStore}. Stock of a SKU at a location is one 64-bit word changed by
 * compare-and-set ({@link StockCell}), so reserving never takes a lock and unrelated SKUs never
 * contend. A reservation id keeps its slot when the reservation is forgotten, and a reused id takes
 * the slot back (no map insert or removal on the hot path, and the id's event sequence goes on).
 * Movements are appended to a chunked ledger and indexed per SKU and location.
 *
 * <p>Writes apply at once and register how to undo them with the transaction. Units a release gives
 * back become free only when its transaction commits, so a rolled-back release never freed anything
 * another thread could have taken; a rolled-back sale puts its units back on hand and reserved in one
 * step. A transaction that appends a movement or takes an event number (alerts, supply slips, channel
 * stock) holds the store's numbering lock until it commits or rolls back, so a rolled-back change
 * takes its movements and numbers back and leaves no gap; reservations take it only when they raise
 * an alert, releases never.
 *
 * <p>Why one class of this size: it is the in-memory implementation of one SPI; its parts share the
 * cells, the ledger and the transaction handling.
 */
public final class InMemoryInventoryStore implements InventoryStore {

    private final InMemoryStore owner;
    private final TenantId tenant;
    private final ConcurrentHashMap<Sku, SkuStock> stock = new ConcurrentHashMap<>();
    private final Ledger ledger = new Ledger();
    private final ConcurrentHashMap<ReservationId, Slot> reservations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CellKey, List<SupplyState>> supplies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ReservationId, Backorder> backorders = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    // Held by the one transaction that may append movements or take event numbers, until it ends.
    private final ReentrantLock numbering = new ReentrantLock();
    // The transaction holding the numbering lock; read and written only by the lock's owner thread.
    private InMemoryTransaction numberingHolder;

    /** A reservation id's slot: its current state (null once forgotten) and the last version it reached. */
    private static final class Slot {
        volatile ReservationState state;
        long lastVersion;

        Slot(ReservationState state) {
            this.state = state;
        }
    }

    /** An empty store for a tenant whose transactions and outbox are those of {@code owner}. */
    public InMemoryInventoryStore(InMemoryStore owner, TenantId tenant) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public <T> T atomically(Optional<Transaction> outer, TransactionalWork<T> work) {
        return owner.atomically(tenant, outer, work);
    }

    private InMemoryTransaction tx(Transaction t) {
        InMemoryTransaction mt = owner.open(t);
        if (!mt.tenant().equals(tenant)) {
            throw new IllegalArgumentException("tx: a transaction of " + mt.tenant() + " cannot reach the stock of "
                    + tenant);
        }
        return mt;
    }

    // ------------------------------------------------------------------ transactions

    /**
     * Lets the transaction append movements and take event numbers until it ends: everything it
     * appends or takes is the latest, so a rollback can take it back without leaving a gap.
     */
    private void holdNumbering(InMemoryTransaction mt) {
        if (numbering.isHeldByCurrentThread()) {
            if (numberingHolder == mt) {
                return;
            }
            throw new IllegalStateException("another transaction of the inventory of " + tenant
                    + " is open on this thread; a change cannot run inside it without joining it");
        }
        numbering.lock();
        numberingHolder = mt;
        mt.onRollback(() -> {
            numberingHolder = null;
            numbering.unlock();
        });
        mt.onCommit(() -> releaseNumbering(mt));
    }

    /** Frees the numbering lock if the (committed) transaction still holds it. */
    private void releaseNumbering(InMemoryTransaction mt) {
        if (numbering.isHeldByCurrentThread() && numberingHolder == mt) {
            numberingHolder = null;
            numbering.unlock();
        }
    }

    @Override
    public void afterCommit(Transaction t, Runnable action) {
        Objects.requireNonNull(action, "action");
        InMemoryTransaction mt = tx(t);
        mt.onCommit(() -> {
            // The transaction has committed: its numbers are final, so the lock goes before any
            // action runs (a listener may change stock, on this thread).
            releaseNumbering(mt);
            action.run();
        });
    }

    // ------------------------------------------------------------------ cells

    private StockCell find(Sku sku, LocationId location) {
        SkuStock s = stock.get(sku);
        return s == null ? null : s.find(location);
    }

    private StockCell cell(Sku sku, LocationId location) {
        StockCell c = find(sku, location);
        if (c == null) {
            throw new UnknownStockException(sku, location);
        }
        return c;
    }

    private StockLevel levelOf(StockCell c) {
        long s = c.state();
        long inbound = 0;
        // Most shops expect no inbound supply for most cells: no lookup at all then.
        List<SupplyState> list = supplies.isEmpty() ? null : supplies.get(key(c.sku(), c.location()));
        if (list != null) {
            synchronized (list) {
                for (SupplyState ss : list) {
                    inbound += ss.supply().quantity();
                }
            }
        }
        return new StockLevel(c.sku(), c.location(), StockCell.onHand(s), StockCell.reserved(s), c.safety(), inbound);
    }

    @Override
    public Optional<StockLevel> level(Transaction t, Sku sku, LocationId location) {
        tx(t);
        StockCell c = find(sku, location);
        return c == null ? Optional.empty() : Optional.of(levelOf(c));
    }

    @Override
    public boolean isStocked(Transaction t, Sku sku, LocationId location) {
        tx(t);
        return find(sku, location) != null;
    }

    @Override
    public List<StockLevel> levels(Transaction t, Sku sku) {
        tx(t);
        SkuStock s = stock.get(sku);
        if (s == null) {
            return List.of();
        }
        List<StockLevel> out = new ArrayList<>();
        for (StockCell c : s.cells()) {
            out.add(levelOf(c));
        }
        return out;
    }

    @Override
    public List<Sku> skus(Transaction t) {
        tx(t);
        return List.copyOf(stock.keySet());
    }

    @Override
    public void ensureStocked(Transaction t, Sku sku, LocationId location) {
        InMemoryTransaction mt = tx(t);
        SkuStock s = stock.computeIfAbsent(sku, SkuStock::new);
        if (s.find(location) == null) {
            StockCell created = s.findOrCreate(location);
            mt.onRollback(() -> {
                // A cell made by a rolled-back change leaves no trace unless something else used it since.
                if (created.state() == 0 && created.movementSequences().length == 0) {
                    s.remove(created);
                }
            });
        }
    }

    @Override
    public void setSafetyStock(Transaction t, Sku sku, LocationId location, long units) {
        InMemoryTransaction mt = tx(t);
        StockCell c = cell(sku, location);
        long before = c.safety();
        c.safety((int) units);
        mt.onRollback(() -> c.safety((int) before));
    }

    @Override
    public long tryReserve(Transaction t, Sku sku, LocationId location, long quantity) {
        InMemoryTransaction mt = tx(t);
        StockCell c = cell(sku, location);
        long had = c.tryReserve(quantity);
        if (had >= quantity) {
            mt.onRollback(() -> c.unreserve(quantity));
        }
        return had;
    }

    @Override
    public void unreserve(Transaction t, Sku sku, LocationId location, long quantity) {
        InMemoryTransaction mt = tx(t);
        StockCell c = cell(sku, location);
        // Freed only once the release is committed: until then nobody can take the units, so a
        // rolled-back release has nothing to take back.
        afterCommit(mt, () -> c.unreserve(quantity));
    }

    @Override
    public MovementResult move(Transaction t, MovementDraft d) {
        InMemoryTransaction mt = tx(t);
        StockCell c = cell(d.sku(), d.location());
        holdNumbering(mt);
        long before;
        Movement m;
        long onHandAfter;
        // The cell lock keeps the cell's index consistent for readers and makes the idempotency check
        // and the append one step.
        synchronized (c) {
            before = c.available();
            if (d.idempotent()) {
                for (long seq : c.idempotentSequences()) {
                    Movement earlier = ledger.get(seq);
                    if (earlier.reason() == d.reason() && earlier.reference().equals(d.reference())) {
                        long s = c.state();
                        return new MovementResult(earlier, StockCell.onHand(s), before, before, true);
                    }
                }
            }
            onHandAfter = c.addOnHand(d.delta(), d.force());
            m = ledger.append(c, d.delta(), d.reason(), d.reference(), d.at());
            c.indexMovement(m.sequence());
            if (d.idempotent()) {
                c.indexIdempotent(m.sequence());
            }
        }
        mt.onRollback(() -> {
            synchronized (c) {
                c.addOnHand(-m.delta(), true);
                takeBack(c, m.sequence());
                if (d.idempotent()) {
                    c.unindexIdempotent(m.sequence());
                }
            }
        });
        return new MovementResult(m, onHandAfter, before, c.available(), false);
    }

    /** Takes a rolled-back movement out of the ledger and the cell's index (under the cell's lock). */
    private void takeBack(StockCell c, long sequence) {
        ledger.removeLast(sequence);
        c.unindexMovement(sequence);
    }

    @Override
    public MovementResult sellReserved(Transaction t, Sku sku, LocationId location, long quantity, String reference,
            Instant at) {
        InMemoryTransaction mt = tx(t);
        StockCell c = cell(sku, location);
        holdNumbering(mt);
        long before = c.available();
        Movement m;
        long onHand;
        synchronized (c) {
            onHand = c.commitReserved(quantity);
            m = ledger.append(c, -quantity, MovementReason.SALE, reference, at);
            c.indexMovement(m.sequence());
        }
        mt.onRollback(() -> {
            // Back on hand and reserved in one step, and the sale gone from the ledger.
            synchronized (c) {
                c.uncommitReserved(quantity);
                takeBack(c, m.sequence());
            }
        });
        return new MovementResult(m, onHand, before, c.available(), false);
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public List<Movement> movements(Transaction t, Sku sku, LocationId location) {
        tx(t);
        StockCell c = find(sku, location);
        if (c == null) {
            return List.of();
        }
        long[] seqs;
        synchronized (c) {
            seqs = c.movementSequences();
        }
        List<Movement> out = new ArrayList<>(seqs.length);
        for (long s : seqs) {
            out.add(ledger.get(s));
        }
        return out;
    }

    @Override
    public List<Movement> movementsAfter(Transaction t, long sequence, int limit) {
        tx(t);
        List<Movement> all = ledger.movements(x -> true, sequence);
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    @Override
    public long lastMovementSequence(Transaction t) {
        tx(t);
        return ledger.size();
    }

    // ------------------------------------------------------------------ reservations

    @Override
    public Optional<ReservationState> reservation(Transaction t, ReservationId id) {
        tx(t);
        Slot slot = reservations.get(id);
        return slot == null ? Optional.empty() : Optional.ofNullable(slot.state);
    }

    @Override
    public long lastVersion(Transaction t, ReservationId id) {
        tx(t);
        Slot slot = reservations.get(id);
        if (slot == null) {
            return 0;
        }
        synchronized (slot) {
            return slot.state == null ? slot.lastVersion : slot.state.version();
        }
    }

    @Override
    public boolean insertReservation(Transaction t, ReservationState state) {
        InMemoryTransaction mt = tx(t);
        ReservationId id = state.request().id();
        Slot slot = reservations.get(id);
        if (slot == null) {
            Slot fresh = new Slot(state);
            slot = reservations.putIfAbsent(id, fresh);
            if (slot == null) {
                mt.onRollback(() -> reservations.remove(id, fresh));
                return true;
            }
        }
        synchronized (slot) {
            if (slot.state != null) {
                return false;
            }
            slot.state = state;
        }
        Slot taken = slot;
        mt.onRollback(() -> {
            synchronized (taken) {
                if (taken.state == state) {
                    taken.state = null;
                }
            }
        });
        return true;
    }

    @Override
    public boolean updateReservation(Transaction t, ReservationState next, long expectedVersion) {
        InMemoryTransaction mt = tx(t);
        Slot slot = reservations.get(next.request().id());
        if (slot == null) {
            return false;
        }
        ReservationState previous;
        synchronized (slot) {
            previous = slot.state;
            if (previous == null || previous.version() != expectedVersion) {
                return false;
            }
            slot.state = next;
        }
        mt.onRollback(() -> {
            synchronized (slot) {
                if (slot.state == next) {
                    slot.state = previous;
                }
            }
        });
        return true;
    }

    @Override
    public boolean forgetReservation(Transaction t, ReservationId id) {
        InMemoryTransaction mt = tx(t);
        Slot slot = reservations.get(id);
        if (slot == null) {
            return false;
        }
        ReservationState was;
        long lastBefore;
        synchronized (slot) {
            was = slot.state;
            if (was == null || was.status() == ReservationStatus.ACTIVE) {
                return false;
            }
            lastBefore = slot.lastVersion;
            slot.lastVersion = was.version();
            slot.state = null;
        }
        mt.onRollback(() -> {
            synchronized (slot) {
                if (slot.state == null) {
                    slot.state = was;
                    slot.lastVersion = lastBefore;
                }
            }
        });
        return true;
    }

    @Override
    public List<ReservationState> expiredReservations(Transaction t, Instant now, int limit) {
        tx(t);
        List<ReservationState> out = new ArrayList<>();
        for (Slot slot : reservations.values()) {
            ReservationState s = slot.state;
            if (s != null && s.status() == ReservationStatus.ACTIVE && s.expiresAt().isPresent()
                    && !s.expiresAt().get().isAfter(now)) {
                out.add(s);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public List<ReservationState> activeReservationsOf(Transaction t, OrderId owner) {
        tx(t);
        List<ReservationState> out = new ArrayList<>();
        for (Slot slot : reservations.values()) {
            ReservationState s = slot.state;
            if (s != null && s.status() == ReservationStatus.ACTIVE && s.request().owner().equals(owner)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public List<ReservationState> activeReservations(Transaction t) {
        tx(t);
        List<ReservationState> out = new ArrayList<>();
        for (Slot slot : reservations.values()) {
            ReservationState s = slot.state;
            if (s != null && s.status() == ReservationStatus.ACTIVE) {
                out.add(s);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ inbound supply

    @Override
    public List<SupplyState> supplies(Transaction t, Sku sku, LocationId location) {
        tx(t);
        List<SupplyState> list = supplies.get(key(sku, location));
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    @Override
    public void putSupply(Transaction t, SupplyState supply) {
        InMemoryTransaction mt = tx(t);
        List<SupplyState> list = supplies.computeIfAbsent(key(supply.supply().sku(), supply.supply().location()),
                k -> new ArrayList<>());
        SupplyState previous = null;
        synchronized (list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).reference().equals(supply.reference())) {
                    previous = list.remove(i);
                    break;
                }
            }
            list.add(supply);
            list.sort((a, b) -> a.supply().expectedOn().compareTo(b.supply().expectedOn()));
        }
        reindex(previous, supply);
        SupplyState before = previous;
        mt.onRollback(() -> {
            synchronized (list) {
                list.remove(supply);
                if (before != null) {
                    list.add(before);
                    list.sort((a, b) -> a.supply().expectedOn().compareTo(b.supply().expectedOn()));
                }
            }
            reindex(supply, before);
        });
    }

    @Override
    public void removeSupply(Transaction t, String reference, Sku sku, LocationId location) {
        InMemoryTransaction mt = tx(t);
        List<SupplyState> list = supplies.get(key(sku, location));
        if (list == null) {
            return;
        }
        SupplyState removed = null;
        synchronized (list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).reference().equals(reference)) {
                    removed = list.remove(i);
                    break;
                }
            }
        }
        if (removed != null) {
            reindex(removed, null);
            SupplyState gone = removed;
            mt.onRollback(() -> {
                synchronized (list) {
                    list.add(gone);
                    list.sort((a, b) -> a.supply().expectedOn().compareTo(b.supply().expectedOn()));
                }
                reindex(null, gone);
            });
        }
    }

    private void reindex(SupplyState before, SupplyState after) {
        if (before != null) {
            for (Backorder b : before.backorders()) {
                backorders.remove(b.id(), b);
            }
        }
        if (after != null) {
            for (Backorder b : after.backorders()) {
                backorders.put(b.id(), b);
            }
        }
    }

    @Override
    public Optional<Backorder> backorder(Transaction t, ReservationId id) {
        tx(t);
        return Optional.ofNullable(backorders.get(id));
    }

    // ------------------------------------------------------------------ events and checks

    @Override
    public long nextSequence(Transaction t, String aggregateType, String aggregateId) {
        InMemoryTransaction mt = tx(t);
        holdNumbering(mt);
        AtomicLong counter = sequences.computeIfAbsent(aggregateType + '\u0000' + aggregateId, k -> new AtomicLong());
        long n = counter.incrementAndGet();
        // Nobody else took a number since (the numbering lock): a rolled-back number is given back.
        mt.onRollback(counter::decrementAndGet);
        return n;
    }

    @Override
    public boolean recordsEvents() {
        return owner.keepsEvents();
    }

    @Override
    public void emit(Transaction t, InventoryEvent event, EventMetadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        InMemoryTransaction mt = tx(t);
        mt.emit(new EventEnvelope<>(EventIds.timeOrdered(event.occurredAt()), event, metadata));
    }

    @Override
    public VerificationReport verify(Transaction t) {
        tx(t);
        Map<StockCell, long[]> ledgerSums = new IdentityHashMap<>();
        long[] movementCount = new long[1];
        ledger.forEachDelta((cell, delta) -> {
            ledgerSums.computeIfAbsent(cell, k -> new long[1])[0] += delta;
            movementCount[0]++;
        });
        Map<StockCell, long[]> reservedSums = new IdentityHashMap<>();
        long reservationCount = 0;
        for (Slot slot : reservations.values()) {
            ReservationState s = slot.state;
            if (s == null) {
                continue;
            }
            reservationCount++;
            if (s.status() == ReservationStatus.ACTIVE) {
                for (ReservedLine l : s.held()) {
                    StockCell c = find(l.sku(), l.location());
                    if (c != null) {
                        reservedSums.computeIfAbsent(c, k -> new long[1])[0] += l.quantity();
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

    private static CellKey key(Sku sku, LocationId location) {
        return new CellKey(sku, location);
    }

    /** A SKU at a location, as a map key (its parts' hashes are cached by their strings). */
    private record CellKey(Sku sku, LocationId location) {
    }

}
