package dev.orderan.analytics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures for a period are reproducible from the event log: facts read from the orders' events
 * equal those read from the orders' state (but for the payment times the state does not keep), in
 * whatever order and however often the events arrive, and the log cut at a past instant gives the
 * facts and figures the log gave at that instant.
 */
class EventLogReproducibilityTest {

    private static final Instant SNAPSHOT = Instant.parse("2025-04-17T10:30:00Z");
    private static ShopSimulation shop;
    private static List<EventEnvelope<OrderEvent>> log;

    @BeforeAll
    static void runShop() {
        shop = ShopSimulation.run(42L, 120, 10, SNAPSHOT);
        log = shop.eventLog();
    }

    /** The fact as the order's state gives it: the same, without a payment time unless payment moved the status. */
    private static OrderFact asTheStateKnowsIt(OrderFact fromEvents) {
        if (fromEvents.paymentMethod().equals("COD") || fromEvents.paymentMethod().equals("INVOICE")) {
            OrderFact.Timeline t = fromEvents.timeline();
            return new OrderFact(fromEvents.orderId(), fromEvents.customerId(), fromEvents.channel(),
                    fromEvents.source(), fromEvents.paymentMethod(), fromEvents.currency(), fromEvents.totalMinor(),
                    fromEvents.shippingFeeMinor(), fromEvents.refundedMinor(), fromEvents.shippingCostMinor(),
                    fromEvents.courier(), new OrderFact.Timeline(t.placedAt(), Optional.empty(), t.packedAt(),
                            t.shippedAt(), t.deliveredAt(), t.cancelledAt(), t.deliveryDueBy()),
                    fromEvents.lines(), fromEvents.cancelledBy(), fromEvents.returned(), fromEvents.deliveryFailed(),
                    fromEvents.addressCorrected(), fromEvents.wrongItem());
        }
        return fromEvents;
    }

