package dev.orderan.analytics.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Granularity;
import dev.orderan.analytics.replenishment.PromiseDates;
import dev.orderan.analytics.replenishment.StockPosition;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demand series and stock positions read from Orderan's own orders, events and inventory. */
class DemandHistoryTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
    static final Sku KAOS = Sku.of("KAOS-01");
    static final LocationId JKT = LocationId.of("WH-JKT");
    static final LocationId SBY = LocationId.of("WH-SBY");

    @Test
    void fromOrders_countsGoodsUnitsOnTheDayOfPlacement_leavingOutCancelledOrders() {
        TestClock clock = new TestClock(DAY1.atTime(9, 0).atZone(JAKARTA).toInstant());
        OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock).build();
        List<Order> placed = new ArrayList<>();
        placed.add(orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-1").build()).order());
        clock.advance(Duration.ofHours(14)); // 23:00 the same day in Jakarta, 16:00 UTC
        placed.add(orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-2").idempotencyKey("k2").build()).order());
        clock.advance(Duration.ofDays(2)); // day 3
        Order third = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-3").idempotencyKey("k3").build()).order();
        placed.add(orders.execute(OrderFixtures.TENANT, third.id(),
                new OrderCommand.Cancel(CancelledBy.CUSTOMER, "salah ukuran")));
        placed.add(orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-4").idempotencyKey("k4").build()).order());

        List<DemandSeries> series = DemandHistory.fromOrders(placed, Granularity.DAY, JAKARTA, DAY1, DAY1.plusDays(3));
        assertEquals(2, series.size());
        DemandSeries batik = series.get(0);
        assertEquals("KMJ-BTK-M", batik.sku());
        assertEquals(DemandSeries.ALL_LOCATIONS, batik.location());
        assertArrayEquals(new double[] {4, 0, 2, 0}, batik.values()); // two shirts per order, INV-3 cancelled
        assertArrayEquals(new double[] {2, 0, 1, 0}, series.get(1).values());

        List<OrderEvent> events = new ArrayList<>();
        for (String id : List.of("INV-1", "INV-2", "INV-3", "INV-4")) {
            orders.history(OrderFixtures.TENANT, OrderId.of(id)).forEach(envelope -> events.add(envelope.event()));
        }
        List<DemandSeries> fromEvents = DemandHistory.fromOrderEvents(events, Granularity.DAY, JAKARTA, DAY1,
                DAY1.plusDays(3));
        assertEquals(series, fromEvents);
    }

    @Test
    void fromMovements_countsSalesPerSkuAndLocation_byWeek() {
        Instant start = DAY1.atTime(10, 0).atZone(JAKARTA).toInstant();
        TestClock clock = new TestClock(start);
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).clock(clock).build();
        inv.receive(KAOS, JKT, 100, "PO-1");
        inv.receive(KAOS, SBY, 100, "PO-2");
        int n = 0;
        for (int day = 0; day < 14; day++) {
            long units = day % 3 + 1;
            ReservationId id = ReservationId.of("r" + n++);
            inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("o" + n), ReservationLine.at(1, KAOS, JKT, units)));
            inv.commit(id);
            if (day == 9) {
                ReservationId s = ReservationId.of("s" + n++);
                inv.reserve(ReservationRequest.untilShipment(s, OrderId.of("o" + n), ReservationLine.at(1, KAOS, SBY, 7)));
                inv.commit(s);
            }
            clock.advance(Duration.ofDays(1));
        }
        List<DemandSeries> series = DemandHistory.fromMovements(inv.movementsAfter(0), Granularity.WEEK, JAKARTA, DAY1,
                DAY1.plusDays(13));
        assertEquals(2, series.size());
        assertEquals("WH-JKT", series.get(0).location());
        // days 0..6 sell 1,2,3,1,2,3,1 = 13; days 7..13 sell 2,3,1,2,3,1,2 = 14; receipts are not demand
        assertArrayEquals(new double[] {13, 14}, series.get(0).values());
        assertArrayEquals(new double[] {0, 7}, series.get(1).values());
    }

    @Test
    void stockPositionAndAvailableToPromise_comeFromTheInventory() {
        TestClock clock = new TestClock(DAY1.atTime(10, 0).atZone(JAKARTA).toInstant());
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).clock(clock).build();
        inv.receive(KAOS, JKT, 10, "PO-0");
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r1"), OrderId.of("o1"),
                ReservationLine.at(1, KAOS, JKT, 3)));
        inv.expectInbound(new InboundSupply("PO-1", KAOS, JKT, 20, DAY1.plusDays(7)));
        inv.backorder(ReservationId.of("pre-1"), OrderId.of("o2"), KAOS, JKT, 5);

        StockPosition p = DemandHistory.stockPosition(inv, KAOS, JKT);
        assertEquals(new StockPosition("KAOS-01", "WH-JKT", 10, 3, 20, 5), p);
        assertEquals(22, p.inventoryPosition());

        List<PromiseDates.AtpStep> atp = DemandHistory.availableToPromise(inv, KAOS, JKT, DAY1);
        assertEquals(List.of(new PromiseDates.AtpStep(DAY1, 7), new PromiseDates.AtpStep(DAY1.plusDays(7), 22)), atp);
        assertEquals(new StockPosition("KAOS-01", "WH-SBY", 0, 0, 0, 0), DemandHistory.stockPosition(inv, KAOS, SBY));
    }
}
