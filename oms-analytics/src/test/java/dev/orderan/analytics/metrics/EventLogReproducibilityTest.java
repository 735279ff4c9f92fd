package dev.orderan.analytics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures for a period are reproducible from the event log: facts (and every metric) computed from
 * the tenant's event log equal those computed from the orders' state, now and as of a past instant.
 */
class EventLogReproducibilityTest {

    private static final Instant SNAPSHOT = Instant.parse("2025-04-17T10:30:00Z");
    private static ShopSimulation shop;

    @BeforeAll
    static void runShop() {
        shop = ShopSimulation.run(42L, 120, 10, SNAPSHOT);
    }

    @Test
    void factsFromTheEventLog_equalFactsFromTheOrders() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> fromOrders = adapter.fromOrders(shop.orders());
        List<OrderFact> fromEvents = adapter.fromEvents(shop.eventLog());
        System.out.printf("FIGURE metrics.shop orders=%d events=%d%n", fromOrders.size(), shop.eventLog().size());
        assertTrue(fromOrders.size() > 1000, "orders simulated: " + fromOrders.size());
        assertEquals(fromOrders, fromEvents);
    }

    @Test
    void factsAsOfAPastInstant_equalTheOrdersAsTheyStoodThen() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> then = adapter.fromOrders(shop.snapshot);
        List<OrderFact> replayed = adapter.fromEvents(shop.eventLog(), SNAPSHOT);
        assertEquals(then, replayed);
        assertFalse(replayed.equals(adapter.fromEvents(shop.eventLog())), "later events changed some orders");
    }

    @Test
    void everyMetricOfAPeriod_isTheSameFromEventsAndFromOrders() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> a = adapter.fromOrders(shop.orders());
        List<OrderFact> b = adapter.fromEvents(shop.eventLog());
        Scope april = Scope.month(YearMonth.of(2025, 4), ShopSimulation.JAKARTA, Money.IDR);
        SalesMetrics sa = SalesMetrics.of(a, april);
        SalesMetrics sb = SalesMetrics.of(b, april);
        assertEquals(sa.revenue(), sb.revenue());
        assertEquals(sa.medianOrderValue(), sb.medianOrderValue());
        assertEquals(sa.bestSellers(5), sb.bestSellers(5));
        assertEquals(sa.bySource(), sb.bySource());
        assertEquals(sa.ordersByHour(), sb.ordersByHour());
        CustomerMetrics ca = CustomerMetrics.of(a, april);
        CustomerMetrics cb = CustomerMetrics.of(b, april);
        assertEquals(ca.cohortRetention(), cb.cohortRetention());
        assertEquals(ca.historicalValue(), cb.historicalValue());
        OperationsMetrics oa = OperationsMetrics.of(a, april);
        OperationsMetrics ob = OperationsMetrics.of(b, april);
        for (Milestone from : Milestone.values()) {
            for (Milestone to : Milestone.values()) {
                if (to.ordinal() > from.ordinal()) {
                    assertEquals(oa.processingTime(from, to), ob.processingTime(from, to));
                }
            }
        }
        assertEquals(oa.errorRateByKind(), ob.errorRateByKind());
        assertEquals(oa.returnsByCategory(), ob.returnsByCategory());
        assertEquals(oa.onTimeDeliveryByCourier(), ob.onTimeDeliveryByCourier());
        assertEquals(oa.shippingCostPerOrder(), ob.shippingCostPerOrder());
    }

    @Test
    void theSimulatedShop_exercisesEveryFactTheMetricsReport() {
        List<OrderFact> facts = shop.adapter().fromEvents(shop.eventLog());
        assertTrue(facts.stream().anyMatch(f -> f.cancelledBy().filter("SELLER"::equals).isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.cancelledBy().filter("SYSTEM"::equals).isPresent()));
        assertTrue(facts.stream().anyMatch(OrderFact::deliveryFailed));
        assertTrue(facts.stream().anyMatch(f -> f.returned().isPresent() && f.returned().get().receivedAt().isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.returned().filter(r -> r.reason().equals("WRONG_ITEM")).isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.timeline().paidAt().isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.paymentMethod().equals("COD") && f.timeline().paidAt().isEmpty()));
    }

    @Test
    void aLogMixingTenants_isRefusedNamingTheEvent() {
        List<OrderEvent> log = new ArrayList<>(shop.eventLog());
        ShopSimulation other = new ShopSimulation();
        List<OrderEvent> mixed = new ArrayList<>(log.subList(0, 3));
        OrderEvent foreign = log.get(3);
        mixed.add(new OrderEvent.StatusChanged(new dev.orderan.core.order.OrderRef(
                dev.orderan.core.common.TenantId.of("another-shop"), foreign.orderId()), 2, foreign.occurredAt(),
                dev.orderan.core.order.OrderStatus.AWAITING_PAYMENT, dev.orderan.core.order.OrderStatus.CANCELLED,
                dev.orderan.core.order.OrderTrigger.CANCEL));
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> other.adapter().fromEvents(mixed));
        assertTrue(e.violationAt("log[3].tenantId").isPresent(), e.getMessage());
    }

    @Test
    void aLogMissingAnOrdersPlacement_isRefusedNamingTheOrder() {
        List<OrderEvent> log = new ArrayList<>(shop.eventLog());
        OrderEvent placed = log.stream().filter(e -> e instanceof OrderEvent.Placed).findFirst().orElseThrow();
        log.remove(placed);
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> shop.adapter().fromEvents(log));
        assertTrue(e.violationAt("log").orElseThrow().message().contains(placed.orderId().value()), e.getMessage());
    }
}
