package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stocktake.StockTake;
import dev.orderan.inventory.stocktake.VarianceReport;
import dev.orderan.inventory.warehouse.BinCode;
import java.time.Duration;
import java.time.Instant;
import dev.orderan.testkit.TestClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A stock take run against the in-memory engine's ledger while the shop keeps selling. */
class EngineStockTakeTest {

    static final Sku KOPI = Sku.of("KOPI");
    static final Sku TEH = Sku.of("TEH");
    static final LocationId TOKO = LocationId.of("TOKO-1");
    static final BinCode BIN = new BinCode("A", 1, 1);


    @Test
    void salesDuringTheCountAreNotVariancesAndApprovalPostsStockTakeMovements() {
        TestClock clock = new TestClock(Instant.parse("2026-11-25T01:00:00Z"));
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).clock(clock).build();
        BarcodeCatalog catalog = new BarcodeCatalog();
        catalog.register(KOPI, "8991000000010");
        inv.receive(KOPI, TOKO, 10, "PO-1");
        inv.receive(TEH, TOKO, 5, "PO-1");
        clock.advance(Duration.ofMinutes(1));

        StockTake take = new StockTake("opname-1", TOKO, Map.of(KOPI, Optional.of(BIN), TEH, Optional.of(BIN)), true,
                inv.stockLedgerView(), catalog, clock);
        clock.advance(Duration.ofMinutes(1));
        // Two KOPI are sold and shipped before the counter reaches the shelf.
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r1"), OrderId.of("o1"),
                ReservationLine.at(1, KOPI, TOKO, 2)));
        inv.commit(ReservationId.of("r1"));
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 8; i++) {
            take.scan(BIN, "8991000000010");
        }
        take.record(BIN, TEH, 4);
        take.submit();

        VarianceReport report = take.varianceReport();
        assertEquals(List.of(TEH), report.differences().stream().map(l -> l.sku()).toList(),
                "the 2 KOPI sold during the count are not a loss");

        take.approve("supervisor-1");

        assertEquals(8, inv.level(KOPI, TOKO).orElseThrow().onHand());
        assertEquals(4, inv.level(TEH, TOKO).orElseThrow().onHand());
        Movement posted = inv.movements(TEH, TOKO).get(1);
        assertEquals(MovementReason.STOCK_TAKE_VARIANCE, posted.reason());
        assertEquals(-1, posted.delta());
        assertEquals("stock-take:opname-1", posted.reference());
        assertTrue(inv.verify().clean());
    }
}
