package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.barcode.UnknownBarcodeException;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stocktake.CountScope;
import dev.orderan.inventory.stocktake.StockTakeSession;
import dev.orderan.inventory.stocktake.StockTakeStateException;
import dev.orderan.inventory.stocktake.StockTakeStatus;
import dev.orderan.inventory.stocktake.VarianceLine;
import dev.orderan.inventory.stocktake.VarianceReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockTakeTest {

    static final Sku KOPI = Sku.of("KOPI");
    static final Sku TEH = Sku.of("TEH");
    static final Sku GULA = Sku.of("GULA");
    static final LocationId TOKO = LocationId.of("TOKO-1");

    final InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).build();
    final BarcodeCatalog catalog = new BarcodeCatalog();

    StockTakeTest() {
        catalog.register(KOPI, "8991000000010");
        catalog.register(TEH, "8991000000027");
        inv.receive(KOPI, TOKO, 10, "PO-1");
        inv.receive(TEH, TOKO, 5, "PO-1");
        inv.receive(GULA, TOKO, 3, "PO-1");
    }

    @Test
    void sellingDuringABlindCountKeepsItsSalesAndApprovalPostsOnlyTheVariance() {
        StockTakeSession session = StockTakeSession.open(inv, "opname-2026-11", TOKO, CountScope.FULL_LOCATION, true,
                catalog);
        assertThrows(StockTakeStateException.class, session::booked, "blind: counters do not see the books");

        // Counters scan 9 KOPI (one is missing) over two bins and 5 TEH; GULA is not found at all.
        for (int i = 0; i < 6; i++) {
            session.scan("8991000000010", "A-1");
        }
        session.count(KOPI, "B-2", 3);
        for (int i = 0; i < 5; i++) {
            session.scan("8991000000027", "A-2");
        }
        assertThrows(UnknownBarcodeException.class, () -> session.scan("8991000000034", "A-3"));
        // Meanwhile the shop sells 2 KOPI (after the snapshot).
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r1"), OrderId.of("o1"),
                ReservationLine.at(1, KOPI, TOKO, 2)));
        inv.commit(ReservationId.of("r1"));

        VarianceReport report = session.variance();
        assertEquals(List.of(new VarianceLine(GULA, 3, 0, -3, 0, 0), new VarianceLine(KOPI, 10, 9, -1, -2, 7),
                new VarianceLine(TEH, 5, 5, 0, 0, 5)), report.lines());
        assertEquals(-4, report.netVariance());

        List<Movement> posted = session.approve();

        assertEquals(StockTakeStatus.APPROVED, session.status());
        assertEquals(List.of(-3L, -1L), posted.stream().map(Movement::delta).toList());
        assertTrue(posted.stream().allMatch(m -> m.reason() == MovementReason.STOCK_TAKE_VARIANCE
                && m.reference().equals("opname-2026-11")));
        assertEquals(7, inv.level(KOPI, TOKO).orElseThrow().onHand());
        assertEquals(0, inv.level(GULA, TOKO).orElseThrow().onHand());
        assertEquals(posted, session.approve(), "approving twice posts nothing more");
        assertThrows(StockTakeStateException.class, () -> session.count(TEH, "A-2", 1));
        assertTrue(inv.verify().clean());
    }

    @Test
    void aCycleCountOfSomeSkusLeavesTheOthersAloneAndARecountReplacesTheBin() {
        StockTakeSession session = StockTakeSession.open(inv, "cycle-1", TOKO, CountScope.COUNTED_ONLY, false, catalog);
        assertEquals(10L, session.booked().get(KOPI));
        session.count(TEH, "A-2", 9);
        session.count(TEH, "A-2", 6);

        VarianceReport report = session.variance();

        assertEquals(List.of(new VarianceLine(TEH, 5, 6, 1, 0, 6)), report.lines());
        session.approve();
        assertEquals(6, inv.level(TEH, TOKO).orElseThrow().onHand());
        assertEquals(3, inv.level(GULA, TOKO).orElseThrow().onHand());
    }
}
