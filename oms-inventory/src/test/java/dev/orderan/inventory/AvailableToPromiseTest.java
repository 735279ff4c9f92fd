package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.atp.SupplyNotFoundException;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailableToPromiseTest {

    static final Sku HIJAB = Sku.of("HIJAB-01");
    static final LocationId JKT = LocationId.of("JKT");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    final List<InventoryEvent> events = new ArrayList<>();
    final InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).listener(events::add).build();

    @Test
    void promisableQuantityGrowsOnTheDatesInboundSupplyArrives() {
        inv.receive(HIJAB, JKT, 5, "PO-0");
        inv.expectInbound(new InboundSupply("PO-1", HIJAB, JKT, 20, TODAY.plusDays(7)));
        inv.expectInbound(new InboundSupply("PO-2", HIJAB, JKT, 30, TODAY.plusDays(14)));

        assertEquals(5, inv.availableToPromise(HIJAB, JKT, TODAY));
        assertEquals(25, inv.availableToPromise(HIJAB, JKT, TODAY.plusDays(7)));
        assertEquals(55, inv.availableToPromise(HIJAB, TODAY.plusDays(30)));
        assertEquals(50, inv.level(HIJAB, JKT).orElseThrow().inbound());
        assertEquals(5, inv.available(HIJAB, JKT), "inbound supply is not available now");
    }

    @Test
    void preOrdersArePromisedOutOfTheEarliestSupplyWithRoomAndReduceWhatCanBePromised() {
        inv.receive(HIJAB, JKT, 1, "PO-0");
        inv.expectInbound(new InboundSupply("PO-1", HIJAB, JKT, 10, TODAY.plusDays(7)));
        inv.expectInbound(new InboundSupply("PO-2", HIJAB, JKT, 30, TODAY.plusDays(14)));

        Backorder first = inv.backorder(ReservationId.of("pre-1"), OrderId.of("o1"), HIJAB, JKT, 8);
        Backorder second = inv.backorder(ReservationId.of("pre-2"), OrderId.of("o2"), HIJAB, JKT, 5);

        assertEquals(TODAY.plusDays(7), first.promisedOn());
        assertEquals("PO-2", second.supplyReference());
        assertEquals(TODAY.plusDays(14), second.promisedOn());
        assertEquals(first, inv.backorder(ReservationId.of("pre-1"), OrderId.of("o1"), HIJAB, JKT, 8));
        assertEquals(1 + 2, inv.availableToPromise(HIJAB, JKT, TODAY.plusDays(7)));
        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> inv.backorder(ReservationId.of("pre-3"), OrderId.of("o3"), HIJAB, JKT, 26));
        assertEquals(25, e.available());
    }

    @Test
    void whenSupplySlipsAnEventNamesTheOrdersPromisedOutOfIt() {
        inv.receive(HIJAB, JKT, 1, "PO-0");
        inv.expectInbound(new InboundSupply("PO-1", HIJAB, JKT, 10, TODAY.plusDays(7)));
        inv.backorder(ReservationId.of("pre-1"), OrderId.of("o1"), HIJAB, JKT, 4);
        inv.backorder(ReservationId.of("pre-2"), OrderId.of("o2"), HIJAB, JKT, 4);
        events.clear();

        List<OrderId> affected = inv.rescheduleInbound("PO-1", HIJAB, JKT, TODAY.plusDays(12));

        assertEquals(List.of(OrderId.of("o1"), OrderId.of("o2")), affected);
        InventoryEvent.SupplySlipped slip = (InventoryEvent.SupplySlipped) events.get(0);
        assertEquals(TODAY.plusDays(7), slip.from());
        assertEquals(TODAY.plusDays(12), slip.to());
        assertEquals(affected, slip.affectedOrders());
        assertTrue(inv.backorders("PO-1", HIJAB, JKT).stream().allMatch(b -> b.promisedOn().equals(TODAY.plusDays(12))));
        assertThrows(SupplyNotFoundException.class, () -> inv.rescheduleInbound("PO-9", HIJAB, JKT, TODAY));
    }

    @Test
    void receivingTheSupplyTurnsItsBackordersIntoReservationsAsFarAsTheUnitsGo() {
        inv.expectInbound(new InboundSupply("PO-1", HIJAB, JKT, 10, TODAY.plusDays(7)));
        inv.backorder(ReservationId.of("pre-1"), OrderId.of("o1"), HIJAB, JKT, 4);
        inv.backorder(ReservationId.of("pre-2"), OrderId.of("o2"), HIJAB, JKT, 4);

        List<Reservation> made = inv.receiveInbound("PO-1", HIJAB, JKT, 6);

        assertEquals(List.of(ReservationId.of("pre-1")), made.stream().map(Reservation::id).toList());
        assertEquals(ReservationStatus.ACTIVE, inv.reservation(ReservationId.of("pre-1")).orElseThrow().status());
        assertEquals(6, inv.level(HIJAB, JKT).orElseThrow().onHand());
        assertEquals(4, inv.level(HIJAB, JKT).orElseThrow().reserved());
        assertEquals(1, inv.backorders("PO-1", HIJAB, JKT).size(), "pre-2 still waits for the rest");
        assertTrue(inv.verify().clean());

        inv.receiveInbound("PO-1", HIJAB, JKT, 4);
        assertEquals(8, inv.level(HIJAB, JKT).orElseThrow().reserved());
        assertTrue(inv.inbound(HIJAB, JKT).isEmpty());
        assertTrue(inv.verify().clean());
    }
}
