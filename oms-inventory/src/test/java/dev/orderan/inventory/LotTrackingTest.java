package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.inventory.lot.Lot;
import dev.orderan.inventory.lot.LotLedger;
import dev.orderan.inventory.lot.LotMovement;
import dev.orderan.inventory.lot.LotReconciliation;
import dev.orderan.inventory.lot.LotTracking;
import dev.orderan.inventory.lot.PickingRule;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LotTrackingTest {

    static final Sku SUSU = Sku.of("SUSU-UHT-1L");
    static final LocationId JKT = LocationId.of("WH-JKT");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    final InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("toko-susu"))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    final LotTracking lots = LotTracking.of(inv, new LotLedger());

    static Lot lot(String id, long units, int receivedDaysAgo, int expiresInDays) {
        return new Lot(id, SUSU, JKT, units, TODAY.minusDays(receivedDaysAgo), Optional.of(TODAY.plusDays(expiresInDays)));
    }

    Movement sell(String order, long units) {
        ReservationId id = ReservationId.of("res-" + order);
        inv.reserve(ReservationRequest.of(id, OrderId.of(order), NOW.plusSeconds(900), ReservationLine.at(1, SUSU, JKT, units)));
        inv.commit(id);
        List<Movement> all = inv.movements(SUSU, JKT);
        Movement sale = all.get(all.size() - 1);
        assertEquals(MovementReason.SALE, sale.reason());
        return sale;
    }

    @Test
    void receivingALotBooksItsReceiptOnTheInventoryAndLinksBoth() {
        Movement receipt = lots.receive(lot("L-0925", 24, 10, 60), "GR-001");

        assertEquals(MovementReason.RECEIPT, receipt.reason());
        assertEquals(24, inv.level(SUSU, JKT).orElseThrow().onHand());
        assertEquals(24, lots.lots().pickable(SUSU, JKT, TODAY));
        assertEquals(List.of(new LotMovement("L-0925", receipt.sequence(), 24, MovementReason.RECEIPT, "GR-001", NOW)),
                lots.lotsOf(receipt.sequence()));
        assertTrue(lots.reconcile(SUSU, JKT).balanced());
    }

    @Test
    void aGoodsReceiptDeliveredTwiceAddsItsLotOnce() {
        Movement first = lots.receive(lot("L-0925", 24, 10, 60), "GR-001");
        Movement again = lots.receive(lot("L-0925", 24, 10, 60), "GR-001");

        assertEquals(first, again);
        assertEquals(24, inv.level(SUSU, JKT).orElseThrow().onHand());
        assertEquals(24, lots.lots().pickable(SUSU, JKT, TODAY));
        assertEquals(1, lots.trace(SUSU, JKT, "L-0925").size());
    }

    @Test
    void aReceiptReferenceReusedForAnotherLotIsRefusedAndChangesNothing() {
        lots.receive(lot("L-0925", 24, 10, 60), "GR-001");

        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> lots.receive(lot("L-1001", 24, 1, 90), "GR-001"));
        assertTrue(e.violationAt("reference").isPresent());
        assertEquals(24, lots.lots().pickable(SUSU, JKT, TODAY));
        assertEquals(Optional.empty(), lots.lots().lot(SUSU, JKT, "L-1001"));
    }

    @Test
    void aSaleIsAssignedToLotsByExpiryAndARecallFindsTheOrdersThatGotALot() {
        lots.receive(lot("L-LATE", 10, 2, 90), "GR-001");
        lots.receive(lot("L-SOON", 4, 20, 5), "GR-002");

        Movement sale = sell("INV-1", 6);
        List<LotMovement> assigned = lots.assign(sale, PickingRule.FEFO, TODAY);

        assertEquals(List.of("L-SOON", "L-LATE"), assigned.stream().map(LotMovement::lotId).toList());
        assertEquals(List.of(-4L, -2L), assigned.stream().map(LotMovement::delta).toList());
        List<LotMovement> soon = lots.trace(SUSU, JKT, "L-SOON");
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.SALE), soon.stream().map(LotMovement::reason).toList());
        assertEquals(sale.reference(), soon.get(1).reference());
        LotReconciliation r = lots.reconcile(SUSU, JKT);
        assertEquals(8, r.onHand());
        assertEquals(8, r.inLots());
        assertTrue(r.balanced());
    }

    @Test
    void assigningAMovementTwiceReturnsTheFirstAssignment() {
        lots.receive(lot("L-1", 10, 2, 90), "GR-001");
        Movement sale = sell("INV-1", 3);

        List<LotMovement> first = lots.assign(sale, PickingRule.FIFO, TODAY);
        List<LotMovement> again = lots.assign(sale, PickingRule.FEFO, TODAY);

        assertEquals(first, again);
        assertEquals(7, lots.lots().pickable(SUSU, JKT, TODAY));
    }

    @Test
    void salesNotYetAssignedShowInTheReconciliationUntilAssigned() {
        lots.receive(lot("L-1", 10, 2, 90), "GR-001");
        Movement a = sell("INV-1", 3);
        Movement b = sell("INV-2", 2);

        LotReconciliation before = lots.reconcile(SUSU, JKT);
        assertFalse(before.balanced());
        assertEquals(List.of(a, b), before.unassigned());
        assertEquals(5, before.onHand());
        assertEquals(10, before.inLots());

        List<LotMovement> made = lots.assignPending(SUSU, JKT, PickingRule.FIFO, TODAY);

        assertEquals(2, made.size());
        assertTrue(lots.reconcile(SUSU, JKT).balanced());
    }

    @Test
    void aSaleTheUnexpiredLotsCannotCoverStaysUnassignedAndLotsAreUnchanged() {
        lots.receive(lot("L-OLD", 5, 40, -1), "GR-001");
        lots.receive(lot("L-NEW", 2, 1, 30), "GR-002");
        Movement sale = sell("INV-1", 4);

        assertThrows(InsufficientStockException.class, () -> lots.assign(sale, PickingRule.FEFO, TODAY));

        assertEquals(List.of(), lots.lotsOf(sale.sequence()));
        assertEquals(2, lots.lots().pickable(SUSU, JKT, TODAY));
        assertEquals(List.of(sale), lots.reconcile(SUSU, JKT).unassigned());
    }

    @Test
    void writingOffAnExpiredLotBooksDamageOnTheInventoryAndEmptiesTheLot() {
        lots.receive(lot("L-OLD", 5, 40, -1), "GR-001");
        lots.receive(lot("L-NEW", 2, 1, 30), "GR-002");

        Movement damage = lots.writeOff(SUSU, JKT, "L-OLD", "WO-2026-11-25");
        Movement again = lots.writeOff(SUSU, JKT, "L-OLD", "WO-2026-11-25");

        assertEquals(damage, again);
        assertEquals(MovementReason.DAMAGE, damage.reason());
        assertEquals(-5, damage.delta());
        assertEquals(2, inv.level(SUSU, JKT).orElseThrow().onHand());
        assertEquals(Optional.empty(), lots.lots().lot(SUSU, JKT, "L-OLD"));
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.DAMAGE),
                lots.trace(SUSU, JKT, "L-OLD").stream().map(LotMovement::reason).toList());
        assertTrue(lots.reconcile(SUSU, JKT).balanced());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aRestockedReturnGoesBackIntoItsLot() {
        lots.receive(lot("L-1", 10, 2, 90), "GR-001");
        lots.assign(sell("INV-1", 10), PickingRule.FIFO, TODAY);
        Movement back = inv.adjust(SUSU, JKT, 1, MovementReason.RETURN_RESTOCK, "RMA-7");

        lots.returnTo(back, "L-1");

        assertEquals(1, lots.lots().lot(SUSU, JKT, "L-1").orElseThrow().quantity());
        assertEquals(Optional.of(TODAY.plusDays(90)), lots.lots().lot(SUSU, JKT, "L-1").orElseThrow().expiresOn());
        assertTrue(lots.reconcile(SUSU, JKT).balanced());
    }

    @Test
    void badArgumentsAreRefusedWithTheFieldAndChangeNothing() {
        assertEquals("reference", assertThrows(ValidationFailedException.class,
                () -> lots.receive(lot("L-1", 10, 2, 90), " ")).violations().get(0).path());
        assertEquals("lot", assertThrows(ValidationFailedException.class,
                () -> lots.receive(null, "GR-1")).violations().get(0).path());
        assertThrows(ValidationFailedException.class, () -> lots.assign(null, PickingRule.FIFO, TODAY));
        assertThrows(ValidationFailedException.class, () -> lots.writeOff(SUSU, JKT, "L-none", "WO-1"));
        Movement receipt = inv.receive(SUSU, JKT, 3, "GR-untracked");
        assertEquals("movement.delta", assertThrows(ValidationFailedException.class,
                () -> lots.assign(receipt, PickingRule.FIFO, TODAY)).violations().get(0).path());
        assertEquals("lotId", assertThrows(ValidationFailedException.class,
                () -> lots.returnTo(receipt, "L-never")).violations().get(0).path());
        assertEquals(3, inv.level(SUSU, JKT).orElseThrow().onHand());
        assertEquals(0, lots.lots().pickable(SUSU, JKT, TODAY));
        assertEquals(List.of(), lots.reconcile(SUSU, JKT).unassigned());
    }
}