    @Test
    void factsFromTheEventLog_equalFactsFromTheOrders_butForPaymentTimesTheStateDoesNotKeep() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> fromOrders = adapter.fromOrders(shop.orders());
        List<OrderFact> fromEvents = adapter.fromEvents(log);
        System.out.printf("FIGURE metrics.shop orders=%d events=%d%n", fromOrders.size(), log.size());
        assertTrue(fromOrders.size() > 1000, "orders simulated: " + fromOrders.size());
        assertEquals(fromOrders, fromEvents.stream().map(EventLogReproducibilityTest::asTheStateKnowsIt).toList());
        // Only the events know when cash on delivery and invoices were paid.
        long paidLater = fromEvents.stream().filter(f -> f.paymentMethod().equals("COD")
                || f.paymentMethod().equals("INVOICE")).filter(f -> f.timeline().paidAt().isPresent()).count();
        assertTrue(paidLater > 100, "COD and invoice orders with a payment time: " + paidLater);
    }

    @Test
    void factsAsOfAPastInstant_equalWhatTheLogAndTheOrdersSaidThen() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> replayed = adapter.fromEvents(log, SNAPSHOT);
        assertEquals(adapter.fromEvents(shop.snapshotLog), replayed);
        assertEquals(adapter.fromOrders(shop.snapshot),
                replayed.stream().map(EventLogReproducibilityTest::asTheStateKnowsIt).toList());
        assertNotEquals(adapter.fromEvents(log), replayed, "later events changed some orders");
    }

    @Test
    void everyMetricOfAPeriod_asOfAnInstant_isWhatTheLogGaveThen() {
        OrderFacts adapter = shop.adapter();
        List<OrderFact> a = adapter.fromEvents(shop.snapshotLog);
        List<OrderFact> b = adapter.fromEvents(log, SNAPSHOT);
        Scope period = Scope.days(java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 4, 17),
                ShopSimulation.JAKARTA, Money.IDR);
        SalesMetrics sa = SalesMetrics.of(a, period);
        SalesMetrics sb = SalesMetrics.of(b, period);
        assertEquals(sa.revenue(), sb.revenue());
        assertEquals(sa.refunds(), sb.refunds());
        assertEquals(sa.medianOrderValue(), sb.medianOrderValue());
        assertEquals(sa.bestSellers(5), sb.bestSellers(5));
        assertEquals(sa.bySource(), sb.bySource());
        assertEquals(sa.ordersByHour(), sb.ordersByHour());
        CustomerMetrics ca = CustomerMetrics.of(a, period);
        CustomerMetrics cb = CustomerMetrics.of(b, period);
        assertEquals(ca.cohortRetention(), cb.cohortRetention());
        assertEquals(ca.historicalValue(), cb.historicalValue());
        OperationsMetrics oa = OperationsMetrics.of(a, period);
        OperationsMetrics ob = OperationsMetrics.of(b, period);
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
    void theEventsARelayTakesFromTheOutbox_shuffledAndSomeDeliveredTwice_giveTheSameFacts() {
        ShopSimulation small = ShopSimulation.run(5L, 20, 6, Instant.MAX);
        List<OrderFact> expected = small.adapter().fromEvents(small.eventLog());
        List<EventEnvelope<OrderEvent>> relayed = new ArrayList<>(small.drainOutbox());
        assertEquals(small.eventLog().size(), relayed.size());
        assertEquals(expected, small.adapter().fromEvents(relayed));
        // At-least-once delivery: every tenth event again, everything in another order.
        for (int i = 0; i < relayed.size(); i += 10) {
            relayed.add(relayed.get(i));
        }
        Collections.shuffle(relayed, new Random(3));
        assertEquals(expected, small.adapter().fromEvents(relayed));
    }

    @Test
    void theSimulatedShop_exercisesEveryFactTheMetricsReport() {
        List<OrderFact> facts = shop.adapter().fromEvents(log);
        assertTrue(facts.stream().anyMatch(f -> f.cancelledBy().filter("SELLER"::equals).isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.cancelledBy().filter("SYSTEM"::equals).isPresent()));
        assertTrue(facts.stream().anyMatch(OrderFact::deliveryFailed));
        assertTrue(facts.stream().anyMatch(f -> f.returned().isPresent() && f.returned().get().receivedAt().isPresent()));
        assertTrue(facts.stream().anyMatch(f -> f.returned().filter(r -> r.reason().equals("WRONG_ITEM")).isPresent()));
        for (String method : List.of("VIRTUAL_ACCOUNT", "BANK_TRANSFER", "COD", "INVOICE")) {
            assertTrue(facts.stream().anyMatch(f -> f.paymentMethod().equals(method) && f.timeline().paidAt().isPresent()),
                    method);
        }
        // Refunds: whole orders and single lines, deducted from the value; paid-back surplus is not.
        assertTrue(facts.stream().anyMatch(f -> !f.isCancelled() && f.refundedMinor() == f.totalMinor()
                && f.totalMinor() > 0));
        assertTrue(facts.stream().anyMatch(f -> f.refundedMinor() > 0 && f.netMinor() > 0
                && f.lines().stream().anyMatch(l -> l.refundedUnits() == 0)));
        // Courier: the one that took the parcel, also when it was not the one chosen.
        assertTrue(facts.stream().anyMatch(f -> f.courier().filter(ShopSimulation.STAND_IN_COURIER::equals).isPresent()));
        // Categories: from the lines, and from the host's catalogue for lines placed without one.
        Set<String> categories = facts.stream().flatMap(f -> f.lines().stream()).map(OrderFact.Line::category)
                .collect(Collectors.toSet());
        assertEquals(Set.of("fashion", "bags", "accessories", "footwear"), categories);
    }

    @Test
    void aLogMixingTenants_isRefusedNamingTheEvent() {
        List<EventEnvelope<OrderEvent>> mixed = new ArrayList<>(log.subList(0, 3));
        OrderEvent foreign = log.get(3).event();
        mixed.add(new EventEnvelope<>(UUID.randomUUID(), new OrderEvent.StatusChanged(
                new OrderRef(TenantId.of("another-shop"), foreign.orderId()), 2, foreign.occurredAt(),
                OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED, OrderTrigger.CANCEL), log.get(3).metadata()));
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> shop.adapter().fromEvents(mixed));
        assertTrue(e.violationAt("log[3].tenantId").isPresent(), e.getMessage());
    }

    @Test
    void aLogMissingAnOrdersPlacement_isRefusedNamingTheOrder() {
        List<EventEnvelope<OrderEvent>> broken = new ArrayList<>(log);
        EventEnvelope<OrderEvent> placed = broken.stream().filter(e -> e.event() instanceof OrderEvent.Placed)
                .findFirst().orElseThrow();
        broken.remove(placed);
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> shop.adapter().fromEvents(broken));
        assertTrue(e.violationAt("log").orElseThrow().message().contains(placed.aggregateId()), e.getMessage());
    }

    @Test
    void aLogWithAGapOrTwoEventsAtOnePosition_isRefusedNamingTheOrder() {
        EventEnvelope<OrderEvent> third = log.stream().filter(e -> e.sequence() == 3).findFirst().orElseThrow();
        List<EventEnvelope<OrderEvent>> gap = new ArrayList<>(log);
        gap.remove(third);
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> shop.adapter().fromEvents(gap));
        assertTrue(e.violationAt("log").orElseThrow().message().contains(third.aggregateId()), e.getMessage());

        List<EventEnvelope<OrderEvent>> conflict = new ArrayList<>(log);
        conflict.add(new EventEnvelope<>(UUID.randomUUID(), third.event(), third.metadata()));
        e = assertThrows(ValidationFailedException.class, () -> shop.adapter().fromEvents(conflict));
        assertTrue(e.violationAt("log").orElseThrow().message().contains("two different events at sequence 3"),
                e.getMessage());
    }
}
