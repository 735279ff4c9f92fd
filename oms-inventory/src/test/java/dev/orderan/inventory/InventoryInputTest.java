package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import dev.orderan.core.store.Transaction;
import dev.orderan.inventory.spi.InventoryStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear error and changes nothing; redelivered documents are booked once. */
class InventoryInputTest {

    private static final Sku KAOS = Sku.of("KAOS-M");
    private static final LocationId JKT = LocationId.of("JKT");
    private static final LocationId SBY = LocationId.of("SBY");

    private final InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("toko-a")).build();

    private static List<String> paths(ValidationFailedException e) {
        return e.violations().stream().map(v -> v.path()).toList();
    }

    @Test
    void nullArgumentsAreViolationsNamingTheFieldNotNullPointerExceptions() {
        assertEquals(List.of("location", "reference", "sku"),
                paths(assertThrows(ValidationFailedException.class, () -> inv.receive(null, null, 1, null))));
        assertEquals(List.of("reason"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, -1, null, "x"))));
        assertEquals(List.of("id", "reason"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.release(null, null))));
        assertEquals(List.of("request"), paths(assertThrows(ValidationFailedException.class, () -> inv.reserve(null))));
        assertEquals(List.of("now"), paths(assertThrows(ValidationFailedException.class, () -> inv.releaseExpired(null))));
        assertEquals(List.of("id", "lines", "owner"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.reserve(new ReservationRequest(null, null, null, Optional.empty())))));
    }

    @Test
    void aNegativeReservationLineIsRefusedAndReservesNothing() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> inv.reserve(
                ReservationRequest.untilShipment(ReservationId.of("R-1"), OrderId.of("O-1"),
                        ReservationLine.at(0, KAOS, JKT, -7))));
        assertEquals(List.of("lines[0].quantity"), paths(e));
        assertEquals(0, inv.level(KAOS, JKT).orElseThrow().reserved());
    }

    @Test
    void adjustingByTheSmallestLongBlamesTheDeltaAndChangesNothing() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, Long.MIN_VALUE, MovementReason.DAMAGE, "DMG-1"));
        assertEquals(List.of("delta"), paths(e));
        assertTrue(e.getMessage().contains("must be between -2147483647 and 2147483647"), e.getMessage());
        assertEquals(10, inv.level(KAOS, JKT).orElseThrow().onHand());
    }

    @Test
    void aRedeliveredGoodsReceiptIsBookedOnceAndOtherContentIsRefused() {
        Movement first = inv.receive(KAOS, JKT, 10, "GR-2026-0042");
        assertEquals(first, inv.receive(KAOS, JKT, 10, "GR-2026-0042"));
        assertEquals(10, inv.level(KAOS, JKT).orElseThrow().onHand(), "not doubled");
        assertThrows(MovementConflictException.class, () -> inv.receive(KAOS, JKT, 12, "GR-2026-0042"));
        inv.adjust(KAOS, JKT, -2, MovementReason.DAMAGE, "DMG-7");
        inv.adjust(KAOS, JKT, -2, MovementReason.DAMAGE, "DMG-7");
        inv.transfer(KAOS, JKT, SBY, 3, "TRF-1");
        inv.transfer(KAOS, JKT, SBY, 3, "TRF-1");
        assertEquals(5, inv.level(KAOS, JKT).orElseThrow().onHand());
        assertEquals(3, inv.level(KAOS, SBY).orElseThrow().onHand());
        assertEquals(List.of(10L, -2L, -3L), inv.movements(KAOS, JKT).stream().map(Movement::delta).toList(),
                "the ledger of the SKU at the location, from its index");
        assertTrue(inv.verify().clean());
    }

    @Test
    void exceptionsCarryNoNullsWhereAnyLocationWasMeant() {
        UnknownStockException unknown = assertThrows(UnknownStockException.class, () -> inv.reserve(
                ReservationRequest.untilShipment(ReservationId.of("R-2"), OrderId.of("O-2"),
                        ReservationLine.anywhere(0, KAOS, 1))));
        assertTrue(unknown.location().isEmpty());
        inv.receive(KAOS, JKT, 1, "PO-1");
        InsufficientStockException shortOf = assertThrows(InsufficientStockException.class, () -> inv.reserve(
                ReservationRequest.untilShipment(ReservationId.of("R-3"), OrderId.of("O-3"),
                        ReservationLine.anywhere(0, KAOS, 5))));
        assertTrue(shortOf.location().isEmpty());
        assertTrue(shortOf.getMessage().contains("at any location"), shortOf.getMessage());
    }

    @Test
    void aSplitShipmentCommitsPartOfAReservationAndTheRestLater() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        ReservationId id = ReservationId.of("R-SPLIT");
        inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("O-9"), ReservationLine.at(0, KAOS, JKT, 4)));
        Reservation part = inv.commit(id, List.of(new ReservedLine(0, KAOS, JKT, 3)));
        assertEquals(ReservationStatus.ACTIVE, part.status());
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 1)), part.lines());
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 3)), part.sold());
        assertEquals(new StockLevel(KAOS, JKT, 7, 1, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        ValidationFailedException tooMuch = assertThrows(ValidationFailedException.class,
                () -> inv.commit(id, List.of(new ReservedLine(0, KAOS, JKT, 2))));
        assertEquals(List.of("part[0].quantity"), paths(tooMuch));
        Reservation rest = inv.commit(id);
        assertEquals(ReservationStatus.COMMITTED, rest.status());
        assertEquals(List.of(new ReservedLine(0, KAOS, JKT, 4)), rest.sold());
        assertEquals(new StockLevel(KAOS, JKT, 6, 0, 0, 0), inv.level(KAOS, JKT).orElseThrow());
        assertTrue(inv.verify().clean());
    }

    @Test
    void aReleasedReservationCannotBeCommittedSilently() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        ReservationId id = ReservationId.of("R-REL");
        inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("O-8"), ReservationLine.at(0, KAOS, JKT, 2)));
        inv.release(id, ReleaseReason.EXPIRED);
        assertThrows(dev.orderan.inventory.reservation.ReservationStateException.class, () -> inv.commit(id));
        assertEquals(10, inv.level(KAOS, JKT).orElseThrow().onHand());
    }

    private static List<String> rules(ValidationFailedException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void adjustmentsOutsideTheirLimitsAreRefusedNamingTheRuleAndChangeNothing() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        assertEquals(List.of("delta Range"), rules(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, InventoryStore.MAX_UNITS + 1, MovementReason.ADJUSTMENT, "A-1"))));
        assertEquals(List.of("delta Range"), rules(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, -InventoryStore.MAX_UNITS - 1, MovementReason.ADJUSTMENT, "A-1"))));
        assertEquals(List.of("delta NotZero"), rules(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, 0, MovementReason.ADJUSTMENT, "A-1"))));
        for (MovementReason booked : List.of(MovementReason.RECEIPT, MovementReason.SALE, MovementReason.TRANSFER_IN,
                MovementReason.TRANSFER_OUT)) {
            assertEquals(List.of("reason Adjustment"), rules(assertThrows(ValidationFailedException.class,
                    () -> inv.adjust(KAOS, JKT, 1, booked, "A-1"))), booked.name());
        }
        assertEquals(List.of("delta Positive"), rules(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, -1, MovementReason.RETURN_RESTOCK, "A-1"))));
        assertEquals(List.of("delta Negative"), rules(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(KAOS, JKT, 1, MovementReason.DAMAGE, "A-1"))));
        assertEquals(List.of("sku"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.adjust(null, JKT, 1, MovementReason.ADJUSTMENT, "A-1"))));
        assertEquals(10, inv.level(KAOS, JKT).orElseThrow().onHand(), "nothing changed");
        // The smallest steps in the allowed direction are booked.
        inv.adjust(KAOS, JKT, 1, MovementReason.RETURN_RESTOCK, "A-2");
        inv.adjust(KAOS, JKT, -2, MovementReason.DAMAGE, "A-3");
        assertEquals(9, inv.level(KAOS, JKT).orElseThrow().onHand());
        // The largest delta allowed, up and back down.
        inv.adjust(KAOS, SBY, InventoryStore.MAX_UNITS, MovementReason.ADJUSTMENT, "A-4");
        assertEquals(InventoryStore.MAX_UNITS, inv.level(KAOS, SBY).orElseThrow().onHand());
        inv.adjust(KAOS, SBY, -InventoryStore.MAX_UNITS, MovementReason.STOCK_TAKE_VARIANCE, "A-5");
        assertEquals(0, inv.level(KAOS, SBY).orElseThrow().onHand());
    }

    @Test
    void committingWithoutAnIdTransactionOrLinesIsRefusedNamingTheArgument() {
        ReservationId id = ReservationId.of("R-1");
        List<ReservedLine> part = List.of(new ReservedLine(0, KAOS, JKT, 1));
        assertEquals(List.of("id"), paths(assertThrows(ValidationFailedException.class, () -> inv.commit((ReservationId) null))));
        assertEquals(List.of("id"), paths(assertThrows(ValidationFailedException.class, () -> inv.commit(null, part))));
        assertEquals(List.of("part"), paths(assertThrows(ValidationFailedException.class, () -> inv.commit(id, List.of()))));
        assertEquals(List.of("part"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.commit(id, (List<ReservedLine>) null))));
        assertEquals(List.of("tx"), paths(assertThrows(ValidationFailedException.class, () -> inv.commit((Transaction) null, id))));
        assertEquals(List.of("id"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.commit((Transaction) null, null))));
        assertEquals(List.of("tx"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.commit((Transaction) null, id, part))));
        assertEquals(List.of("tx"), paths(assertThrows(ValidationFailedException.class,
                () -> inv.commit((Transaction) null, id, (dev.orderan.core.event.EventMetadata) null))));
    }

    @Test
    void reservationRequestsOutsideTheirLimitsListEveryViolation() {
        inv.receive(KAOS, JKT, 10, "PO-1");
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> inv.reserve(
                new ReservationRequest(ReservationId.of("R-1"), OrderId.of("O-1"), java.util.Arrays.asList(
                        ReservationLine.at(-1, KAOS, JKT, 0), null,
                        ReservationLine.at(2, KAOS, JKT, InventoryStore.MAX_UNITS + 1)), null, null)));
        assertEquals(List.of("destination NotNull", "expiresAt NotNull", "lines[0].line PositiveOrZero",
                "lines[0].quantity Positive", "lines[1] NotNull", "lines[2].quantity Max"), rules(e));
        assertEquals(0, inv.level(KAOS, JKT).orElseThrow().reserved());
        // Line 0 of one unit is the smallest valid line.
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("R-2"), OrderId.of("O-2"),
                ReservationLine.at(0, KAOS, JKT, 1)));
        assertEquals(1, inv.level(KAOS, JKT).orElseThrow().reserved());
    }
}
