package dev.orderan.testkit;

import static dev.orderan.testkit.OrderFixtures.TENANT;
import static dev.orderan.testkit.OrderFixtures.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.lifecycle.GuardRejectedException;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.CommandResult;
import dev.orderan.core.order.IdempotencyConflictException;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PaymentStatus;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Payments add up, arrive late, repeat, and an order with nothing to pay does not wait. */
class PaymentsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final InMemoryStore store = new InMemoryStore();
    private final OrderService orders = OrderService.builder().store(store).clock(clock).build();

    private Order place(String id, PaymentMethod method) {
        return orders.place(placement(OrderType.B2C_PREPAID, id).paymentMethod(method).build()).order();
    }

    private Order pay(Order order, Money amount, String reference) {
        clock.advance(Duration.ofMinutes(1));
        return orders.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(amount, reference));
    }

    @Test
    void partialPaymentsAddUpAndTheOrderMovesOnOnceTheyCoverIt() {
        Order order = place("P-1", PaymentMethod.BANK_TRANSFER);
        Money total = order.grandTotal();
        order = pay(order, Money.idr(200_000), "TRF-1");
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status(), "an underpayment keeps the order waiting");
        assertEquals(PaymentStatus.PARTIALLY_PAID, order.paymentStatus());
        assertEquals(total.minus(Money.idr(200_000)), order.amountDue(), "and says how much is missing");
        order = pay(order, order.amountDue(), "TRF-2");
        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        assertEquals(total, order.amountPaid());
        assertEquals(List.of("TRF-1", "TRF-2"), order.paymentReferences());
    }

    @Test
    void anOverpaymentWithAUniqueCodeIsAcceptedAndRecordedAsAnAmountToRefund() {
        Order order = place("P-2", PaymentMethod.BANK_TRANSFER);
        // Bank transfers often add a unique code of a few hundred rupiah to tell payers apart.
        order = pay(order, order.grandTotal().plus(Money.idr(347)), "TRF-UNIQ-347");
        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        assertEquals(Money.idr(347), order.refundDue());
        assertTrue(order.amountDue().isZero());
    }

    @Test
    void aPaymentAfterTheWindowClosedExpiresTheOrderAndIsDueBack() {
        Order order = place("P-3", PaymentMethod.E_WALLET);
        assertEquals(T0.plus(Duration.ofMinutes(15)), order.paymentDeadline().orElseThrow());
        clock.advance(Duration.ofMinutes(20));
        Money total = order.grandTotal();
        order = orders.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(total, "OVO-LATE"));
        assertEquals(OrderStatus.CANCELLED, order.status(), "one decision: the window closed before the money came");
        assertEquals(CancelledBy.SYSTEM, order.cancelledBy().orElseThrow());
        assertEquals(total, order.amountPaid(), "the payment is recorded, not lost");
        assertEquals(total, order.refundDue());
        assertTrue(order.lastProblem().orElseThrow().contains("due back"), order.lastProblem().orElseThrow());
        Order late = order;
        assertThrows(IllegalTransitionException.class,
                () -> orders.execute(TENANT, late.id(), new OrderCommand.StartProcessing()), "it can never ship");
    }

    @Test
    void theSweeperExpiresOnlyOrdersWhoseWindowClosedAndExpiringEarlyIsRefusedWithTheDeadline() {
        Order qris = place("P-4", PaymentMethod.QRIS);
        Order va = place("P-5", PaymentMethod.VIRTUAL_ACCOUNT);
        GuardRejectedException early = assertThrows(GuardRejectedException.class,
                () -> orders.execute(TENANT, qris.id(), new OrderCommand.ExpirePayment()));
        assertTrue(early.getMessage().contains("open until " + qris.paymentDeadline().orElseThrow()), early.getMessage());
        clock.advance(Duration.ofMinutes(16));
        List<Order> expired = orders.expireOverdue(TENANT, 100);
        assertEquals(List.of(qris.id()), expired.stream().map(Order::id).toList());
        assertEquals(OrderStatus.CANCELLED, orders.find(TENANT, qris.id()).orElseThrow().status());
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(TENANT, va.id()).orElseThrow().status());
        assertEquals(List.of(), orders.expireOverdue(TENANT, 100), "nothing more to expire");
    }

    @Test
    void aRepeatedPaymentNotificationIsANoOpReturningTheFirstResult() {
        Order order = place("P-6", PaymentMethod.VIRTUAL_ACCOUNT);
        Money due = order.amountDue();
        Order first = pay(order, due, "BCA-VA-88");
        long pending = store.outbox().pending();
        CommandResult again = orders.handle(TENANT, order.id(), new OrderCommand.ConfirmPayment(due, "BCA-VA-88"),
                CommandMetadata.none());
        assertTrue(again.replayed());
        assertEquals(first, again.order());
        assertEquals(List.of(), again.events());
        assertEquals(pending, store.outbox().pending());
        assertEquals(due, orders.find(TENANT, order.id()).orElseThrow().amountPaid(), "paid once");
        IdempotencyConflictException conflict = assertThrows(IdempotencyConflictException.class,
                () -> pay(first, Money.idr(5_000), "BCA-VA-88"));
        assertTrue(conflict.getMessage().contains("BCA-VA-88"), conflict.getMessage());
    }

    @Test
    void aRepeatAfterTheOrderMovedOnStillReturnsTheOrderAsTheFirstPaymentLeftIt() {
        Order order = place("P-7", PaymentMethod.VIRTUAL_ACCOUNT);
        Order paid = pay(order, order.amountDue(), "VA-7");
        orders.execute(TENANT, order.id(), new OrderCommand.StartProcessing());
        Order repeat = pay(order, order.amountDue(), "VA-7");
        assertEquals(paid, repeat);
        assertEquals(OrderStatus.PROCESSING, orders.find(TENANT, order.id()).orElseThrow().status());
    }

    @Test
    void concurrentDeliveriesOfOneWebhookPayTheOrderOnce() throws Exception {
        Order order = place("P-8", PaymentMethod.VIRTUAL_ACCOUNT);
        Money due = order.amountDue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Order>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return orders.execute(TENANT, order.id(), new OrderCommand.ConfirmPayment(due, "webhook-1"));
                }));
            }
            start.countDown();
            for (Future<Order> f : results) {
                Order seen = f.get(10, TimeUnit.SECONDS);
                assertEquals(OrderStatus.ACCEPTED, seen.status());
                assertEquals(due, seen.amountPaid());
            }
        } finally {
            pool.shutdownNow();
        }
        Order after = orders.find(TENANT, order.id()).orElseThrow();
        assertEquals(due, after.amountPaid());
        assertEquals(List.of("webhook-1"), after.paymentReferences());
    }

    @Test
    void aFullyDiscountedOrderHasNothingToPayAndDoesNotWait() {
        Order base = place("P-9", PaymentMethod.VIRTUAL_ACCOUNT);
        Money net = base.price().subtotal();
        Order free = orders.place(placement(OrderType.B2C_PREPAID, "P-10")
                .shipping(new dev.orderan.core.order.ShippingMethod("jne", dev.orderan.core.order.ServiceLevel.REGULAR, 3,
                        Money.idr(0)))
                .orderDiscount(net).build()).order();
        assertTrue(free.grandTotal().isZero());
        assertEquals(OrderStatus.ACCEPTED, free.status(), "nothing to pay means nothing to wait for");
        assertEquals(PaymentStatus.PAID, free.paymentStatus());
        assertFalse(orders.find(TENANT, free.id()).orElseThrow().isAwaitingPayment());
        // Made-to-order waits for design approval first, then moves straight into production.
        Order mto = orders.place(placement(OrderType.MADE_TO_ORDER, "P-11")
                .shipping(new dev.orderan.core.order.ShippingMethod("jne", dev.orderan.core.order.ServiceLevel.REGULAR, 3,
                        Money.idr(0)))
                .orderDiscount(net).build()).order();
        assertEquals(OrderStatus.AWAITING_DESIGN_APPROVAL, mto.status());
        mto = orders.execute(TENANT, mto.id(), new OrderCommand.ApproveDesign("user-hendra"));
        assertEquals(OrderStatus.IN_PRODUCTION, mto.status());
    }

    @Test
    void aPaymentToACancelledOrderIsRecordedAndDueBack() {
        Order order = place("P-12", PaymentMethod.VIRTUAL_ACCOUNT);
        orders.execute(TENANT, order.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
        Order after = pay(order, Money.idr(50_000), "VA-12");
        assertEquals(OrderStatus.CANCELLED, after.status());
        assertEquals(Money.idr(50_000), after.refundDue());
        assertTrue(after.amountDue().isZero());
    }

    @Test
    void codCashCanBeCollectedInPartsAndCompletionNamesWhatIsMissing() {
        Order order = orders.place(placement(OrderType.B2C_COD, "COD-1").build()).order();
        for (OrderCommand c : List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("sicepat", "SCP-1"), new OrderCommand.Deliver("Siti"))) {
            order = orders.execute(TENANT, order.id(), c);
        }
        order = pay(order, Money.idr(400_000), "COD-CASH-1");
        Order partly = order;
        GuardRejectedException e = assertThrows(GuardRejectedException.class,
                () -> orders.execute(TENANT, partly.id(), new OrderCommand.Complete()));
        assertTrue(e.getMessage().contains("IDR 34,250 missing"), e.getMessage());
        order = pay(order, order.amountDue(), "COD-CASH-2");
        assertEquals(OrderStatus.COMPLETED, orders.execute(TENANT, order.id(), new OrderCommand.Complete()).status());
    }
}
