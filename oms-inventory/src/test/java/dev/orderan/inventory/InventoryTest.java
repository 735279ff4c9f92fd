package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.validation.ValidationFailedException;
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
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryTest {

    static final TenantId TENANT = TenantId.of("toko-a");
    static final Sku KAOS = Sku.of("KAOS-M");
    static final Sku TOPI = Sku.of("TOPI");
    static final LocationId JKT = LocationId.of("JKT");
    static final LocationId SBY = LocationId.of("SBY");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final List<InventoryEvent> events = new ArrayList<>();
    final InMemoryInventory inv = InMemoryInventory.builder(TENANT)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .lowStockThreshold(3)
            .listener(events::add)
            .build();

    static ReservationRequest request(String id, Instant expires, ReservationLine... lines) {
        return ReservationRequest.of(ReservationId.of(id), OrderId.of("order-" + id), expires, lines);
    }

    @Test
    void availableIsOnHandMinusReservedMinusSafetyStock() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        inv.setSafetyStock(KAOS, JKT, 2);
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 3)));

        StockLevel level = inv.level(KAOS, JKT).orElseThrow();
        assertEquals(10, level.onHand());
        assertEquals(3, level.reserved());
        assertEquals(2, level.safetyStock());
        assertEquals(5, level.available());
        assertEquals(5, inv.available(KAOS, JKT));
    }

    @Test
    void reservingMoreThanAvailableIsRefusedWithTheFiguresAndChangesNothing() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.setSafetyStock(KAOS, JKT, 1);

        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> inv.reserve(request("r1", NOW, ReservationLine.at(1, KAOS, JKT, 5))));

        assertEquals(KAOS, e.sku());
        assertEquals(Optional.of(JKT), e.location());
        assertEquals(5, e.requested());
        assertEquals(4, e.available());
        assertEquals(new StockLevel(KAOS, JKT, 5, 0, 1, 0), inv.level(KAOS, JKT).orElseThrow());
        assertTrue(inv.reservation(ReservationId.of("r1")).isEmpty());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aMultiLineReservationTakesEveryLineOrNone() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.receive(TOPI, JKT, 1, "PO-1");

        assertThrows(InsufficientStockException.class, () -> inv.reserve(request("r1", NOW,
                ReservationLine.at(1, KAOS, JKT, 2), ReservationLine.at(2, TOPI, JKT, 2))));

        assertEquals(5, inv.available(KAOS, JKT));
        assertEquals(1, inv.available(TOPI, JKT));
        assertTrue(inv.verify().clean());
    }

    @Test
    void repeatingAReservationReturnsTheSameResultWithoutReservingTwice() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        ReservationRequest req = request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2));

        Reservation first = inv.reserve(req);
        Reservation again = inv.reserve(req);

        assertEquals(first, again);
        assertEquals(3, inv.available(KAOS, JKT));
    }

    @Test
    void reusingAReservationIdForOtherContentIsRejected() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));

        ReservationConflictException e = assertThrows(ReservationConflictException.class,
                () -> inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 3))));

        assertEquals(ReservationId.of("r1"), e.id());
        assertEquals(3, inv.available(KAOS, JKT));
    }

    @Test
    void committingTurnsTheReservationIntoASaleMovement() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));

        Reservation committed = inv.commit(ReservationId.of("r1"));
        Reservation again = inv.commit(ReservationId.of("r1"));

        assertEquals(ReservationStatus.COMMITTED, committed.status());
        assertEquals(committed, again);
        assertEquals(new StockLevel(KAOS, JKT, 3, 0, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        List<Movement> ledger = inv.movements(KAOS, JKT);
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.SALE), ledger.stream().map(Movement::reason).toList());
        assertEquals(-2, ledger.get(1).delta());
        assertEquals("r1", ledger.get(1).reference());
        assertTrue(inv.verify().clean());
    }

    @Test
    void releasingGivesTheUnitsBackOnceAndRemembersWhy() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));

        Reservation released = inv.release(ReservationId.of("r1"), ReleaseReason.PAYMENT_FAILED);
        inv.release(ReservationId.of("r1"), ReleaseReason.PAYMENT_FAILED);

        assertEquals(Optional.of(ReleaseReason.PAYMENT_FAILED), released.releaseReason());
        assertEquals(5, inv.available(KAOS, JKT));
        assertThrows(ReservationStateException.class, () -> inv.commit(ReservationId.of("r1")));
        // A late retry of the original request does not reserve again (no double compensation).
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));
        assertEquals(5, inv.available(KAOS, JKT));
    }

    @Test
    void aSplitShipmentCommitsOneParcelInsideTheCallersTransactionAndRollsBackWithIt() {
        InMemoryStore store = new InMemoryStore();
        InMemoryInventory shop = InMemoryInventory.builder(TENANT).store(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        shop.receive(KAOS, JKT, 5, "PO-1");
        ReservationId id = ReservationId.of("r1");
        shop.reserve(ReservationRequest.untilShipment(id, OrderId.of("o1"), ReservationLine.at(0, KAOS, JKT, 3)));
        List<ReservedLine> parcel = List.of(new ReservedLine(0, KAOS, JKT, 2));

        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            shop.commit(tx, id, parcel);
            throw new IllegalStateException("the parcel's label could not be printed");
        }));
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 3)), shop.reservation(id).orElseThrow().lines());
        assertEquals(new StockLevel(KAOS, JKT, 5, 3, 0, 0), shop.level(KAOS, JKT).orElseThrow());

        Reservation r = store.inTransaction(TENANT, tx -> shop.commit(tx, id, parcel));

        assertEquals(ReservationStatus.ACTIVE, r.status());
        assertEquals(parcel, r.sold());
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 1)), r.lines());
        assertEquals(new StockLevel(KAOS, JKT, 3, 1, 0, 0), shop.level(KAOS, JKT).orElseThrow());
        assertTrue(shop.verify().clean());
    }

    @Test
    void aPartNamingAnotherSkuThanTheHeldLineIsRefusedNamingTheFieldAndChangesNothing() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.receive(TOPI, JKT, 5, "PO-1");
        ReservationId id = ReservationId.of("r1");
        inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("o1"), ReservationLine.at(0, KAOS, JKT, 3)));
        long movements = inv.lastMovementSequence();

        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> inv.commit(id, List.of(new ReservedLine(0, TOPI, JKT, 1))));

        assertTrue(e.violationAt("part[0].sku").isPresent(), e.violations().toString());
        assertEquals("HeldSku", e.violationAt("part[0].sku").get().rule());
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 3)), inv.reservation(id).orElseThrow().lines());
        assertEquals(new StockLevel(TOPI, JKT, 5, 0, 0, 0), inv.level(TOPI, JKT).orElseThrow());
        assertEquals(new StockLevel(KAOS, JKT, 5, 3, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        assertEquals(movements, inv.lastMovementSequence());
        assertTrue(inv.verify().clean());
    }

    @Test
    void theTransactionalVariantsNameAMissingTransactionOrMetadata() {
        ReservationId id = ReservationId.of("r1");
        ValidationFailedException noTx = assertThrows(ValidationFailedException.class,
                () -> inv.commit(null, id, List.of(new ReservedLine(0, KAOS, JKT, 1))));
        assertTrue(noTx.violationAt("tx").isPresent());
        InMemoryStore store = new InMemoryStore();
        InMemoryInventory shop = InMemoryInventory.builder(TENANT).store(store).build();
        ValidationFailedException noMetadata = assertThrows(ValidationFailedException.class,
                () -> store.inTransaction(TENANT, tx -> shop.release(tx, id, ReleaseReason.OTHER, null)));
        assertTrue(noMetadata.violationAt("metadata").isPresent());
    }

    @Test
    void aCommittedReservationCannotBeReleased() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));
        inv.commit(ReservationId.of("r1"));

        ReservationStateException e = assertThrows(ReservationStateException.class,
                () -> inv.release(ReservationId.of("r1"), ReleaseReason.ORDER_CANCELLED));
        assertEquals(ReservationStatus.COMMITTED, e.status());
        assertEquals(3, inv.level(KAOS, JKT).orElseThrow().onHand());
    }

    @Test
    void theSweeperReleasesExactlyTheExpiredReservations() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        // Holds of a cart (15 minutes), a quote (24 hours) and one kept until shipment.
        inv.reserve(new ReservationRequest(ReservationId.of("ewallet"), OrderId.of("o1"),
                List.of(ReservationLine.at(1, KAOS, JKT, 1)), Optional.of(NOW.plus(Duration.ofMinutes(15)))));
        inv.reserve(new ReservationRequest(ReservationId.of("va"), OrderId.of("o2"),
                List.of(ReservationLine.at(1, KAOS, JKT, 2)), Optional.of(NOW.plus(Duration.ofHours(24)))));
        inv.reserve(new ReservationRequest(ReservationId.of("cod"), OrderId.of("o3"),
                List.of(ReservationLine.at(1, KAOS, JKT, 3)), Optional.empty()));

        List<Reservation> after16Minutes = inv.releaseExpired(NOW.plus(Duration.ofMinutes(16)));
        assertEquals(List.of(ReservationId.of("ewallet")), after16Minutes.stream().map(Reservation::id).toList());
        assertEquals(Optional.of(ReleaseReason.EXPIRED), after16Minutes.get(0).releaseReason());

        List<Reservation> afterTwoDays = inv.releaseExpired(NOW.plus(Duration.ofDays(2)));
        assertEquals(List.of(ReservationId.of("va")), afterTwoDays.stream().map(Reservation::id).toList());
        assertEquals(7, inv.available(KAOS, JKT));
        assertTrue(inv.reservation(ReservationId.of("cod")).orElseThrow().isActive());
    }

    @Test
    void rejectedOperationsLeaveStockUnchanged() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));
        StockLevel before = inv.level(KAOS, JKT).orElseThrow();
        long movements = inv.lastMovementSequence();

        ValidationFailedException negative = assertThrows(ValidationFailedException.class,
                () -> inv.reserve(request("r2", NOW, ReservationLine.at(1, KAOS, JKT, 1),
                        ReservationLine.at(2, KAOS, JKT, -1))));
        assertTrue(negative.violationAt("lines[1].quantity").isPresent());
        assertThrows(ValidationFailedException.class, () -> inv.receive(KAOS, JKT, 0, "PO-2"));
        assertThrows(ValidationFailedException.class, () -> inv.receive(KAOS, JKT, -3, "PO-2"));
        UnknownStockException unknown = assertThrows(UnknownStockException.class,
                () -> inv.reserve(request("r3", NOW, ReservationLine.at(1, Sku.of("NOPE"), JKT, 1))));
        assertEquals(Sku.of("NOPE"), unknown.sku());
        assertThrows(UnknownStockException.class, () -> inv.reserve(request("r4", NOW,
                ReservationLine.at(1, KAOS, JKT, 1), ReservationLine.at(2, KAOS, SBY, 1))));
        InsufficientStockException damage = assertThrows(InsufficientStockException.class,
                () -> inv.adjust(KAOS, JKT, -4, MovementReason.DAMAGE, "rusak"));
        assertEquals(3, damage.available());
        assertThrows(InsufficientStockException.class, () -> inv.transfer(KAOS, JKT, SBY, 4, "TR-1"));
        assertThrows(ValidationFailedException.class, () -> inv.adjust(KAOS, JKT, 3, MovementReason.DAMAGE, "x"));
        assertThrows(ValidationFailedException.class, () -> inv.adjust(KAOS, JKT, 3, MovementReason.SALE, "x"));
        assertThrows(ReservationNotFoundException.class, () -> inv.commit(ReservationId.of("r9")));

        assertEquals(before, inv.level(KAOS, JKT).orElseThrow());
        assertEquals(movements, inv.lastMovementSequence());
        assertTrue(inv.reservation(ReservationId.of("r2")).isEmpty());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aRedeliveredAdjustmentIsBookedOnceAndItsReferenceWithOtherContentIsRefused() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        events.clear();

        Movement first = inv.adjust(KAOS, JKT, -2, MovementReason.DAMAGE, "DMG-7");
        Movement again = inv.adjust(KAOS, JKT, -2, MovementReason.DAMAGE, "DMG-7");

        assertEquals(first, again);
        assertEquals(8, inv.level(KAOS, JKT).orElseThrow().onHand());
        assertEquals(1, events.stream().filter(e -> e instanceof InventoryEvent.StockMoved).count(),
                "one stock.moved for the document");
        MovementConflictException e = assertThrows(MovementConflictException.class,
                () -> inv.adjust(KAOS, JKT, -3, MovementReason.DAMAGE, "DMG-7"));
        assertEquals("DMG-7", e.reference());
        assertEquals(8, inv.level(KAOS, JKT).orElseThrow().onHand());
        assertEquals(2, inv.movements(KAOS, JKT).size());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aRedeliveredTransferIsBookedOnceAndItsReferenceWithOtherContentIsRefused() {
        LocationId mdn = LocationId.of("MDN");
        inv.receive(KAOS, JKT, 10, "PO-1");
        long before = inv.lastMovementSequence();

        List<Movement> first = inv.transfer(KAOS, JKT, SBY, 4, "TR-9");
        List<Movement> again = inv.transfer(KAOS, JKT, SBY, 4, "TR-9");

        assertEquals(first, again);
        assertEquals(before + 2, inv.lastMovementSequence(), "booked once");
        assertEquals(6, inv.available(KAOS, JKT));
        assertEquals(4, inv.available(KAOS, SBY));
        assertThrows(MovementConflictException.class, () -> inv.transfer(KAOS, JKT, SBY, 5, "TR-9"));
        assertThrows(MovementConflictException.class, () -> inv.transfer(KAOS, JKT, mdn, 4, "TR-9"),
                "the same transfer document with another destination");
        assertEquals(before + 2, inv.lastMovementSequence());
        assertEquals(6, inv.available(KAOS, JKT));
        assertEquals(4, inv.available(KAOS, SBY));
        assertTrue(inv.level(KAOS, mdn).isEmpty(), "nothing arrived out of nowhere");
        LocationId bdg = LocationId.of("BDG");
        inv.receive(KAOS, bdg, 4, "PO-2");
        long received = inv.lastMovementSequence();
        assertThrows(MovementConflictException.class, () -> inv.transfer(KAOS, bdg, SBY, 4, "TR-9"),
                "the same transfer document from another source");
        assertEquals(4, inv.available(KAOS, bdg));
        assertEquals(received, inv.lastMovementSequence());
        assertTrue(inv.verify().clean());
    }

    @Test
    void transfersMoveUnreservedUnitsWithTwoMovements() {
        inv.receive(KAOS, JKT, 5, "PO-1");

        List<Movement> moved = inv.transfer(KAOS, JKT, SBY, 3, "TR-1");

        assertEquals(List.of(-3L, 3L), moved.stream().map(Movement::delta).toList());
        assertEquals(2, inv.available(KAOS, JKT));
        assertEquals(3, inv.available(KAOS, SBY));
        assertEquals(5, inv.available(KAOS));
        assertTrue(inv.verify().clean());
    }

    @Test
    void linesWithoutALocationAreSourcedAndMaySplit() {
        inv.receive(KAOS, JKT, 2, "PO-1");
        inv.receive(KAOS, SBY, 2, "PO-2");

        Reservation r = inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.anywhere(1, KAOS, 3)));

        assertEquals(3, r.totalQuantity());
        assertEquals(2, r.lines().size());
        assertEquals(1, inv.available(KAOS));
        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> inv.reserve(request("r2", NOW, ReservationLine.anywhere(1, KAOS, 2))));
        assertTrue(e.location().isEmpty());
        assertEquals(1, e.available());
    }

    @Test
    void reservingDownToTheThresholdAndToZeroRaisesLowAndOutOfStockEvents() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        events.clear();

        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));
        inv.reserve(request("r2", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 3)));

        List<Class<?>> kinds = events.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(InventoryEvent.StockReserved.class, InventoryEvent.ReservationExpirySet.class,
                InventoryEvent.LowStock.class, InventoryEvent.StockReserved.class,
                InventoryEvent.ReservationExpirySet.class, InventoryEvent.OutOfStock.class), kinds);
        InventoryEvent.LowStock low = (InventoryEvent.LowStock) events.get(2);
        assertEquals(3, low.available());
        assertEquals(1, low.sequence());
        assertEquals(2, events.get(5).sequence(), "the SKU's alert stream is numbered without gaps");
        assertEquals(TENANT, events.get(5).tenantId());
        assertEquals(List.of(1L, 2L), List.of(events.get(0).sequence(), events.get(1).sequence()),
                "the reservation's own events are numbered from 1");
    }

    @Test
    void verifyReportsAReservedCountThatNoReservationExplains() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(request("r1", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 2)));
        inv.commit(ReservationId.of("r1"));
        assertTrue(inv.forget(ReservationId.of("r1")));
        VerificationReport clean = inv.verify();
        assertTrue(clean.clean());
        assertEquals(2, clean.movementsChecked());

        // A stock take may post a count below what is reserved: verify names the oversold cell.
        inv.reserve(request("r2", NOW.plusSeconds(60), ReservationLine.at(1, KAOS, JKT, 3)));
        inv.adjust(KAOS, JKT, -2, MovementReason.STOCK_TAKE_VARIANCE, "opname-1");
        VerificationReport report = inv.verify();
        assertFalse(report.clean());
        assertEquals(new VerificationReport.Difference(VerificationReport.Invariant.NOT_OVERSOLD, KAOS, JKT, 3, 1),
                report.differences().get(0));
    }

    @Test
    void tenantsNeverSeeEachOthersStock() {
        TenantInventories all = new TenantInventories(t -> InMemoryInventory.builder(t).build());
        all.of(TenantId.of("a")).receive(KAOS, JKT, 5, "PO-1");

        assertEquals(0, all.of(TenantId.of("b")).available(KAOS));
        assertEquals(5, all.of(TenantId.of("a")).available(KAOS));
        assertSame(all.of(TenantId.of("a")), all.of(TenantId.of("a")));
    }
}
