package dev.orderan.testkit;

import static dev.orderan.testkit.OrderFixtures.TENANT;
import static dev.orderan.testkit.OrderFixtures.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.lifecycle.GuardRejectedException;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderNotFoundException;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentStatus;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.PlacementResult;
import dev.orderan.core.order.ServiceDetails;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final InMemoryStore store = new InMemoryStore();
    private final OrderService orders = OrderService.builder().store(store).clock(clock).build();

    private Order run(Order order, OrderCommand command) {
        clock.advance(Duration.ofMinutes(5));
        return orders.execute(order.tenantId(), order.id(), command);
    }

    private List<OrderEvent> events(Order order) {
        return orders.history(order.tenantId(), order.id()).stream().map(EventEnvelope::event).toList();
    }

    @Test
    void placingAnOrderPricesItStartsItsLifecycleAndSetsThePaymentDeadline() {
        PlacementResult result = orders.place(placement(OrderType.B2C_PREPAID, "INV-1").build());
        Order order = result.order();
        assertFalse(result.replayed());
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals("Menunggu Pembayaran", order.customerStatus().indonesian());
        assertEquals(Money.idr(375_000), order.price().subtotal());
        assertEquals(Money.idr(41_250), order.price().taxTotal(), "PPN 11 % effective (12 % x 11/12)");
        assertEquals(Money.idr(434_250), order.grandTotal());
        assertEquals(PaymentStatus.PENDING, order.paymentStatus());
        assertEquals(T0, order.placedAt());
        assertEquals(T0.plus(Duration.ofHours(24)), order.paymentDeadline().orElseThrow(), "virtual account: 24 h");
        assertEquals(List.of(OrderEvent.Placed.TYPE, OrderEvent.PaymentDeadlineSet.TYPE),
                events(order).stream().map(OrderEvent::type).toList());
        assertEquals(2, store.outbox().pending(), "the placement's events wait in the outbox");
    }

    @Test
    void aPrepaidOrderLivesFromPaymentToCompletionWithEveryStepRecorded() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-2").build()).order();
        order = run(order, new OrderCommand.ConfirmPayment(order.amountDue(), "BCA-VA-1234"));
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        order = run(order, new OrderCommand.StartProcessing());
        order = run(order, new OrderCommand.Pack());
        order = run(order, new OrderCommand.Ship("jne", "JNE1234567890"));
        order = run(order, new OrderCommand.Deliver("Siti"));
        order = run(order, new OrderCommand.Complete());

        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals("JNE1234567890", order.trackingNumber().orElseThrow());
        assertEquals("Siti", order.receivedBy().orElseThrow());
        assertEquals(T0.plus(Duration.ofMinutes(15)), order.statusTimestamps().get(OrderStatus.PACKED));
        List<EventEnvelope<OrderEvent>> history = orders.history(TENANT, order.id());
        assertEquals(11, history.size());
        assertEquals(order, Order.replay(events(order), order.personalData()));
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).sequence());
        }
        assertEquals(11, history.stream().map(EventEnvelope::eventId).distinct().count(), "every event id differs");
    }

    @Test
    void aRejectedPlacementListsEveryViolationAndStoresNothing() {
        PlaceOrder bad = placement(OrderType.B2C_PREPAID, "INV-3")
                .customer(Customer.of(dev.orderan.core.common.CustomerId.of("C-9"), "", "x@", "123",
                        OrderFixtures.jakartaAddress()))
                .line(OrderLine.goods(Sku.of("X"), "X", 0, Money.idr(1)))
                .build();
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> orders.place(bad));
        assertEquals(List.of("customer.email", "customer.name", "customer.phone", "lines[2].quantity"),
                e.violations().stream().map(v -> v.path()).toList());
        assertTrue(e.getMessage().contains("lines[2].quantity: must be greater than 0"), e.getMessage());
        assertTrue(orders.find(TENANT, OrderId.of("INV-3")).isEmpty());
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void aRejectedCommandLeavesTheOrderUnchanged() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-4").build()).order();
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class,
                () -> run(order, new OrderCommand.Ship("", "")));
        assertEquals(List.of("courier", "trackingNumber"), invalid.violations().stream().map(v -> v.path()).toList());
        ValidationFailedException usd = assertThrows(ValidationFailedException.class,
                () -> run(order, new OrderCommand.ConfirmPayment(Money.of(10, dev.orderan.core.money.Currencies.USD), "x")));
        assertEquals("amount", usd.violations().get(0).path());
        assertThrows(ValidationFailedException.class, () -> run(order, new OrderCommand.ConfirmPayment(Money.idr(0), "x")));
        IllegalTransitionException illegal = assertThrows(IllegalTransitionException.class,
                () -> run(order, new OrderCommand.Ship("jne", "JNE1")));
        assertEquals(OrderTrigger.SHIP, illegal.trigger());
        assertEquals(order, orders.find(TENANT, order.id()).orElseThrow());
        assertEquals(order.version(), orders.history(TENANT, order.id()).size());
    }

    @Test
    void nonsenseLinesAndDatesAreRefusedBeforePlacement() {
        PlaceOrder negativeService = placement(OrderType.SUBSCRIPTION, "SUB-1")
                .line(OrderLine.service(Sku.of("KURSUS"), "Kursus", 1, Money.idr(100_000),
                        new ServiceDetails("online course", Duration.ofDays(-30), "monthly")))
                .build();
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> orders.place(negativeService));
        assertEquals("lines[2].service.duration", e.violations().get(0).path());
        PlaceOrder past = placement(OrderType.PRE_ORDER, "PRE-1").promisedDate(LocalDate.of(2001, 1, 1)).build();
        ValidationFailedException pastDate = assertThrows(ValidationFailedException.class, () -> orders.place(past));
        assertEquals("promisedDate", pastDate.violations().get(0).path());
        assertEquals("FutureOrPresent", pastDate.violations().get(0).rule());
        PlaceOrder nullPrice = placement(OrderType.B2C_PREPAID, "INV-N")
                .line(OrderLine.goods(Sku.of("X"), "X", 1, null)).build();
        ValidationFailedException missing = assertThrows(ValidationFailedException.class, () -> orders.place(nullPrice));
        assertEquals(List.of("lines[2].unitPrice"), missing.violations().stream().map(v -> v.path()).toList());
        assertTrue(orders.find(TENANT, OrderId.of("SUB-1")).isEmpty());
    }

    @Test
    void aBadPostalCodeGivenOnceIsReportedOnceEvenWhenItBillsThere() {
        var bad = new dev.orderan.core.order.Address("Jl. Mawar 1", "Dago", "Coblong", "Kota Bandung", "Jawa Barat",
                "4013", "");
        PlaceOrder c = placement(OrderType.B2C_PREPAID, "INV-P").customer(Customer.of(
                dev.orderan.core.common.CustomerId.of("C-2"), "Rina", "rina@example.id", "0812 1111 2222", bad)).build();
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> orders.place(c));
        assertEquals(List.of("customer.shippingAddress.postalCode"), e.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void marketplaceSkusWithSpacesAndPhonesWithAnInternationalPrefixAreAccepted() {
        PlaceOrder c = placement(OrderType.B2C_PREPAID, "SHP-1")
                .customer(Customer.of(dev.orderan.core.common.CustomerId.of("C-3"), "Budi", "budi@example.id",
                        "+62 (0)812-3456-7890", OrderFixtures.jakartaAddress()))
                .line(OrderLine.goods(Sku.of("KMJ BTK (M)"), "Kemeja batik", 1, Money.idr(100_000)))
                .build();
        Order order = orders.place(c).order();
        assertEquals("+6281234567890", order.customer().phone());
        assertEquals("KMJ BTK (M)", order.lines().get(2).sku().value());
        assertEquals("+6281234567890", Customer.of(dev.orderan.core.common.CustomerId.of("C-4"), "A", "a@b.id",
                "0062 812 3456 7890", OrderFixtures.jakartaAddress()).phone());
    }

    @Test
    void aSecondOrderWithTheSameLinesSoonAfterIsFlaggedNotRejected() {
        orders.place(placement(OrderType.B2C_PREPAID, "INV-9").build());
        clock.advance(Duration.ofMinutes(3));
        PlacementResult soon = orders.place(placement(OrderType.B2C_PREPAID, "INV-10").build());
        assertTrue(soon.isProbableDuplicate());
        assertEquals(OrderId.of("INV-9"), soon.order().probableDuplicateOf().orElseThrow());

        clock.advance(Duration.ofMinutes(30));
        assertFalse(orders.place(placement(OrderType.B2C_PREPAID, "INV-11").build()).isProbableDuplicate());
        PlacementResult otherLines = orders.place(placement(OrderType.B2C_PREPAID, "INV-12")
                .line(OrderLine.goods(Sku.of("SCARF"), "Scarf", 1, Money.idr(40_000))).build());
        assertFalse(otherLines.isProbableDuplicate());
    }

    @Test
    void cancelledOrdersAndADisabledWindowDoNotFlagDuplicates() {
        Order first = orders.place(placement(OrderType.B2C_PREPAID, "INV-13").build()).order();
        run(first, new OrderCommand.Cancel(CancelledBy.CUSTOMER, "wrong size"));
        assertFalse(orders.place(placement(OrderType.B2C_PREPAID, "INV-14").build()).isProbableDuplicate());

        OrderService noCheck = OrderService.builder().store(new InMemoryStore()).clock(clock)
                .duplicateWindow(Duration.ZERO).build();
        noCheck.place(placement(OrderType.B2C_PREPAID, "INV-15").build());
        assertFalse(noCheck.place(placement(OrderType.B2C_PREPAID, "INV-16").build()).isProbableDuplicate());
    }

    @Test
    void aStaleVersionIsRefusedWithExpectedAndActualVersions() {
        Order order = orders.place(placement(OrderType.B2C_COD, "INV-17").build()).order();
        orders.execute(TENANT, order.id(), order.version(), new OrderCommand.StartProcessing());
        ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                () -> orders.execute(TENANT, order.id(), order.version(), new OrderCommand.Cancel(CancelledBy.SELLER, "x")));
        assertEquals(order.version(), e.expectedVersion());
        assertEquals(order.version() + 1, e.actualVersion());
        assertEquals(OrderStatus.PROCESSING, orders.find(TENANT, order.id()).orElseThrow().status());
    }

    @Test
    void oneTenantNeverSeesAnothersOrders() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-19").build()).order();
        TenantId other = TenantId.of("tokolain");
        assertTrue(orders.find(other, order.id()).isEmpty());
        assertTrue(orders.history(other, order.id()).isEmpty());
        assertThrows(OrderNotFoundException.class,
                () -> orders.execute(other, order.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "x")));
        PlacementResult theirs = orders.place(placement(OrderType.B2C_PREPAID, "INV-19").tenant(other).build());
        assertFalse(theirs.replayed());
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(TENANT, order.id()).orElseThrow().status());
    }

    @Test
    void hostsCanRunTheirOwnLifecycleVariant() {
        // A shop that ships straight from acceptance, without a separate picking and packing step.
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> direct = OrderLifecycles
                .forType(OrderType.B2C_PREPAID).toBuilder("b2c-direct-ship")
                .from(OrderStatus.ACCEPTED).on(OrderTrigger.SHIP).to(OrderStatus.SHIPPED)
                .build();
        OrderService custom = OrderService.builder().store(new InMemoryStore()).clock(clock)
                .lifecycle(OrderType.B2C_PREPAID, direct).build();
        Order order = custom.place(placement(OrderType.B2C_PREPAID, "INV-20").build()).order();
        assertEquals("b2c-direct-ship", order.lifecycle());
        order = custom.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(order.amountDue(), "QRIS-1"));
        order = custom.execute(TENANT, order.id(), new OrderCommand.Ship("gosend", "GS-1"));
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertSame(direct, custom.lifecycleOf(order));
    }

    @Test
    void b2bInvoiceIsDueNetDaysAfterDeliveryAndCompletionWaitsForTheMoney() {
        Order order = orders.place(placement(OrderType.B2B, "PO-1").build()).order();
        assertEquals(OrderStatus.PENDING_APPROVAL, order.status());
        assertTrue(order.paymentDeadline().isEmpty(), "invoices have terms, not a payment window");
        order = run(order, new OrderCommand.Approve("user-budi"));
        order = run(order, new OrderCommand.StartProcessing());
        order = run(order, new OrderCommand.Pack());
        order = run(order, new OrderCommand.Ship("jne", "JNE-9"));
        order = run(order, new OrderCommand.Deliver("Gudang PT Maju"));
        Instant delivered = order.statusTimestamps().get(OrderStatus.DELIVERED);
        assertEquals(delivered.plus(Duration.ofDays(30)), order.invoiceDueAt().orElseThrow());
        Order unpaid = order;
        GuardRejectedException refused = assertThrows(GuardRejectedException.class,
                () -> run(unpaid, new OrderCommand.Complete()));
        assertTrue(refused.getMessage().contains("paid IDR 0 of IDR 434,250; IDR 434,250 missing"), refused.getMessage());
        order = run(order, new OrderCommand.ConfirmPayment(order.amountDue(), "TRF-PT-MAJU-01"));
        assertEquals(OrderStatus.DELIVERED, order.status());
        assertEquals(OrderStatus.COMPLETED, run(order, new OrderCommand.Complete()).status());
    }

    @Test
    void madeToOrderRecordsDesignAndEachProductionStage() {
        Order order = orders.place(placement(OrderType.MADE_TO_ORDER, "MTO-1").build()).order();
        order = run(order, new OrderCommand.ReviseDesign("plat 3 mm, finishing powder coat hitam"));
        order = run(order, new OrderCommand.ApproveDesign("user-hendra"));
        order = run(order, new OrderCommand.ConfirmPayment(order.amountDue(), "DP-1"));
        for (String stage : List.of("cutting", "welding", "painting")) {
            order = run(order, new OrderCommand.CompleteStage(stage));
        }
        order = run(order, new OrderCommand.FinishProduction());
        assertEquals(OrderStatus.PACKED, order.status());
        assertEquals(List.of("cutting", "welding", "painting"), order.completedStages());
        assertEquals("plat 3 mm, finishing powder coat hitam", order.specification().orElseThrow());
    }

    @Test
    void anUnknownOrderIsReportedAsNotFoundAndNullArgumentsAsViolations() {
        OrderNotFoundException e = assertThrows(OrderNotFoundException.class,
                () -> orders.execute(TENANT, OrderId.of("NOPE"), new OrderCommand.Pack()));
        assertEquals(OrderId.of("NOPE"), e.order().orderId());
        ValidationFailedException nulls = assertThrows(ValidationFailedException.class,
                () -> orders.execute(null, null, null));
        assertEquals(List.of("orderId", "tenantId"), nulls.violations().stream().map(v -> v.path()).toList());
    }
}
