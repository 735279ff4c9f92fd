package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.spi.MovementDraft;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.testkit.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenant A's inventory never reads or changes tenant B's: with the same SKUs, locations, references,
 * reservation ids and supply references, B's rows in every inventory table are byte for byte the
 * same after everything A does, A reads none of B's figures, and a transaction of one tenant is
 * refused by the other's store.
 */
class InventoryTenantIsolationTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final TenantId A = TenantId.of("toko-a");
    private static final TenantId B = TenantId.of("toko-b");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final LocationId SBY = LocationId.of("WH-SBY");
    private static final List<String> TABLES = List.of("stock_cells", "stock_ledger_heads", "stock_movements",
            "reservations", "reservation_lines", "inbound_supplies", "backorders", "inventory_sequences", "events",
            "outbox");

    private final PostgresStore store = TestDatabase.emptyStore();
    private final TestClock clock = new TestClock(T0);
    private final InventoryService a = InventoryService.builder(store.inventory(A)).clock(clock).build();
    private final InventoryService b = InventoryService.builder(store.inventory(B)).clock(clock).build();

    private List<String> rowsOf(TenantId tenant) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM " + TestDatabase.SCHEMA + "." + table
                        + " t WHERE tenant_id = '" + tenant.value() + "' ORDER BY t::text")) {
                    while (rs.next()) {
                        rows.add(table + ": " + rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private static ReservationRequest request(String id, long units, Optional<Instant> expiry) {
        return new ReservationRequest(ReservationId.of(id), OrderId.of("INV-" + id),
                List.of(ReservationLine.at(1, SHIRT, JKT, units)), expiry);
    }

    @Test
    void everythingTenantAdoesWithTheSameKeysLeavesTenantBexactlyAsItWas() throws SQLException {
        b.receive(SHIRT, JKT, 7, "PO-1");
        b.reserve(request("R-1", 2, Optional.of(T0.plusSeconds(60))));
        b.reserve(request("R-2", 1, Optional.empty()));
        b.expectInbound(new InboundSupply("PO-9", SHIRT, JKT, 10, LocalDate.of(2026, 12, 20)));
        b.backorder(ReservationId.of("BO-1"), OrderId.of("PRE-1"), SHIRT, JKT, 3);
        b.recordChannelStock("tokopedia", SHIRT, 4);
        List<String> before = rowsOf(B);
        assertFalse(before.isEmpty());

        a.receive(SHIRT, JKT, 5, "PO-1");
        a.setSafetyStock(SHIRT, JKT, 1);
        a.reserve(request("R-1", 2, Optional.of(T0.plusSeconds(60))));
        a.reserve(request("R-2", 1, Optional.empty()));
        a.commit(ReservationId.of("R-2"));
        a.release(ReservationId.of("R-1"), ReleaseReason.ORDER_CANCELLED);
        a.forget(ReservationId.of("R-1"));
        a.reserve(request("R-1", 1, Optional.of(T0.plusSeconds(10))));
        clock.advance(java.time.Duration.ofMinutes(5));
        assertEquals(1, a.releaseExpired(clock.instant()).size(), "only A's reservation R-1 expired for A");
        a.adjust(SHIRT, JKT, -1, MovementReason.DAMAGE, "DMG-1");
        a.transfer(SHIRT, JKT, SBY, 1, "TR-1");
        a.expectInbound(new InboundSupply("PO-9", SHIRT, JKT, 4, LocalDate.of(2026, 12, 22)));
        a.backorder(ReservationId.of("BO-1"), OrderId.of("PRE-1"), SHIRT, JKT, 2);
        a.receiveInbound("PO-9", SHIRT, JKT, 4);
        a.recordChannelStock("tokopedia", SHIRT, 1);
        assertTrue(a.verify().clean());

        assertEquals(before, rowsOf(B), "B's rows are untouched");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), a.movementsAfter(0).stream().map(Movement::sequence).toList(),
                "A numbers its own ledger from 1");
        assertTrue(a.movementsAfter(0).stream().noneMatch(m -> m.delta() == 7), "A never sees B's receipt of 7");
        assertEquals(7, b.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(3, b.level(SHIRT, JKT).orElseThrow().reserved(), "B still holds R-1 (2) and R-2 (1)");
        assertEquals(10, b.level(SHIRT, JKT).orElseThrow().inbound());
        assertTrue(b.verify().clean());
        assertEquals(2, b.reservation(ReservationId.of("R-1")).orElseThrow().totalQuantity());
        assertTrue(a.level(SHIRT, SBY).isPresent());
        assertTrue(b.level(SHIRT, SBY).isEmpty(), "A's transfer made no cell for B");
    }

    @Test
    void aTransactionOfOneTenantIsRefusedByTheOtherTenantsStore() {
        b.receive(SHIRT, JKT, 3, "PO-1");
        PostgresInventoryStore storeA = store.inventory(A);
        PostgresInventoryStore storeB = store.inventory(B);
        EventMetadata metadata = new EventMetadata(Optional.empty(), "c-1", Optional.empty());
        List<Runnable> attempts = List.of(
                () -> storeA.atomically(Optional.empty(), t -> storeB.level(t, SHIRT, JKT)),
                () -> storeA.atomically(Optional.empty(), t -> storeB.tryReserve(t, SHIRT, JKT, 1)),
                () -> storeA.atomically(Optional.empty(), t -> storeB.move(t, new MovementDraft(SHIRT, JKT, -3,
                        MovementReason.DAMAGE, "DMG-X", T0, true, false))),
                () -> storeA.atomically(Optional.empty(), t -> {
                    storeB.emit(t, new InventoryEvent.ReservationHeldUntilShipment(B, ReservationId.of("R-X"), 1, T0),
                            metadata);
                    return null;
                }),
                () -> storeA.atomically(Optional.empty(), storeB::verify),
                () -> storeA.atomically(Optional.empty(), t -> storeB.atomically(Optional.of(t), storeB::skus)),
                () -> storeA.atomically(Optional.empty(), t -> {
                    storeA.emit(t, new InventoryEvent.ReservationHeldUntilShipment(B, ReservationId.of("R-X"), 1, T0),
                            metadata);
                    return null;
                }));
        for (Runnable attempt : attempts) {
            assertThrows(RuntimeException.class, attempt::run);
        }
        assertEquals(3, b.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(0, b.level(SHIRT, JKT).orElseThrow().reserved());
        assertEquals(1, b.movementsAfter(0).size());
        assertTrue(a.skus().isEmpty());
    }
}
