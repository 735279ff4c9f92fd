package dev.orderan.inventory.spi;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.VerificationReport;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where one tenant's stock is kept: the storage primitives {@link dev.orderan.inventory.engine.InventoryService}
 * builds every rule on. Each method is atomic on its own and, given a transaction, commits or rolls
 * back with it. A store never decides a business rule beyond the conditions its methods name (enough
 * units available, a version that matches, a key not used yet).
 *
 * <p>Quantities per SKU and location are at most {@link #MAX_UNITS}.
 */
public interface InventoryStore {

    /** The largest quantity a SKU can have at a location, on hand or reserved. */
    long MAX_UNITS = Integer.MAX_VALUE;

    /** The tenant whose stock this is. */
    TenantId tenant();

    /**
     * Runs work as one atomic change: inside {@code outer} when given (an order's transaction, of this
     * store's adapter family), else in a transaction of the store's own that commits when the work
     * returns and rolls back when it throws. Events emitted in it reach the outbox on commit.
     */
    <T> T atomically(Optional<Transaction> outer, TransactionalWork<T> work);

    /**
     * Runs {@code action} once the transaction has committed (for a change inside an order's
     * transaction: once that transaction has committed), on the committing thread, after anything
     * the store itself does at commit, in the order registered. It never runs when the transaction,
     * or the atomic change that registered it, rolls back. Listeners are told this way.
     */
    void afterCommit(Transaction tx, Runnable action);

    // ---------------------------------------------------------------- stock per SKU and location

    /** The stock of a SKU at a location, if it was ever stocked there (inbound is the open supply). */
    Optional<StockLevel> level(Transaction tx, Sku sku, LocationId location);

    /** True when the SKU was ever stocked at the location (a cheap check, no figures read). */
    boolean isStocked(Transaction tx, Sku sku, LocationId location);

    /** The stock of a SKU at every location where it was ever stocked. */
    List<StockLevel> levels(Transaction tx, Sku sku);

    /** Every SKU ever stocked. */
    List<Sku> skus(Transaction tx);

    /** Makes a SKU known at a location with nothing on hand (no effect when it is known). */
    void ensureStocked(Transaction tx, Sku sku, LocationId location);

    /** Sets the units held back from sale at a known SKU and location. */
    void setSafetyStock(Transaction tx, Sku sku, LocationId location, long units);

    /**
     * Reserves {@code quantity} units if that many are available (on hand − reserved − safety),
     * in one conditional step.
     *
     * @return the units available before: the units were reserved exactly when this is at least
     *     {@code quantity}
     * @throws dev.orderan.inventory.stock.UnknownStockException if the SKU was never stocked there
     */
    long tryReserve(Transaction tx, Sku sku, LocationId location, long quantity);

    /**
     * Gives back reserved units (only ever units this caller reserved). Other transactions may take
     * them only once this transaction has committed: a release that is rolled back never freed them.
     */
    void unreserve(Transaction tx, Sku sku, LocationId location, long quantity);

    /**
     * Changes on hand and appends the movement, together. A decrease takes only unreserved units
     * unless the draft forces it. An idempotent draft whose SKU, location, reason and reference match
     * an earlier idempotent movement changes nothing and returns that movement
     * ({@link MovementResult#repeated()}).
     *
     * @throws dev.orderan.inventory.stock.InsufficientStockException if a decrease needs more unreserved
     *     units than there are (nothing changes)
     * @throws dev.orderan.inventory.stock.UnknownStockException if the SKU was never stocked there
     */
    MovementResult move(Transaction tx, MovementDraft draft);

    /**
     * Sells reserved units: on hand and reserved both drop by {@code quantity} and a sale movement is
     * appended, together. Rolled back, the units are on hand and reserved again in one step.
     */
    MovementResult sellReserved(Transaction tx, Sku sku, LocationId location, long quantity, String reference,
            Instant at);

    // ---------------------------------------------------------------- ledger

    /** The ledger of a SKU at a location, oldest first (read from an index, not a scan). */
    List<Movement> movements(Transaction tx, Sku sku, LocationId location);

    /** Movements with a sequence above {@code sequence}, oldest first, at most {@code limit}. */
    List<Movement> movementsAfter(Transaction tx, long sequence, int limit);

    /**
     * The sequence of the latest movement, 0 when there is none. Movements are numbered from 1
     * without gaps: a rolled-back movement leaves no entry and its number goes to the next one.
     */
    long lastMovementSequence(Transaction tx);

    // ---------------------------------------------------------------- reservations

    /** The reservation with this id, settled ones included until they are forgotten. */
    Optional<ReservationState> reservation(Transaction tx, ReservationId id);

    /**
     * The version the next reservation with this id starts after: 0 for an id never used, the last
     * version of a forgotten reservation otherwise (a reused id continues its sequence).
     */
    long lastVersion(Transaction tx, ReservationId id);

    /**
     * Stores a new reservation if the id is free.
     *
     * @return false when a reservation with the id exists (nothing stored)
     */
    boolean insertReservation(Transaction tx, ReservationState state);

    /**
     * Replaces a reservation's state when its stored version is {@code expectedVersion}.
     *
     * @return false when the stored version differs (nothing changes)
     */
    boolean updateReservation(Transaction tx, ReservationState next, long expectedVersion);

    /**
     * Forgets a settled (committed or released) reservation so its id may be used again, keeping
     * its last version.
     *
     * @return true when one was forgotten
     */
    boolean forgetReservation(Transaction tx, ReservationId id);

    /** Active reservations whose expiry is at or before {@code now}, at most {@code limit}. */
    List<ReservationState> expiredReservations(Transaction tx, Instant now, int limit);

    /** The active reservations of an order. */
    List<ReservationState> activeReservationsOf(Transaction tx, OrderId owner);

    /** Every active reservation, for consistency checks. */
    List<ReservationState> activeReservations(Transaction tx);

    // ---------------------------------------------------------------- inbound supply and backorders

    /** The open supply of a SKU at a location, earliest expected first. */
    List<SupplyState> supplies(Transaction tx, Sku sku, LocationId location);

    /** Stores a supply, replacing the one with the same reference, SKU and location. */
    void putSupply(Transaction tx, SupplyState supply);

    /** Removes a supply. */
    void removeSupply(Transaction tx, String reference, Sku sku, LocationId location);

    /** The backorder with this id, in whichever supply it waits. */
    Optional<dev.orderan.inventory.atp.Backorder> backorder(Transaction tx, ReservationId id);

    /** The supply with a reference at a SKU and location. */
    default Optional<SupplyState> supply(Transaction tx, String reference, Sku sku, LocationId location) {
        for (SupplyState s : supplies(tx, sku, location)) {
            if (s.reference().equals(reference)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- events and checks

    /**
     * The next number of an event stream other than reservations and the ledger (alerts, supply
     * slips, channel stock), from 1 without gaps: a number taken by a change that rolls back is
     * taken again by the next change.
     */
    long nextSequence(Transaction tx, String aggregateType, String aggregateId);

    /**
     * Hands an event with its metadata to the outbox of the transaction's adapter; it is published on
     * commit.
     */
    void emit(Transaction tx, InventoryEvent event, EventMetadata metadata);

    /**
     * False when the store's outbox keeps no events (a host that consumes none): the engine then
     * makes no events for its most frequent operations unless it has listeners. Stores with an
     * outbox keep the default.
     */
    default boolean recordsEvents() {
        return true;
    }

    /**
     * True when another transaction never sees this store's uncommitted writes (it waits for them or
     * reads around them) and a rolled-back change leaves none behind: the engine then stores a new
     * reservation and its events before it takes the units, so the rows {@link #tryReserve} locks
     * stay locked only for the rest of the change. A store whose writes are visible at once keeps the
     * default (false): the reservation is stored only once its units are taken, so no one ever reads
     * a reservation that a refused reserve then takes back.
     */
    default boolean recordsReservationBeforeReserving() {
        return false;
    }

    /**
     * Checks the stored figures against each other: on hand = Σ movements, reserved = Σ units held
     * by active reservations, and never more reserved than on hand.
     */
    VerificationReport verify(Transaction tx);

    /** A supply as the store keeps it: the expected units and the backorders promised out of them. */
    record SupplyState(InboundSupply supply, List<dev.orderan.inventory.atp.Backorder> backorders, long slips) {
        /** Copies the list. */
        public SupplyState {
            java.util.Objects.requireNonNull(supply, "supply");
            backorders = List.copyOf(backorders);
        }

        /** The supply's reference. */
        public String reference() {
            return supply.reference();
        }

        /** Units promised to backorders. */
        public long promised() {
            long sum = 0;
            for (var b : backorders) {
                sum += b.quantity();
            }
            return sum;
        }
    }
}
