package dev.orderan.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import dev.orderan.core.order.OrderTrigger;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences against every order type: the order is always in a status its
 * lifecycle knows, never leaves a final status, money adds up, rejected commands change nothing,
 * and replaying the stored events rebuilds the stored order.
 */
class OrderServiceProperties {

    private static final int COMMANDS = 40;

    private final AtomicInteger completed = new AtomicInteger();

    private static OrderCommand command(int pick, Order order) {
        return switch (pick) {
            case 0 -> new OrderCommand.ConfirmPayment(order.amountDue().isPositive() ? order.amountDue() : Money.idr(1), "PAY-" + order.version());
            case 1 -> new OrderCommand.ConfirmPayment(Money.idr(1_000), "partial");
            case 2 -> new OrderCommand.FailPayment("declined");
            case 3 -> new OrderCommand.RetryPayment();
            case 4 -> new OrderCommand.ExpirePayment();
            case 5 -> new OrderCommand.StartProcessing();
            case 6 -> new OrderCommand.Pack();
            case 7 -> new OrderCommand.Ship("jne", "JNE" + order.version());
            case 8 -> new OrderCommand.Deliver("Siti");
            case 9 -> new OrderCommand.Complete();
            case 10 -> new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind");
            case 11 -> new OrderCommand.RequestReturn("wrong size");
            case 12 -> new OrderCommand.ReceiveReturn();
            case 13 -> new OrderCommand.RejectReturn("late");
            case 14 -> new OrderCommand.ReturnToSender("nobody home");
            case 15 -> new OrderCommand.Approve("Budi");
            case 16 -> new OrderCommand.Reject("credit");
            case 17 -> new OrderCommand.ApproveDesign("Hendra");
            case 18 -> new OrderCommand.ReviseDesign("v2");
            case 19 -> new OrderCommand.CompleteStage(List.of("cutting", "welding", "painting", "unknown").get(order.completedStages().size() % 4));
            case 20 -> new OrderCommand.FinishProduction();
            case 21 -> new OrderCommand.ReceiveSupply();
            case 22 -> new OrderCommand.ForwardToSupplier("PT Pemasok");
            case 23 -> new OrderCommand.ConfirmBySupplier();
            default -> new OrderCommand.DeclineBySupplier("sold out");
        };
    }

    @Test
    void randomCommandSequencesKeepEveryOrderLegalAndReplayable() {
        qt().withExamples(1_500).forAll(integers().between(0, OrderType.values().length - 1),
                        lists().of(integers().between(0, 99)).ofSizeBetween(0, COMMANDS))
                .checkAssert((typeIndex, picks) -> {
                    OrderType type = OrderType.values()[typeIndex];
                    TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
                    InMemoryOrderRepository repo = new InMemoryOrderRepository();
                    OrderService orders = OrderService.builder().repository(repo).clock(clock).build();
                    Order order = orders.place(OrderFixtures.placement(type, "P-1").build()).order();
                    var lifecycle = OrderLifecycles.forType(type);
                    for (int pick : picks) {
                        clock.advance(Duration.ofMinutes(7));
                        Order before = order;
                        OrderCommand c = command(pick < 25 ? pick : allowedPick(orders, before, pick), before);
                        try {
                            order = orders.execute(before.tenantId(), before.id(), c);
                            check(lifecycle.isTerminal(before.status()) == false, "a final status was left: " + before.status());
                            check(order.version() > before.version() || order == before, "version did not grow");
                        } catch (OrderanException rejected) {
                            check(orders.find(before.tenantId(), before.id()).orElseThrow().equals(before),
                                    "a rejected " + c + " changed the order");
                        }
                        check(lifecycle.states().contains(order.status()), "unknown status " + order.status());
                        check(!order.amountPaid().isNegative() && order.amountPaid().compareTo(order.grandTotal()) <= 0,
                                "paid " + order.amountPaid() + " of " + order.grandTotal());
                        check((order.paymentStatus() == PaymentStatus.PAID) == order.isPaidInFull()
                                        || order.paymentStatus() == PaymentStatus.FAILED,
                                "payment status " + order.paymentStatus() + " with due " + order.amountDue());
                        if (order.status() == OrderStatus.COMPLETED) {
                            check(order.isPaidInFull(), "completed without being paid");
                            completed.incrementAndGet();
                        }
                    }
                    List<OrderEvent> history = orders.history(order.tenantId(), order.id());
                    Order stored = orders.find(order.tenantId(), order.id()).orElseThrow();
                    check(stored.equals(order), "stored order differs from the last result");
                    check(Order.replay(history).equals(stored), "replay differs from the stored order");
                    for (int i = 0; i < history.size(); i++) {
                        check(history.get(i).sequence() == i + 1, "gap in history at " + i);
                    }
                });
        // The walk must reach the end of the lifecycles often, or it proves little.
        check(completed.get() > 20, "only " + completed.get() + " steps ended in COMPLETED");
    }

    /** Picks 25..99 choose among the commands the order's status allows, so walks go deep. */
    private static int allowedPick(OrderService orders, Order order, int pick) {
        List<OrderTrigger> allowed = List.copyOf(orders.allowedTriggers(order));
        if (allowed.isEmpty()) {
            return pick % 25;
        }
        OrderTrigger t = allowed.get(pick % allowed.size());
        for (int i = 0; i < 25; i++) {
            if (command(i, order).trigger() == t) {
                return i;
            }
        }
        throw new AssertionError("no command fires " + t);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
