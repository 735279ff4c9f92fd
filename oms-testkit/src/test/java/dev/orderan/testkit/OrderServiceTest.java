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
import dev.orderan.core.lifecycle.GuardRejectedException;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.IdempotencyConflictException;
import dev.orderan.core.order.DuplicateOrderIdException;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderNotFoundException;
import dev.orderan.core.order.OrderRepository;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentStatus;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.PlacementResult;
import dev.orderan.core.persistence.ConcurrentModificationException;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final InMemoryOrderRepository repository = new InMemoryOrderRepository();
    private final List<OrderEvent> published = new CopyOnWriteArrayList<>();
    private final OrderService orders = OrderService.builder().repository(repository).clock(clock)
            .listener((order, events) -> published.addAll(events)).build();
    private ExecutorService pool;

    @AfterEach
    void stopPool() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private Order run(Order order, OrderCommand command) {
        clock.advance(Duration.ofMinutes(5));
        return orders.execute(order.tenantId(), order.id(), command);
    }

    @Test
    void placingAnOrderPricesItAndStartsItsLifecycle() {
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
        assertEquals(1, order.version());
        assertEquals(List.of(OrderEvent.Placed.class), published.stream().map(Object::getClass).toList());
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
        assertEquals(T0.plus(Duration.ofMinutes(15)), order.statusTimestamps().get(OrderStatus.PACKED));
        List<OrderEvent> history = orders.history(TENANT, order.id());
        assertEquals(10, history.size());
        assertEquals(order, Order.replay(history));
        assertEquals(history, published);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
                history.stream().map(OrderEvent::sequence).toList());
        assertEquals(10, repository.readEvents(TENANT, 0, 100).size());
        assertEquals(6, repository.readEvents(TENANT, 5, 100).get(0).position());
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
        assertEquals(0, repository.size(TENANT));
        assertTrue(published.isEmpty());
    }

    @Test
    void aRejectedCommandLeavesTheOrderUnchanged() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-4").build()).order();
        ValidationFailedException invalid = assertThrows(ValidationFailedException.class,
                () -> run(order, new OrderCommand.Ship("", "")));
        assertEquals(List.of("courier", "trackingNumber"), invalid.violations().stream().map(v -> v.path()).toList());
        assertThrows(ValidationFailedException.class,
                () -> run(order, new OrderCommand.ConfirmPayment(Money.of(10, javax.money.Monetary.getCurrency("USD")), "x")));
        assertThrows(GuardRejectedException.class,
                () -> run(order, new OrderCommand.ConfirmPayment(Money.idr(1_000), "partial")));
        IllegalTransitionException illegal = assertThrows(IllegalTransitionException.class,
                () -> run(order, new OrderCommand.Ship("jne", "JNE1")));
        assertEquals(OrderTrigger.SHIP, illegal.trigger());
        assertEquals(order, orders.find(TENANT, order.id()).orElseThrow());
        assertEquals(1, orders.history(TENANT, order.id()).size());
    }

    @Test
    void repeatingAPlacementWithTheSameKeyReturnsTheFirstOrder() {
        PlaceOrder command = placement(OrderType.B2C_PREPAID, "INV-5").build();
        Order first = orders.place(command).order();
        clock.advance(Duration.ofMinutes(1));
        PlacementResult again = orders.place(command);
        assertTrue(again.replayed());
        assertEquals(first, again.order());
        assertEquals(1, repository.size(TENANT));
        assertEquals(1, published.size());
    }

    @Test
    void reusingAKeyWithDifferentContentIsRejected() {
        orders.place(placement(OrderType.B2C_PREPAID, "INV-6").idempotencyKey("cart-77").build());
        PlaceOrder different = placement(OrderType.B2C_PREPAID, "INV-7").idempotencyKey("cart-77")
                .line(OrderLine.goods(Sku.of("EXTRA"), "Extra", 1, Money.idr(5_000))).build();
        IdempotencyConflictException e = assertThrows(IdempotencyConflictException.class, () -> orders.place(different));
        assertEquals(OrderId.of("INV-6"), e.existingOrder());
        assertEquals(1, repository.size(TENANT));
        PlaceOrder sameIdOtherKey = placement(OrderType.B2C_PREPAID, "INV-6").idempotencyKey("cart-78").build();
        assertThrows(DuplicateOrderIdException.class, () -> orders.place(sameIdOtherKey));
    }

    @Test
    void concurrentRepeatsOfOnePlacementCreateExactlyOneOrder() throws Exception {
        PlaceOrder command = placement(OrderType.B2C_PREPAID, "INV-8").build();
        pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PlacementResult>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return orders.place(command);
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<PlacementResult> f : results) {
            PlacementResult r = f.get(10, TimeUnit.SECONDS);
            assertEquals(OrderId.of("INV-8"), r.order().id());
            created += r.replayed() ? 0 : 1;
        }
        assertEquals(1, created);
        assertEquals(1, repository.size(TENANT));
        assertEquals(1, orders.history(TENANT, OrderId.of("INV-8")).size());
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

        OrderService noCheck = OrderService.builder().repository(new InMemoryOrderRepository()).clock(clock)
                .duplicateWindow(Duration.ZERO).build();
        noCheck.place(placement(OrderType.B2C_PREPAID, "INV-15").build());
        assertFalse(noCheck.place(placement(OrderType.B2C_PREPAID, "INV-16").build()).isProbableDuplicate());
    }

    @Test
    void aStaleVersionIsRefusedWithExpectedAndActualVersions() {
        Order order = orders.place(placement(OrderType.B2C_COD, "INV-17").build()).order();
        orders.execute(TENANT, order.id(), 1, new OrderCommand.StartProcessing());
        ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                () -> orders.execute(TENANT, order.id(), 1, new OrderCommand.Cancel(CancelledBy.SELLER, "x")));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals(OrderStatus.PROCESSING, orders.find(TENANT, order.id()).orElseThrow().status());

        // A writer that read version 1 and saves its own change directly through the repository.
        var stale = new OrderEvent.StatusChanged(order.ref(), 2, T0, OrderStatus.ACCEPTED, OrderStatus.CANCELLED,
                OrderTrigger.CANCEL);
        ConcurrentModificationException direct = assertThrows(ConcurrentModificationException.class,
                () -> repository.save(order.apply(stale), List.of(stale), 1));
        assertEquals(2, direct.actualVersion());
    }

    @Test
    void concurrentPaymentsOfOneOrderAreAppliedExactlyOnce() throws Exception {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-18").build()).order();
        Money due = order.amountDue();
        pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String ref = "webhook-" + i;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    orders.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(due, ref));
                    succeeded.incrementAndGet();
                } catch (IllegalTransitionException | ConcurrentModificationException e) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        Order after = orders.find(TENANT, order.id()).orElseThrow();
        assertEquals(1, succeeded.get());
        assertEquals(15, refused.get());
        assertEquals(due, after.amountPaid());
        assertEquals(1, after.paymentReferences().size());
        assertEquals(after, Order.replay(orders.history(TENANT, order.id())));
    }

    @Test
    void oneTenantNeverSeesAnothersOrders() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-19").build()).order();
        TenantId other = TenantId.of("tokolain");
        assertTrue(orders.find(other, order.id()).isEmpty());
        assertTrue(orders.history(other, order.id()).isEmpty());
        assertTrue(repository.findByIdempotencyKey(other, order.idempotencyKey()).isEmpty());
        assertTrue(repository.readEvents(other, 0, 10).isEmpty());
        assertThrows(OrderNotFoundException.class,
                () -> orders.execute(other, order.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "x")));
        // The same order number and key in another tenant is a different order.
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
        OrderService custom = OrderService.builder().repository(new InMemoryOrderRepository()).clock(clock)
                .lifecycle(OrderType.B2C_PREPAID, direct).build();
        Order order = custom.place(placement(OrderType.B2C_PREPAID, "INV-20").build()).order();
        assertEquals("b2c-direct-ship", order.lifecycle());
        order = custom.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(order.amountDue(), "QRIS-1"));
        order = custom.execute(TENANT, order.id(), new OrderCommand.Ship("gosend", "GS-1"));
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertSame(direct, custom.lifecycleOf(order));
    }

    @Test
    void b2bInvoiceIsDueNetDaysAfterDelivery() {
        Order order = orders.place(placement(OrderType.B2B, "PO-1").build()).order();
        assertEquals(OrderStatus.PENDING_APPROVAL, order.status());
        order = run(order, new OrderCommand.Approve("Budi (sales manager)"));
        order = run(order, new OrderCommand.StartProcessing());
        order = run(order, new OrderCommand.Pack());
        order = run(order, new OrderCommand.Ship("jne", "JNE-9"));
        order = run(order, new OrderCommand.Deliver("Gudang PT Maju"));
        Instant delivered = order.statusTimestamps().get(OrderStatus.DELIVERED);
        assertEquals(delivered.plus(Duration.ofDays(30)), order.invoiceDueAt().orElseThrow());
        Order unpaid = order;
        assertThrows(GuardRejectedException.class, () -> run(unpaid, new OrderCommand.Complete()));
        order = run(order, new OrderCommand.ConfirmPayment(order.amountDue(), "TRF-PT-MAJU-01"));
        assertEquals(OrderStatus.DELIVERED, order.status());
        assertEquals(OrderStatus.COMPLETED, run(order, new OrderCommand.Complete()).status());
    }

    @Test
    void madeToOrderRecordsDesignAndEachProductionStage() {
        Order order = orders.place(placement(OrderType.MADE_TO_ORDER, "MTO-1").build()).order();
        order = run(order, new OrderCommand.ReviseDesign("plat 3 mm, finishing powder coat hitam"));
        order = run(order, new OrderCommand.ApproveDesign("Pak Hendra"));
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
    void anUnknownOrderIsReportedAsNotFound() {
        OrderNotFoundException e = assertThrows(OrderNotFoundException.class,
                () -> orders.execute(TENANT, OrderId.of("NOPE"), new OrderCommand.Pack()));
        assertEquals(OrderId.of("NOPE"), e.order().orderId());
        assertThrows(ValidationFailedException.class, () -> orders.execute(null, null, null));
    }

    @Test
    void inMemoryRepositoryRefusesInconsistentSaves() {
        OrderRepository repo = new InMemoryOrderRepository();
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "INV-21").build()).order();
        assertThrows(IllegalArgumentException.class, () -> repo.save(order, List.of(), 0));
        var wrongSequence = new OrderEvent.PaymentFailed(order.ref(), 5, T0, "x");
        assertThrows(IllegalArgumentException.class, () -> repo.save(order, List.of(wrongSequence), 0));
    }
}
