package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A change rolled back with the host's (or an order's) transaction leaves nothing: no ledger entry,
 * no event number, and no units that someone else could take in the meantime.
 */
class RolledBackChangesTest {

    static final TenantId TENANT = TenantId.of("gayalokal");
    static final Sku KAOS = Sku.of("KAOS-M");
    static final LocationId JKT = LocationId.of("WH-JKT");
    static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    final InMemoryStore store = new InMemoryStore();
    final InMemoryInventory inv = InMemoryInventory.builder(TENANT).store(store)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private void rolledBack(Runnable inside) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            inside.run();
            throw new IllegalStateException("the host's transaction failed");
        }));
        assertEquals("the host's transaction failed", e.getMessage());
    }

    private List<EventEnvelope<?>> outbox() {
        return store.outbox().claim("test", 10_000, NOW, Duration.ofMinutes(1)).stream()
                .map(OutboxEntry::envelope).<EventEnvelope<?>>map(e -> e).toList();
    }

    private static List<Long> sequencesOf(List<EventEnvelope<?>> events, String aggregateType) {
        return events.stream().filter(e -> e.aggregateType().equals(aggregateType)).map(EventEnvelope::sequence)
                .toList();
    }

    @Test
    void aRolledBackMovementLeavesNoLedgerEntryAndTakesNoNumber() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        rolledBack(() -> {
            inv.receive(KAOS, JKT, 3, "PO-2");
            inv.adjust(KAOS, JKT, -1, MovementReason.DAMAGE, "DMG-1");
        });

        assertEquals(List.of(1L), inv.movementsAfter(0).stream().map(Movement::sequence).toList());
        assertEquals(1, inv.lastMovementSequence());
        Movement real = inv.receive(KAOS, JKT, 3, "PO-2");
        assertEquals(2, real.sequence(), "the next movement takes the next number");
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.RECEIPT),
                inv.movements(KAOS, JKT).stream().map(Movement::reason).toList());
        assertEquals(List.of(1L, 2L), sequencesOf(outbox(), "stock-ledger"),
                "every movement has its stock.moved event, numbered without gaps");
        assertEquals(8, inv.level(KAOS, JKT).orElseThrow().onHand());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aRolledBackSaleLeavesNoLedgerEntryAndItsUnitsAreHeldAgain() {
        inv.receive(KAOS, JKT, 5, "PO-1");
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("R-1"), OrderId.of("O-1"),
                ReservationLine.at(0, KAOS, JKT, 2)));
        rolledBack(() -> inv.commit(ReservationId.of("R-1")));

        assertEquals(List.of(MovementReason.RECEIPT), inv.movements(KAOS, JKT).stream().map(Movement::reason).toList());
        assertEquals(new StockLevel(KAOS, JKT, 5, 2, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        assertEquals(ReservationStatus.ACTIVE, inv.reservation(ReservationId.of("R-1")).orElseThrow().status());
        assertEquals(2, inv.commit(ReservationId.of("R-1")).sold().get(0).quantity());
        assertEquals(List.of(1L, 2L), sequencesOf(outbox(), "stock-ledger"));
        assertTrue(inv.verify().clean());
    }

    @Test
    void aRolledBackAlertGivesItsNumberBack() {
        inv.receive(KAOS, JKT, 2, "PO-1");
        ReservationRequest all = ReservationRequest.untilShipment(ReservationId.of("R-1"), OrderId.of("O-1"),
                ReservationLine.at(0, KAOS, JKT, 2));
        rolledBack(() -> inv.reserve(all));

        inv.reserve(all);

        List<EventEnvelope<?>> events = outbox();
        assertEquals(List.of(1L), sequencesOf(events, "stock-alert"), "out-of-stock is the first alert");
        assertTrue(events.stream().anyMatch(e -> e.event() instanceof InventoryEvent.OutOfStock));
    }

    @Test
    void aRolledBackSlipGivesItsNumberBack() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        inv.expectInbound(new InboundSupply("PO-7", KAOS, JKT, 10, due));
        inv.backorder(ReservationId.of("PRE-1"), OrderId.of("O-PRE-1"), KAOS, JKT, 2);
        rolledBack(() -> inv.rescheduleInbound("PO-7", KAOS, JKT, due.plusDays(7)));

        inv.rescheduleInbound("PO-7", KAOS, JKT, due.plusDays(7));

        List<EventEnvelope<?>> events = outbox();
        assertEquals(List.of(1L), sequencesOf(events, "inbound-supply"));
        InventoryEvent.SupplySlipped slip = (InventoryEvent.SupplySlipped) events.stream()
                .filter(e -> e.event() instanceof InventoryEvent.SupplySlipped).findFirst().orElseThrow().event();
        assertEquals(due, slip.from());
    }

    @Test
    void unitsOfARolledBackReleaseAreNeverFreeForAnotherReservation() throws Exception {
        inv.receive(KAOS, JKT, 2, "PO-1");
        ReservationId held = ReservationId.of("R-HELD");
        inv.reserve(ReservationRequest.untilShipment(held, OrderId.of("O-1"), ReservationLine.at(0, KAOS, JKT, 2)));
        AtomicReference<Object> other = new AtomicReference<>();

        rolledBack(() -> {
            inv.release(held, ReleaseReason.ORDER_CANCELLED);
            // Another thread, outside any transaction, tries to take the two units while the
            // cancellation is not committed yet.
            Thread racer = new Thread(() -> {
                try {
                    other.set(inv.reserve(ReservationRequest.untilShipment(ReservationId.of("R-RACER"),
                            OrderId.of("O-2"), ReservationLine.at(0, KAOS, JKT, 2))));
                } catch (RuntimeException e) {
                    other.set(e);
                }
            });
            racer.start();
            try {
                racer.join(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertFalse(racer.isAlive(), "the racer finished");
        });

        assertInstanceOf(InsufficientStockException.class, other.get(), "the racer could not take held units");
        assertEquals(ReservationStatus.ACTIVE, inv.reservation(held).orElseThrow().status());
        assertEquals(new StockLevel(KAOS, JKT, 2, 2, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        VerificationReport report = inv.verify();
        assertTrue(report.clean(), () -> "verify: " + report.differences());
        // Committed for real, the release frees the units.
        inv.release(held, ReleaseReason.ORDER_CANCELLED);
        assertEquals(2, inv.available(KAOS, JKT));
    }
}
