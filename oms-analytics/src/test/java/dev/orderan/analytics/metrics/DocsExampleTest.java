package dev.orderan.analytics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.analytics.clv.BgNbd;
import dev.orderan.analytics.clv.CustomerRfm;
import dev.orderan.analytics.clv.GammaGamma;
import dev.orderan.analytics.clv.LifetimeValue;
import dev.orderan.analytics.clv.RfmSummary;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage example of docs/analytics.md, run against a simulated shop. */
class DocsExampleTest {

    @Test
    void theDocumentedExampleRuns() {
        ShopSimulation shop = ShopSimulation.run(7L, 90, 8, Instant.parse("2025-05-01T00:00:00Z"));
        OrderService orderService = shop.service;
        var tenant = ShopSimulation.TENANT;
        List<OrderId> orderIds = shop.orderIds.stream().map(OrderId::of).toList();
        var catalogue = shop.categories;
        var extras = shop.extras;

        // --- as in docs/analytics.md ---
        OrderFacts adapter = OrderFacts.builder()
                .categories(catalogue)                // SKU → category, for lines placed without one
                .extras(extras)                       // order id → source, shipping cost, corrections…
                .zone(ZoneId.of("Asia/Jakarta"))
                .build();
        List<EventEnvelope<OrderEvent>> log = new ArrayList<>();
        for (OrderId id : orderIds) {
            log.addAll(orderService.history(tenant, id));     // or what a relay takes from the outbox
        }
        List<OrderFact> facts = adapter.fromEvents(log);

        Scope april = Scope.month(YearMonth.of(2025, 4), ZoneId.of("Asia/Jakarta"), Money.IDR);
        SalesMetrics sales = SalesMetrics.of(facts, april);
        MoneyFigure revenue = sales.revenue();              // exact, net of refunds, with each order's contribution
        List<String> behindIt = revenue.orderIds();         // drill down
        DurationFigure toShip = OperationsMetrics.of(facts, april).processingTime(Milestone.PLACED, Milestone.SHIPPED);
        CohortTable cohorts = CustomerMetrics.of(facts, april).cohortRetention();

        RfmSummary weekly = RfmSummary.weekly(LocalDate.of(2025, 5, 31), ZoneId.of("Asia/Jakarta"));
        List<CustomerRfm> rfm = weekly.summarise(facts);
        LifetimeValue clv = LifetimeValue.of(BgNbd.fit(rfm), GammaGamma.fit(rfm));
        List<LifetimeValue.CustomerValue> values = clv.values(rfm, new LifetimeValue.Horizon(52, 0.0018, 0.3),
                ProgressListener.NONE);
        // --- end of example ---

        assertFalse(behindIt.isEmpty());
        assertEquals(revenue.value(), revenue.recompute());
        assertTrue(toShip.count() > 0 && toShip.p90().compareTo(toShip.p50()) >= 0);
        assertEquals(1, cohorts.rows().size());
        assertEquals(rfm.size(), values.size());
    }
}
