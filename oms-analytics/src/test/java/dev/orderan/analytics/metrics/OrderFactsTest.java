package dev.orderan.analytics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PaymentTerms;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the adapter reads from single orders run through {@link OrderService}: payment times for
 * every order type, refunds at their exact amounts, the courier that took the parcel, categories.
 */
class OrderFactsTest {

    private static final TenantId TENANT = TenantId.of("toko-sari");
    private static final Instant START = Instant.parse("2025-03-03T01:00:00Z");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final TestClock clock = new TestClock(START);
    private final OrderService service = OrderService.builder().store(new InMemoryStore()).clock(clock)
            .duplicateWindow(Duration.ZERO).build();
    private final OrderFacts adapter = OrderFacts.builder().categories(Map.of("TOTE-01", "bags")).zone(WIB).build();

    /** Two shirts (fashion), a tote bag placed without a category and a mask the catalogue does not know. */
    private Order place(String id, OrderType type, PaymentMethod method) {
        PlaceOrder.Builder b = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of(id)).idempotencyKey("chk-" + id)
                .type(type).paymentMethod(method).customer(OrderFixtures.customer("C-1"))
                .line(OrderLine.goods(Sku.of("KMJ-BTK-M"), "Kemeja batik (M)", 2, Money.idr(150_000))
                        .withCategory("fashion"))
                .line(OrderLine.goods(Sku.of("TOTE-01"), "Tote bag kanvas", 1, Money.idr(75_000)))
                .line(OrderLine.goods(Sku.of("MSK-01"), "Masker", 3, Money.idr(10_000)))
                .orderDiscount(Money.idr(20_000))
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000)));
        if (type == OrderType.B2B) {
            b.paymentTerms(PaymentTerms.net(30));
        }
        return service.place(b.build()).order();
    }

    private Order run(Order order, Duration after, OrderCommand command) {
        clock.advance(after);
        return service.execute(TENANT, order.id(), command);
    }

    private Order ship(Order order, String courier) {
        if (order.type() == OrderType.B2B) {
            order = run(order, Duration.ofHours(1), new OrderCommand.Approve("buyer-1"));
        }
        order = run(order, Duration.ofHours(1), new OrderCommand.StartProcessing());
        order = run(order, Duration.ofHours(1), new OrderCommand.Pack());
        return run(order, Duration.ofHours(1), new OrderCommand.Ship(courier, "AWB-" + order.id().value()));
    }

    private List<EventEnvelope<OrderEvent>> history(Order order) {
        return service.history(TENANT, order.id());
    }

    private OrderFact fromEvents(Order order) {
        return adapter.fromEvents(history(order)).get(0);
    }

    @Test
    void cashOnDelivery_isPaidWhenTheCourierHandsOverTheMoney_whichOnlyTheEventsKnow() {
        Order o = place("COD-1", OrderType.B2C_COD, PaymentMethod.COD);
        o = ship(o, "jne");
        o = run(o, Duration.ofDays(2), new OrderCommand.Deliver("penerima"));
        o = run(o, Duration.ofMinutes(30), new OrderCommand.ConfirmPayment(o.amountDue(), "COD-1"));
        assertEquals(Optional.of(clock.instant()), fromEvents(o).timeline().paidAt());
        assertEquals(Optional.empty(), adapter.fromOrder(o).timeline().paidAt());
    }

    @Test
    void anInvoice_isPaidWhenItIsSettled() {
        Order o = place("B2B-1", OrderType.B2B, PaymentMethod.INVOICE);
        o = ship(o, "jne");
        o = run(o, Duration.ofDays(2), new OrderCommand.Deliver("gudang"));
        o = run(o, Duration.ofDays(20), new OrderCommand.ConfirmPayment(o.amountDue(), "INV-1"));
        Instant settled = clock.instant();
        o = run(o, Duration.ofHours(1), new OrderCommand.Complete());
        assertEquals(Optional.of(settled), fromEvents(o).timeline().paidAt());
    }

    @Test
    void anOrderPaidInTwoParts_isPaidWhenTheSecondArrives_asTheStateAlsoSays() {
        Order o = place("VA-1", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        Money half = o.grandTotal().divide(2, java.math.RoundingMode.DOWN);
        o = run(o, Duration.ofHours(1), new OrderCommand.ConfirmPayment(half, "VA-1a"));
        assertEquals(Optional.empty(), fromEvents(o).timeline().paidAt());
        o = run(o, Duration.ofHours(2), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-1b"));
        assertEquals(Optional.of(clock.instant()), fromEvents(o).timeline().paidAt());
        assertEquals(fromEvents(o), adapter.fromOrder(o));
    }

    @Test
    void aPaymentAfterTheWindowClosed_expiresTheOrderAndDoesNotPayIt() {
        Order o = place("VA-2", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        o = run(o, Duration.ofHours(25), new OrderCommand.ConfirmPayment(o.grandTotal(), "VA-2"));
        OrderFact f = fromEvents(o);
        assertEquals(Optional.of("SYSTEM"), f.cancelledBy());
        assertEquals(Optional.empty(), f.timeline().paidAt());
        assertEquals(f, adapter.fromOrder(o));
    }

    @Test
    void refundingOneUnit_deductsExactlyWhatItCostFromTheOrderAndItsLine() {
        Order o = place("VA-3", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        o = run(o, Duration.ofHours(1), new OrderCommand.ConfirmPayment(o.grandTotal(), "VA-3"));
        o = ship(o, "jne");
        o = run(o, Duration.ofDays(2), new OrderCommand.Deliver("penerima"));
        o = run(o, Duration.ofDays(1), new OrderCommand.Refund("RF-3", List.of(new UnitRef(0, 1)), "stained"));

        OrderEvent.Refunded refunded = (OrderEvent.Refunded) history(o).get(history(o).size() - 1).event();
        PriceBreakdown.UnitPrice unit = o.price().unit(0, 1);
        OrderFact f = fromEvents(o);
        assertEquals(refunded.amount().minor(), f.refundedMinor());
        assertEquals(unit.paid().minor(), f.refundedMinor());
        assertEquals(o.grandTotal().minor() - unit.paid().minor(), f.netMinor());
        OrderFact.Line shirts = f.lines().get(0);
        assertEquals(1, shirts.refundedUnits());
        assertEquals(unit.paid().minor() - unit.shipping().minor(), shirts.refundedMinor());
        assertEquals(1, shirts.netQuantity());
        assertEquals(0, f.lines().get(1).refundedUnits());
        assertEquals(f, adapter.fromOrder(o));

        Scope march = Scope.month(java.time.YearMonth.of(2025, 3), WIB, Money.IDR);
        SalesMetrics sales = SalesMetrics.of(List.of(f), march);
        assertEquals(o.grandTotal(), sales.grossRevenue().value());
        assertEquals(unit.paid(), sales.refunds().value());
        assertEquals(o.grandTotal().minus(unit.paid()), sales.revenue().value());
        assertEquals(1, sales.bestSellers(3).stream().filter(p -> p.sku().equals("KMJ-BTK-M")).findFirst()
                .orElseThrow().units());
    }

    @Test
    void refundingEverything_leavesTheOrderWorthNothing_butAnOverpaymentPaidBackIsNotDeducted() {
        Order o = place("TRF-1", OrderType.B2C_PREPAID, PaymentMethod.BANK_TRANSFER);
        o = run(o, Duration.ofHours(1), new OrderCommand.ConfirmPayment(o.grandTotal().plus(Money.idr(417)), "TRF-1"));
        o = run(o, Duration.ofHours(20), new OrderCommand.RefundExcess("UC-1", "unique transfer code"));
        OrderFact f = fromEvents(o);
        assertEquals(0, f.refundedMinor());
        assertEquals(o.grandTotal().minor(), f.netMinor());
        assertEquals(Money.idr(417), o.amountRefunded());

        o = ship(o, "jne");
        o = run(o, Duration.ofDays(2), new OrderCommand.Deliver("penerima"));
        o = run(o, Duration.ofDays(1), new OrderCommand.RequestReturn("too small"));
        o = run(o, Duration.ofDays(3), new OrderCommand.ReceiveReturn());
        o = run(o, Duration.ofHours(5), new OrderCommand.RefundAll("RF-1", "returned"));
        f = fromEvents(o);
        assertEquals(f.totalMinor(), f.refundedMinor());
        assertEquals(0, f.netMinor());
        assertTrue(f.lines().stream().allMatch(l -> l.netQuantity() == 0 && l.netAmountMinor() == 0));
        assertEquals(f, adapter.fromOrder(o));
        // As of the day before the refund, the order still had its full value.
        OrderFact before = adapter.fromEvents(history(o), clock.instant().minus(Duration.ofDays(1))).get(0);
        assertEquals(0, before.refundedMinor());
        assertTrue(before.returned().isPresent());
    }

    @Test
    void theCourier_isTheOneThatTookTheParcel() {
        Order o = place("VA-4", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        o = run(o, Duration.ofHours(1), new OrderCommand.ConfirmPayment(o.grandTotal(), "VA-4"));
        assertEquals(Optional.empty(), fromEvents(o).courier());
        o = ship(o, "sicepat"); // jne was chosen at checkout
        assertEquals(Optional.of("sicepat"), fromEvents(o).courier());
        assertEquals(Optional.of("sicepat"), adapter.fromOrder(o).courier());
    }

    @Test
    void categories_comeFromTheLines_thenTheHostsCatalogue() {
        Order o = place("VA-5", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        assertEquals(List.of("fashion", "bags", "uncategorised"),
                fromEvents(o).lines().stream().map(OrderFact.Line::category).toList());
    }

    @Test
    void anOrderCancelledByTheShopAfterPayment_keepsItsPaymentTimeAndSaysWhoCancelled() {
        Order o = place("VA-6", OrderType.B2C_PREPAID, PaymentMethod.VIRTUAL_ACCOUNT);
        o = run(o, Duration.ofHours(1), new OrderCommand.ConfirmPayment(o.grandTotal(), "VA-6"));
        Instant paid = clock.instant();
        o = run(o, Duration.ofHours(3), new OrderCommand.Cancel(CancelledBy.SELLER, "out of stock"));
        o = run(o, Duration.ofHours(1), new OrderCommand.RefundAll("RF-6", "cancelled"));
        OrderFact f = fromEvents(o);
        assertEquals(Optional.of(paid), f.timeline().paidAt());
        assertEquals(Optional.of("SELLER"), f.cancelledBy());
        assertEquals(f, adapter.fromOrder(o));
    }
}
