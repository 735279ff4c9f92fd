package dev.orderan.analytics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.money.Money;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Each metric's definition on a handful of orders whose answers are worked out by hand. */
class MetricsTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Scope MARCH = Scope.month(YearMonth.of(2025, 3), WIB, Money.IDR);

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    private static OrderFact.Builder order(String id, String customer, String placed, long rupiah) {
        return OrderFact.builder(id, customer, Money.IDR, at(placed)).totalMinor(rupiah * 100).channel("WEB");
    }

    private static OrderFact.Timeline timeline(String placed, String paid, String packed, String shipped,
                                               String delivered, String due) {
        return new OrderFact.Timeline(at(placed), Optional.ofNullable(paid).map(MetricsTest::at),
                Optional.ofNullable(packed).map(MetricsTest::at), Optional.ofNullable(shipped).map(MetricsTest::at),
                Optional.ofNullable(delivered).map(MetricsTest::at), Optional.empty(),
                Optional.ofNullable(due).map(MetricsTest::at));
    }

    /** Six March orders (one cancelled), one February order, one April order. */
    private static List<OrderFact> shop() {
        return List.of(
                order("F1", "ani", "2025-02-20T10:00", 100_000).line(line("A", 1, 100_000)).build(),
                order("M1", "ani", "2025-03-03T20:15", 150_000).source("instagram").line(line("A", 1, 150_000))
                        .courier("jne").timeline(timeline("2025-03-03T20:15", "2025-03-03T21:15", "2025-03-04T09:15",
                                "2025-03-04T15:15", "2025-03-06T10:00", "2025-03-08T00:00"))
                        .returned(new OrderFact.Return(at("2025-03-08T10:00"), "size", Optional.empty())).build(),
                order("M2", "budi", "2025-03-05T20:40", 90_000).channel("SHOPEE").line(line("B", 3, 90_000))
                        .courier("jne").timeline(timeline("2025-03-05T20:40", "2025-03-05T22:40", "2025-03-06T10:40",
                                "2025-03-06T12:40", "2025-03-10T12:00", "2025-03-09T00:00")).build(),
                order("M3", "citra", "2025-03-10T08:05", 40_000).line(line("B", 1, 30_000)).line(line("C", 2, 10_000))
                        .courier("sicepat").addressCorrected(true).timeline(timeline("2025-03-10T08:05", null,
                                "2025-03-10T12:05", "2025-03-10T14:05", "2025-03-11T14:05", "2025-03-13T00:00")).build(),
                order("M4", "budi", "2025-03-12T20:59", 200_000).source("instagram").line(line("A", 1, 200_000)).build(),
                order("M5", "dewi", "2025-03-15T11:00", 70_000).line(line("C", 7, 70_000)).cancelledBy("SELLER")
                        .timeline(new OrderFact.Timeline(at("2025-03-15T11:00"), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.of(at("2025-03-15T15:00")), Optional.empty()))
                        .build(),
                order("M6", "eka", "2025-03-28T20:30", 60_000).line(line("B", 2, 60_000)).build(),
                order("A1", "citra", "2025-04-02T09:00", 55_000).line(line("C", 1, 55_000)).build());
    }

    private static OrderFact.Line line(String sku, long qty, long rupiah) {
        return new OrderFact.Line(sku, "Product " + sku, sku.equals("C") ? "accessories" : "fashion", qty, rupiah * 100);
    }

    @Test
    void sales_countRevenueAndAverages_leaveOutCancelledAndOtherMonths() {
        SalesMetrics s = SalesMetrics.of(shop(), MARCH);
        assertEquals(List.of("M1", "M2", "M3", "M4", "M6"), s.orders().orderIds());
        assertEquals(List.of("M5"), s.cancelledOrders().orderIds());
        assertEquals(Money.idr(540_000), s.revenue().value());
        assertEquals(Money.idr(108_000), s.averageOrderValue().value());
        assertEquals(Money.idr(90_000), s.medianOrderValue().value());
    }

    @Test
    void refunds_areDeductedFromRevenueBestSellersAndCustomerValue() {
        // M1: 150k, one of two shirts refunded (60k goods + 2k of its shipping share); M2: 90k, nothing refunded.
        List<OrderFact> facts = List.of(
                order("M1", "ani", "2025-03-03T20:15", 150_000).refundedMinor(6_200_000)
                        .line(new OrderFact.Line("A", "Product A", "fashion", 2, 12_000_000, 1, 6_000_000))
                        .line(line("B", 1, 30_000)).build(),
                order("M2", "ani", "2025-03-05T20:40", 90_000).line(line("B", 3, 90_000)).build());
        SalesMetrics s = SalesMetrics.of(facts, MARCH);
        assertEquals(Money.idr(240_000), s.grossRevenue().value());
        assertEquals(Money.idr(62_000), s.refunds().value());
        assertEquals(List.of("M1"), s.refunds().orderIds());
        assertEquals(Money.idr(178_000), s.revenue().value());
        assertEquals(Money.idr(89_000), s.averageOrderValue().value());
        ProductSales a = s.bestSellers(2).stream().filter(p -> p.sku().equals("A")).findFirst().orElseThrow();
        assertEquals(1, a.units());
        assertEquals(Money.idr(60_000), a.revenue());
        assertEquals(Money.idr(178_000), CustomerMetrics.of(facts, MARCH).historicalValue().get("ani").value());
    }

    @Test
    void aRefundLargerThanTheOrder_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> order("M1", "ani", "2025-03-03T20:15", 150_000).refundedMinor(15_000_001).build());
        assertThrows(IllegalArgumentException.class, () -> new OrderFact.Line("A", "a", "c", 2, 100, 3, 0));
    }

    @Test
    void medianOfAnEvenCount_isTheMeanOfTheTwoMiddleOrdersRoundedHalfEven() {
        List<OrderFact> facts = List.of(order("X1", "a", "2025-03-01T10:00", 0).totalMinor(101).build(),
                order("X2", "a", "2025-03-02T10:00", 0).totalMinor(104).build(),
                order("X3", "a", "2025-03-03T10:00", 0).totalMinor(200).build(),
                order("X4", "a", "2025-03-04T10:00", 0).totalMinor(1).build());
        // middle values 101 and 104: (101 + 104) / 2 = 102.5, half-even → 102
        assertEquals(Money.ofMinor(102, Money.IDR), SalesMetrics.of(facts, MARCH).medianOrderValue().value());
    }

    @Test
    void bestSellers_rankByUnitsThenRevenue_andNameTheirOrders() {
        List<ProductSales> best = SalesMetrics.of(shop(), MARCH).bestSellers(2);
        assertEquals("B", best.get(0).sku());
        assertEquals(6, best.get(0).units());
        assertEquals(Money.idr(180_000), best.get(0).revenue());
        assertEquals(List.of("M2", "M3", "M6"), best.get(0).orderIds());
        assertEquals("A", best.get(1).sku());
    }

    @Test
    void peaks_andSegments_useTheScopesCalendar() {
        SalesMetrics s = SalesMetrics.of(shop(), MARCH);
        assertEquals(Optional.of(20), s.peakHour());
        assertEquals(4, s.ordersByHour().get(20).value());
        assertEquals(Optional.of(DayOfWeek.MONDAY), s.peakDayOfWeek()); // 3, 10 March are Mondays
        assertEquals(Money.idr(350_000), s.bySource().get("instagram").revenue().value());
        assertEquals(List.of("M2"), s.byChannel().get("SHOPEE").orders().orderIds());
    }

    @Test
    void conversion_countsSessionsWhoseOrderIsASale() {
        List<Session> sessions = List.of(
                new Session("s1", at("2025-03-03T20:00"), Optional.of("instagram"), Optional.of("M1")),
                new Session("s2", at("2025-03-03T21:00"), Optional.of("instagram"), Optional.empty()),
                new Session("s3", at("2025-03-15T10:55"), Optional.empty(), Optional.of("M5")),
                new Session("s4", at("2025-03-28T20:00"), Optional.empty(), Optional.of("M6")),
                new Session("s5", at("2025-04-28T20:00"), Optional.empty(), Optional.of("A1")));
        var conversion = SalesMetrics.of(shop(), MARCH).conversionBySource(sessions);
        assertEquals(List.of("s1", "s4"), conversion.get("all").numeratorIds());
        assertEquals(4, conversion.get("all").denominator());
        assertEquals(0.5, conversion.get("instagram").rate().getAsDouble());
        assertThrows(ValidationFailedException.class,
                () -> SalesMetrics.of(shop(), MARCH).conversionBySource(List.of(sessions.get(0), sessions.get(0))));
    }

    @Test
    void customers_newReturningRepeatAndCohorts() {
        CustomerMetrics c = CustomerMetrics.of(shop(), MARCH);
        assertEquals(3, c.newCustomers().value()); // budi, citra, eka (dewi's only order was cancelled)
        assertEquals(List.of("M2", "M3", "M4", "M6"), c.newCustomers().orderIds());
        assertEquals(1, c.returningCustomers().value()); // ani
        assertEquals(List.of("budi"), c.repeatRate().numeratorIds());
        assertEquals(4, c.repeatRate().denominator());
        CohortTable table = c.cohortRetention();
        assertEquals(1, table.rows().size());
        assertEquals(List.of("budi", "citra", "eka"), table.rows().get(0).customerIds());
        assertEquals(1.0, table.rows().get(0).cells().get(0).retention().getAsDouble());
        // Historical value up to the end of March: ani 100k + 150k.
        assertEquals(Money.idr(250_000), c.historicalValue().get("ani").value());
        assertEquals(List.of("F1", "M1"), c.historicalValue().get("ani").orderIds());
        assertEquals(Money.idr(160_000), c.averageHistoricalValue()); // 640k over 4 customers (dewi has no sale)
    }

    @Test
    void cohortRetention_followsACohortIntoLaterMonths() {
        Scope q1 = Scope.days(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), WIB, Money.IDR);
        CohortTable table = CustomerMetrics.of(shop(), q1).cohortRetention();
        assertEquals(3, table.rows().size());
        CohortTable.Row february = table.rows().get(0);
        assertEquals(List.of("ani"), february.customerIds());
        assertEquals(List.of(1, 1, 0), february.cells().stream().map(CohortTable.Cell::activeCustomers).toList());
        CohortTable.Row march = table.rows().get(1);
        assertEquals(List.of("A1"), march.cells().get(1).orderIds()); // citra came back in April
    }

    @Test
    void operations_processingTimesUseNearestRankPercentilesAndNameTheOrder() {
        OperationsMetrics o = OperationsMetrics.of(shop(), MARCH);
        DurationFigure placedToShipped = o.processingTime(Milestone.PLACED, Milestone.SHIPPED);
        assertEquals(List.of("M1", "M2", "M3"), placedToShipped.orderIds());
        assertEquals(Duration.ofHours(16), placedToShipped.p50()); // 19h, 16h, 6h → median 16h
        assertEquals("M2", placedToShipped.p50OrderId());
        assertEquals(Duration.ofHours(19), placedToShipped.p99());
        DurationFigure paid = o.processingTime(Milestone.PLACED, Milestone.PAID);
        assertEquals(2, paid.count()); // M3 has no payment time
        assertThrows(ValidationFailedException.class, () -> o.processingTime(Milestone.SHIPPED, Milestone.PACKED));
    }

    @Test
    void operations_errorRateReturnsAndOnTimeDelivery() {
        OperationsMetrics o = OperationsMetrics.of(shop(), MARCH);
        assertEquals(List.of("M3", "M5"), o.errorRate().numeratorIds());
        assertEquals(6, o.errorRate().denominator());
        assertEquals(List.of("M5"), o.errorRateByKind().get(OrderError.CANCELLED_BY_SELLER).numeratorIds());
        ReturnBreakdown all = o.returns();
        assertEquals(List.of("M1"), all.rate().numeratorIds());
        assertEquals(3, all.rate().denominator());
        assertEquals(List.of("M1"), all.reasons().get("size").orderIds());
        assertEquals(1.0, o.returnsBySku().get("A").rate().rate().getAsDouble());
        assertEquals(0.5, o.returnsByCourier().get("jne").rate().rate().getAsDouble());
        assertEquals(List.of("M1"), o.onTimeDeliveryByCourier().get("jne").numeratorIds()); // M2 came a day late
        assertEquals(Money.idr(0), o.shippingCostPerOrder().value());
    }

    @Test
    void factsInAnotherCurrency_areRefusedNamingTheFact() {
        List<OrderFact> facts = List.of(order("M1", "a", "2025-03-03T20:15", 1).build(),
                OrderFact.builder("U1", "b", Monetary.getCurrency("USD"), at("2025-03-04T10:00")).build());
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> SalesMetrics.of(facts, MARCH));
        assertTrue(e.violationAt("facts[1].currency").isPresent(), e.getMessage());
    }

    @Test
    void aScopeThatEndsBeforeItStarts_isRefused() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> new Scope(at("2025-03-02T00:00"), at("2025-03-01T00:00"), WIB, Money.IDR));
        assertTrue(e.violationAt("to").isPresent());
    }
}
