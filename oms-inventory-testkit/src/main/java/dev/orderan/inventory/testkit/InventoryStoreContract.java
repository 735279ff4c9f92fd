package dev.orderan.inventory.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InventoryStore} must guarantee, checked through its own SPI: conditional
 * reservation that never oversells (also under contention), movements appended with their on-hand
 * change (idempotent ones once), versioned reservation records, supplies, per-aggregate sequences
 * without gaps, events with their metadata on commit only, actions after commit only, released units
 * free only once the release commits, and atomic changes that leave nothing behind when they fail
 * (no ledger entry, no event number). Extend it and return fresh, empty stores of two tenants sharing
 * one outbox from {@link #newSubject()}.
 */
public abstract class InventoryStoreContract {

    /** A fixed time for every test. */
    protected static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    /** The tenant of {@link Subject#store()}. */
    protected static final TenantId TENANT = TenantId.of("gayalokal");
    /** The tenant of {@link Subject#otherTenant()}. */
    protected static final TenantId OTHER = TenantId.of("tokolain");

    private static final EventMetadata METADATA = new EventMetadata(Optional.of("cmd-7"), "checkout-7",
            Optional.of("0190e0a2-7c1b-7000-8000-000000000007"));
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final LocationId SBY = LocationId.of("WH-SBY");

    /**
     * The adapter under test.
     *
     * @param store a store of {@link #TENANT}
     * @param otherTenant a store of {@link #OTHER} in the same database or memory
     * @param outbox the outbox both write to
     */
    public record Subject(InventoryStore store, InventoryStore otherTenant, Outbox outbox) {
    }

    /** Fresh, empty stores for one test. */
    protected abstract Subject newSubject();

    /** The adapter under test. */
    protected Subject subject;
    private InventoryStore store;

    @BeforeEach
    void setUpSubject() {
        subject = newSubject();
        store = subject.store();
    }

    private <T> T tx(TransactionalWork<T> work) {
        return store.atomically(Optional.empty(), work);
    }

    private boolean holds(TransactionalWork<Boolean> work) {
        return tx(work);
    }

    private void stocked(long onHand) {
        tx(t -> {
            store.ensureStocked(t, SHIRT, JKT);
            if (onHand > 0) {
                store.move(t, new MovementDraft(SHIRT, JKT, onHand, MovementReason.RECEIPT, "PO-0", T0, true, false));
            }
            return null;
        });
    }

    private StockLevel level() {
        return tx(t -> store.level(t, SHIRT, JKT)).orElseThrow();
    }

    private static ReservationState state(String id, long quantity, long version, Optional<Instant> expiry) {
        ReservationRequest request = new ReservationRequest(ReservationId.of(id), OrderId.of("order-" + id),
                List.of(ReservationLine.at(0, SHIRT, JKT, quantity)), expiry);
        return new ReservationState(request, List.of(new ReservedLine(0, SHIRT, JKT, quantity)), List.of(), expiry,
                ReservationStatus.ACTIVE, Optional.empty(), version);
    }

    @Test
    void aSkuBecomesKnownAtALocationWithNothingOnHand() {
        assertTrue(tx(t -> store.level(t, SHIRT, JKT)).isEmpty());
        tx(t -> {
            store.ensureStocked(t, SHIRT, JKT);
            store.ensureStocked(t, SHIRT, JKT);
            return null;
        });
        assertEquals(new StockLevel(SHIRT, JKT, 0, 0, 0, 0), level());
        assertTrue(holds(t -> store.isStocked(t, SHIRT, JKT)));
        assertFalse(holds(t -> store.isStocked(t, SHIRT, SBY)));
        assertEquals(List.of(SHIRT), tx(store::skus));
        assertEquals(1, tx(t -> store.levels(t, SHIRT)).size());
    }

    @Test
    void reservingTakesUnitsOnlyWhenEnoughAreAvailableAndSafetyStockIsHeldBack() {
        stocked(5);
        tx(t -> {
            store.setSafetyStock(t, SHIRT, JKT, 1);
            return null;
        });
        assertEquals(4, (long) tx(t -> store.tryReserve(t, SHIRT, JKT, 3)), "available before");
        assertEquals(1, (long) tx(t -> store.tryReserve(t, SHIRT, JKT, 2)), "refused: only 1 available");
        assertEquals(new StockLevel(SHIRT, JKT, 5, 3, 1, 0), level());
        tx(t -> {
            store.unreserve(t, SHIRT, JKT, 3);
            return null;
        });
        assertEquals(0, level().reserved());
        assertThrows(UnknownStockException.class, () -> tx(t -> store.tryReserve(t, SHIRT, SBY, 1)));
    }

    @Test
    void aMovementChangesOnHandAndTheLedgerTogetherAndAnIdempotentOneOnlyOnce() {
        stocked(5);
        MovementResult first = tx(t -> store.move(t, new MovementDraft(SHIRT, JKT, 3, MovementReason.RECEIPT,
                "PO-1", T0, true, false)));
        assertFalse(first.repeated());
        assertEquals(8, first.onHandAfter());
        assertEquals(5, first.availableBefore());
        assertEquals(8, first.availableAfter());
        MovementResult again = tx(t -> store.move(t, new MovementDraft(SHIRT, JKT, 3, MovementReason.RECEIPT,
                "PO-1", T0, true, false)));
        assertTrue(again.repeated());
        assertEquals(first.movement(), again.movement());
        assertEquals(8, level().onHand(), "a repeated receipt is booked once");
        tx(t -> store.move(t, new MovementDraft(SHIRT, JKT, 1, MovementReason.RETURN_RESTOCK, "PO-1", T0, true,
                false)));
        assertEquals(9, level().onHand(), "another reason with the same reference is another movement");
        List<Movement> ledger = tx(t -> store.movements(t, SHIRT, JKT));
        assertEquals(List.of(5L, 3L, 1L), ledger.stream().map(Movement::delta).toList());
        assertEquals(ledger, tx(t -> store.movementsAfter(t, 0, 100)));
        assertEquals(ledger.subList(1, 3), tx(t -> store.movementsAfter(t, ledger.get(0).sequence(), 100)));
        assertEquals(ledger.subList(0, 1), tx(t -> store.movementsAfter(t, 0, 1)));
        assertEquals(ledger.get(2).sequence(), (long) tx(store::lastMovementSequence));
    }

    @Test
    void aDecreaseTakesOnlyUnreservedUnitsUnlessForcedAndARefusalChangesNothing() {
        stocked(5);
        tx(t -> store.tryReserve(t, SHIRT, JKT, 4));
        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> tx(t -> store.move(t,
                new MovementDraft(SHIRT, JKT, -2, MovementReason.DAMAGE, "DMG-1", T0, true, false))));
        assertEquals(1, e.available());
        assertEquals(new StockLevel(SHIRT, JKT, 5, 4, 0, 0), level());
        assertEquals(1, tx(t -> store.movements(t, SHIRT, JKT)).size());
        tx(t -> store.move(t, new MovementDraft(SHIRT, JKT, -3, MovementReason.STOCK_TAKE_VARIANCE, "OPNAME-1", T0,
                true, true)));
        assertEquals(2, level().onHand(), "a stock take posts what was counted");
    }

    @Test
    void sellingReservedUnitsLowersOnHandAndReservedTogether() {
        stocked(5);
        tx(t -> store.tryReserve(t, SHIRT, JKT, 2));
        MovementResult sale = tx(t -> store.sellReserved(t, SHIRT, JKT, 2, "R-1", T0));
        assertEquals(MovementReason.SALE, sale.movement().reason());
        assertEquals(-2, sale.movement().delta());
        assertEquals("R-1", sale.movement().reference());
        assertEquals(new StockLevel(SHIRT, JKT, 3, 0, 0, 0), level());
    }

    @Test
    void aReservationIdIsTakenOnceVersionsGateEveryChangeAndAForgottenIdContinuesItsSequence() {
        stocked(5);
        ReservationState r1 = state("R-1", 2, 1, Optional.of(T0.plusSeconds(60)));
        assertTrue(holds(t -> store.insertReservation(t, r1)));
        assertFalse(holds(t -> store.insertReservation(t, state("R-1", 3, 1, Optional.empty()))), "id taken");
        assertEquals(Optional.of(r1), tx(t -> store.reservation(t, ReservationId.of("R-1"))));
        ReservationState released = r1.next(List.of(), List.of(), r1.expiresAt(), ReservationStatus.RELEASED,
                Optional.of(ReleaseReason.OTHER));
        assertFalse(holds(t -> store.updateReservation(t, released, 7)), "stale version");
        assertTrue(holds(t -> store.updateReservation(t, released, 1)));
        assertEquals(2, (long) tx(t -> store.lastVersion(t, ReservationId.of("R-1"))));
        assertTrue(holds(t -> store.forgetReservation(t, ReservationId.of("R-1"))));
        assertTrue(tx(t -> store.reservation(t, ReservationId.of("R-1"))).isEmpty());
        assertEquals(2, (long) tx(t -> store.lastVersion(t, ReservationId.of("R-1"))), "the sequence goes on");
        assertTrue(holds(t -> store.insertReservation(t, state("R-1", 1, 3, Optional.empty()))), "the id is free again");
        assertFalse(holds(t -> store.forgetReservation(t, ReservationId.of("R-1"))), "an active one is kept");
        assertEquals(0, (long) tx(t -> store.lastVersion(t, ReservationId.of("NEVER"))));
    }

    @Test
    void expiredAndActiveReservationsAreFoundByTheirQueries() {
        stocked(5);
        tx(t -> store.insertReservation(t, state("R-EXP", 1, 1, Optional.of(T0.plusSeconds(60)))));
        tx(t -> store.insertReservation(t, state("R-LATER", 1, 1, Optional.of(T0.plusSeconds(600)))));
        tx(t -> store.insertReservation(t, state("R-HELD", 1, 1, Optional.empty())));
        assertEquals(List.of(ReservationId.of("R-EXP")), tx(t -> store.expiredReservations(t, T0.plusSeconds(60), 10))
                .stream().map(s -> s.request().id()).toList());
        assertEquals(1, tx(t -> store.expiredReservations(t, T0.plusSeconds(3600), 1)).size(), "limit");
        assertEquals(3, tx(store::activeReservations).size());
        assertEquals(1, tx(t -> store.activeReservationsOf(t, OrderId.of("order-R-HELD"))).size());
    }

    @Test
    void suppliesAreKeptEarliestFirstWithTheirBackordersFindableById() {
        stocked(0);
        InboundSupply late = new InboundSupply("PO-LATE", SHIRT, JKT, 10, LocalDate.of(2026, 12, 20));
        InboundSupply soon = new InboundSupply("PO-SOON", SHIRT, JKT, 5, LocalDate.of(2026, 12, 1));
        Backorder b = new Backorder(ReservationId.of("BO-1"), OrderId.of("PRE-1"), SHIRT, JKT, 2, "PO-LATE",
                late.expectedOn());
        tx(t -> {
            store.putSupply(t, new SupplyState(late, List.of(b), 0));
            store.putSupply(t, new SupplyState(soon, List.of(), 0));
            return null;
        });
        assertEquals(List.of("PO-SOON", "PO-LATE"), tx(t -> store.supplies(t, SHIRT, JKT)).stream()
                .map(SupplyState::reference).toList());
        assertEquals(Optional.of(b), tx(t -> store.backorder(t, ReservationId.of("BO-1"))));
        assertEquals(15, level().inbound());
        tx(t -> {
            store.removeSupply(t, "PO-LATE", SHIRT, JKT);
            return null;
        });
        assertTrue(tx(t -> store.backorder(t, ReservationId.of("BO-1"))).isEmpty());
        assertEquals(5, level().inbound());
    }

    @Test
    void everyEventStreamIsNumberedFromOneOnItsOwnWithoutGaps() {
        assertEquals(1, (long) tx(t -> store.nextSequence(t, "stock-alert", "A")));
        assertEquals(2, (long) tx(t -> store.nextSequence(t, "stock-alert", "A")));
        assertEquals(1, (long) tx(t -> store.nextSequence(t, "stock-alert", "B")));
        assertEquals(1, (long) tx(t -> store.nextSequence(t, "inbound-supply", "A")));
    }

    @Test
    void aFailedChangeLeavesNoUnitsNoReservationNoStockNoLedgerEntryNoNumberAndNoEvent() {
        stocked(5);
        tx(t -> store.nextSequence(t, "stock-alert", "A"));
        long pending = subject.outbox().pending();
        long lastMovement = tx(store::lastMovementSequence);
        List<String> afterCommit = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> tx(t -> {
            store.tryReserve(t, SHIRT, JKT, 2);
            store.insertReservation(t, state("R-GONE", 2, 1, Optional.empty()));
            store.move(t, new MovementDraft(SHIRT, JKT, 7, MovementReason.RECEIPT, "PO-GONE", T0, true, false));
            store.ensureStocked(t, SHIRT, SBY);
            store.move(t, new MovementDraft(SHIRT, SBY, 3, MovementReason.RECEIPT, "PO-GONE", T0, true, false));
            store.nextSequence(t, "stock-alert", "A");
            store.emit(t, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-GONE"), 1, T0),
                    METADATA);
            store.afterCommit(t, () -> afterCommit.add("ran"));
            throw new IllegalStateException("rolled back");
        }));
        StockLevel after = level();
        assertEquals(5, after.onHand());
        assertEquals(0, after.reserved());
        assertTrue(tx(t -> store.reservation(t, ReservationId.of("R-GONE"))).isEmpty());
        assertFalse(holds(t -> store.isStocked(t, SHIRT, SBY)));
        assertEquals(pending, subject.outbox().pending(), "no event of a rolled-back change is published");
        assertEquals(List.of(), afterCommit, "nothing runs after a rollback");
        assertEquals(List.of(5L), tx(t -> store.movements(t, SHIRT, JKT)).stream().map(Movement::delta).toList(),
                "the rolled-back movement left no entry");
        assertEquals(lastMovement, (long) tx(store::lastMovementSequence));
        assertEquals(2, (long) tx(t -> store.nextSequence(t, "stock-alert", "A")), "the number was given back");
        assertTrue(tx(store::verify).clean());
        // The idempotent receipt of the rolled-back change can be booked for real afterwards, with the
        // next number.
        MovementResult real = tx(t -> store.move(t, new MovementDraft(SHIRT, JKT, 7, MovementReason.RECEIPT,
                "PO-GONE", T0, true, false)));
        assertFalse(real.repeated());
        assertEquals(lastMovement + 1, real.movement().sequence());
    }

    @Test
    void aRolledBackSaleLeavesItsUnitsOnHandAndReservedAndNoLedgerEntry() {
        stocked(5);
        tx(t -> store.tryReserve(t, SHIRT, JKT, 2));
        assertThrows(IllegalStateException.class, () -> tx(t -> {
            store.sellReserved(t, SHIRT, JKT, 2, "R-1", T0);
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(new StockLevel(SHIRT, JKT, 5, 2, 0, 0), level());
        assertEquals(1, tx(t -> store.movements(t, SHIRT, JKT)).size());
    }

    @Test
    void unitsAReleaseGivesBackAreFreeOnlyOnceItCommits() throws Exception {
        stocked(2);
        tx(t -> store.tryReserve(t, SHIRT, JKT, 2));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<Future<Long>> racer = new ArrayList<>();
            assertThrows(IllegalStateException.class, () -> tx(t -> {
                store.unreserve(t, SHIRT, JKT, 2);
                // Another transaction tries to take the units while the release is not committed. A
                // store with row locks makes it wait for the rollback instead: give it a moment.
                racer.add(pool.submit(() -> tx(o -> store.tryReserve(o, SHIRT, JKT, 2))));
                try {
                    racer.get(0).get(500, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException waitsForUs) {
                    // it runs after the rollback
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("rolled back");
            }));
            assertTrue(racer.get(0).get(60, TimeUnit.SECONDS) < 2, "the racer was refused");
            assertEquals(new StockLevel(SHIRT, JKT, 2, 2, 0, 0), level());
            tx(t -> {
                store.unreserve(t, SHIRT, JKT, 2);
                return null;
            });
            assertEquals(0, level().reserved(), "a committed release frees the units");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void actionsRunAfterTheCommitWithTheEventsAlreadyInTheOutbox() {
        long pending = subject.outbox().pending();
        List<Long> seen = new ArrayList<>();
        tx(t -> {
            store.emit(t, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-8"), 2, T0),
                    METADATA);
            store.afterCommit(t, () -> seen.add(subject.outbox().pending()));
            assertEquals(List.of(), seen, "not before the commit");
            return null;
        });
        assertEquals(List.of(pending + 1), seen);
    }

    @Test
    void eventsReachTheOutboxWhenTheChangeCommits() {
        long pending = subject.outbox().pending();
        tx(t -> {
            store.emit(t, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-9"), 4, T0),
                    METADATA);
            return null;
        });
        assertEquals(pending + 1, subject.outbox().pending());
        List<OutboxEntry> claimed = subject.outbox().claim("contract", 100, T0, Duration.ofSeconds(30));
        OutboxEntry last = claimed.get(claimed.size() - 1);
        assertEquals(InventoryEvent.ReservationHeldUntilShipment.TYPE, last.envelope().type());
        assertEquals("R-9", last.envelope().aggregateId());
        assertEquals(METADATA, last.envelope().metadata(), "the metadata travels with the event");
    }

    @Test
    void hotCellsNeverOversellUnderContention() throws Exception {
        stocked(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicLong taken = new AtomicLong();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 400; i++) {
                        long q = 1 + (i % 3);
                        if (tx(t -> store.tryReserve(t, SHIRT, JKT, q)) >= q) {
                            taken.addAndGet(q);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StockLevel l = level();
        assertEquals(taken.get(), l.reserved());
        assertTrue(l.reserved() <= 1_000, "never more reserved than on hand");
        assertTrue(l.reserved() >= 998, "the contention still sold out the stock: " + l.reserved());
    }

    @Test
    void anotherTenantsStoreSeesNothingOfThisOne() {
        stocked(5);
        InventoryStore other = subject.otherTenant();
        assertEquals(OTHER, other.tenant());
        assertTrue(other.atomically(Optional.empty(), t -> other.level(t, SHIRT, JKT)).isEmpty());
        assertTrue(other.atomically(Optional.empty(), other::skus).isEmpty());
        assertEquals(0, (long) other.atomically(Optional.empty(), other::lastMovementSequence));
        assertThrows(RuntimeException.class, () -> store.atomically(Optional.empty(),
                t -> other.level(t, SHIRT, JKT)), "a transaction of one tenant cannot read another's stock");
    }

    /** A transaction of this store, for subclasses that add adapter-specific tests. */
    protected <T> T inTransaction(TransactionalWork<T> work) {
        return tx(work);
    }
}
