package dev.orderan.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.forecast.AutoForecaster;
import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Granularity;
import dev.orderan.analytics.forecast.calendar.EventAdjustedForecaster;
import dev.orderan.analytics.forecast.calendar.IndonesianRetailCalendar;
import dev.orderan.analytics.forecast.calendar.RetailEvent;
import dev.orderan.analytics.replenishment.DemandOutlook;
import dev.orderan.analytics.replenishment.PromiseDates;
import dev.orderan.analytics.replenishment.ReplenishmentPlanner;
import dev.orderan.analytics.replenishment.StockPosition;
import dev.orderan.analytics.replenishment.SupplyTerms;
import dev.orderan.analytics.source.DemandHistory;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The replenishment walkthrough of docs/forecasting.md, end to end on generated shop data: a batik
 * shop with two warehouses sells four SKUs for 25 months (sale movements in the stock ledger),
 * then on 1 February 2025, a month before Ramadan, it forecasts each SKU and location with the
 * default method and the calendar events, plans purchase orders and promises a pre-order.
 * {@link #walkthrough()} returns the table the document shows; the test checks what it says.
 */
class ShopWalkthroughTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2025, 2, 1);
    static final IndonesianRetailCalendar CAL = IndonesianRetailCalendar.standard();
    static final List<String> LOCATIONS = List.of("WH-JKT", "WH-SBY");

    /** A SKU: units a day at Jakarta (Surabaya sells 60 %), its event multipliers and its supply terms. */
    record Product(String sku, double perDay, double ramadan, double runUp, double holiday, double probability,
            SupplyTerms terms) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("KMJ-BTK-M", 18, 1.3, 2.2, 0.4, 1.0, new SupplyTerms(14, 3, 250_000, 0.25 * 150_000, 100, 20)),
            new Product("GAMIS-01", 6, 2.0, 3.0, 0.3, 1.0, new SupplyTerms(21, 5, 250_000, 0.25 * 280_000, 50, 10)),
            new Product("TOTE-01", 25, 1.0, 1.1, 0.6, 1.0, new SupplyTerms(7, 1, 100_000, 0.25 * 75_000, 0, 50)),
            new Product("SARUNG-PRM", 1.5, 1.2, 1.8, 0.5, 0.25, new SupplyTerms(30, 7, 400_000, 0.25 * 900_000, 0, 1)));

    /** The walkthrough's result. */
    record Result(List<ReplenishmentPlanner.Line> lines, Map<String, String> methods, double lebaranRunUpFactor,
            Optional<LocalDate> promiseAtpOnly, Optional<LocalDate> promiseWithForecast, String table) {
    }

    static Result walkthrough() {
        TestClock clock = new TestClock(FIRST.atTime(20, 0).atZone(JAKARTA).toInstant());
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("batik-lestari")).clock(clock).build();
        SplittableRandom rnd = new SplittableRandom(2025);
        int orders = 0;
        for (LocalDate d = FIRST; d.isBefore(TODAY); d = d.plusDays(1)) {
            for (Product p : PRODUCTS) {
                for (String loc : LOCATIONS) {
                    double mean = p.perDay() * (loc.equals("WH-JKT") ? 1 : 0.6) * (1 + 0.0004 * (d.toEpochDay() - FIRST.toEpochDay()))
                            * (d.getDayOfWeek().getValue() >= 6 ? 1.25 : 1);
                    if (CAL.contains(RetailEvent.RAMADAN, d)) {
                        mean *= p.ramadan();
                    }
                    if (CAL.contains(RetailEvent.LEBARAN_RUN_UP, d)) {
                        mean *= p.runUp();
                    }
                    if (CAL.contains(RetailEvent.LEBARAN_HOLIDAY, d)) {
                        mean *= p.holiday();
                    }
                    long units = rnd.nextDouble() < p.probability() ? poisson(rnd, mean / p.probability()) : 0;
                    if (units == 0) {
                        continue;
                    }
                    Sku sku = Sku.of(p.sku());
                    LocationId at = LocationId.of(loc);
                    if (inv.available(sku, at) < units) {
                        inv.receive(sku, at, units + 500, "PO-" + d);
                    }
                    ReservationId id = ReservationId.of("SO-" + (++orders));
                    inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("INV-" + orders),
                            ReservationLine.at(1, sku, at, units)));
                    inv.commit(id);
                }
            }
            clock.advance(Duration.ofDays(1));
        }
        // Today's stock: on hand set by a count, open purchase orders, a pre-order already promised.
        long[][] onHand = {{160, 120}, {40, 35}, {900, 300}, {6, 4}};
        for (int i = 0; i < PRODUCTS.size(); i++) {
            for (int j = 0; j < LOCATIONS.size(); j++) {
                Sku sku = Sku.of(PRODUCTS.get(i).sku());
                LocationId at = LocationId.of(LOCATIONS.get(j));
                long delta = onHand[i][j] - inv.level(sku, at).orElseThrow().onHand();
                if (delta != 0) {
                    inv.adjust(sku, at, delta, dev.orderan.inventory.stock.MovementReason.STOCK_TAKE_VARIANCE, "SO-2025-02");
                }
            }
        }
        inv.expectInbound(new InboundSupply("PO-881", Sku.of("GAMIS-01"), LocationId.of("WH-JKT"), 120, TODAY.plusDays(10)));
        inv.expectInbound(new InboundSupply("PO-882", Sku.of("GAMIS-01"), LocationId.of("WH-JKT"), 150, TODAY.plusDays(24)));
        inv.backorder(ReservationId.of("PRE-7"), OrderId.of("INV-PRE-7"), Sku.of("GAMIS-01"), LocationId.of("WH-JKT"), 20);

        List<DemandSeries> history = DemandHistory.fromMovements(inv.movementsAfter(0), Granularity.DAY, JAKARTA, FIRST,
                TODAY.minusDays(1));
        EventAdjustedForecaster forecaster = new EventAdjustedForecaster(AutoForecaster.forecaster(), CAL);
        ReplenishmentPlanner planner = new ReplenishmentPlanner();
        List<ReplenishmentPlanner.Line> lines = new ArrayList<>();
        Map<String, String> methods = new java.util.TreeMap<>();
        double runUp = 0;
        double[] gamisJakarta = null;
        StringBuilder table = new StringBuilder(
                "| SKU @ location | method | lead time (days) | lead-time demand | safety stock | reorder point | EOQ | position | suggested PO |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (DemandSeries s : history) {
            Product p = PRODUCTS.stream().filter(x -> x.sku().equals(s.sku())).findFirst().orElseThrow();
            var r = forecaster.forecast(s, 90);
            methods.put(s.name(), r.forecast().model());
            if (s.name().equals("KMJ-BTK-M@WH-JKT")) {
                runUp = r.effects().factor(RetailEvent.LEBARAN_RUN_UP);
            }
            if (s.name().equals("GAMIS-01@WH-JKT")) {
                gamisJakarta = r.forecast().mean();
            }
            DemandOutlook outlook = DemandOutlook.from(r.forecast(), s.toTimeSeries(), Granularity.DAY);
            StockPosition position = DemandHistory.stockPosition(inv, Sku.of(s.sku()), LocationId.of(s.location()));
            ReplenishmentPlanner.Line line = planner.plan(new ReplenishmentPlanner.Item(position, outlook, p.terms(), 0.95));
            lines.add(line);
            table.append(String.format(Locale.ROOT, "| %s @ %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s |%n",
                    s.sku(), s.location(), r.forecast().method().replace("+events", "") + " + events", p.terms().leadTime(),
                    line.leadTimeDemand(), line.safetyStock(), line.reorderPoint(), line.economicOrderQuantity(),
                    line.inventoryPosition(), line.order().map(o -> o.quantity() + " (" + o.packs() + " x "
                            + p.terms().packSize() + ")").orElse("none")));
        }
        List<PromiseDates.AtpStep> atp = DemandHistory.availableToPromise(inv, Sku.of("GAMIS-01"), LocationId.of("WH-JKT"),
                TODAY);
        // A customer asks for 30 gamis; the promise looks four weeks ahead, past the second purchase
        // order's arrival.
        Optional<LocalDate> atpOnly = PromiseDates.earliest(30, TODAY, atp, new double[28]);
        Optional<LocalDate> withForecast = PromiseDates.earliest(30, TODAY, atp, java.util.Arrays.copyOf(gamisJakarta, 28));
        return new Result(lines, methods, runUp, atpOnly, withForecast, table.toString());
    }

    static long poisson(SplittableRandom rnd, double mean) {
        double p = Math.exp(-mean);
        double u = rnd.nextDouble();
        double cumulative = p;
        long k = 0;
        while (u > cumulative && k < 10_000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    @Test
    void walkthrough_ordersBeforeLebaranWhereStockIsShort_andPromisesThePreOrderAfterOrdinaryDemand() {
        Result r = walkthrough();
        assertEquals(8, r.lines().size());
        // The Lebaran run-up lifts batik shirts about 2.2 times in the simulated history.
        assertTrue(Math.abs(r.lebaranRunUpFactor() / 2.2 - 1) < 0.15, "run-up factor " + r.lebaranRunUpFactor());
        ReplenishmentPlanner.Line tote = line(r, "TOTE-01", "WH-JKT");
        assertTrue(tote.order().isEmpty(), tote.explanation()); // 900 on hand covers a week's lead time
        // The figures docs/forecasting.md quotes (the run is deterministic).
        ReplenishmentPlanner.Line shirts = line(r, "KMJ-BTK-M", "WH-JKT");
        assertEquals(160, shirts.inventoryPosition());
        assertEquals(470.9, shirts.reorderPoint(), 0.05);
        assertEquals(388.2, shirts.economicOrderQuantity(), 0.05);
        ReplenishmentPlanner.PurchaseOrderSuggestion po = shirts.order().orElseThrow();
        assertEquals(700, po.quantity());
        assertEquals(35, po.packs());
        ReplenishmentPlanner.Line gamis = line(r, "GAMIS-01", "WH-JKT");
        assertEquals(40 + 120 + 150 - 20, gamis.inventoryPosition());
        assertEquals(259.1, gamis.reorderPoint(), 0.05);
        assertTrue(gamis.order().isEmpty());
        assertEquals(163, line(r, "SARUNG-PRM", "WH-JKT").order().orElseThrow().quantity());
        assertTrue(r.table().contains("| KMJ-BTK-M @ WH-JKT | auto:comb + events | 14 | 344.5 | 126.4 | 470.9 | 388.2 | 160 | 700 (35 x 20) |"),
                r.table());
        // Without the forecast the pre-order of 30 gamis could be promised today from the 40 on hand;
        // ordinary Ramadan demand takes those units and the first delivery's, so the forecast-aware
        // promise is the second delivery.
        assertEquals(Optional.of(TODAY), r.promiseAtpOnly());
        assertEquals(Optional.of(TODAY.plusDays(24)), r.promiseWithForecast());
    }

    private static ReplenishmentPlanner.Line line(Result r, String sku, String location) {
        return r.lines().stream().filter(l -> l.sku().equals(sku) && l.location().equals(location)).findFirst()
                .orElseThrow();
    }
}
