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
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import dev.orderan.core.order.OrderTrigger;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences against every order type: the order is always in a status its
 * lifecycle knows, never leaves a final status, money adds up (payments, refunds, amount due and
 * refund due), rejected commands change nothing, and replaying the stored events rebuilds the
 * stored order.
 */
class OrderServiceProperties {

    private static final int COMMANDS = 40;
    /** Built once: building a validator takes tens of milliseconds. */
    private static final jakarta.validation.Validator VALIDATOR =
            dev.orderan.core.validation.Validators.createDefault();

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
            case 24 -> new OrderCommand.DeclineBySupplier("sold out");
            case 25 -> new OrderCommand.Refund("RF-" + order.version(), List.of(new UnitRef(0, order.version() % 2)),
                    "returned");
            case 26 -> new OrderCommand.RefundExcess("RX-" + order.version(), "excess");
            case 27 -> new OrderCommand.RefundAll("RA-" + order.version(), "all");
            default -> new OrderCommand.ConfirmPayment(order.amountDue().isPositive() ? order.amountDue().plus(Money.idr(500))
                    : Money.idr(700), "OVER-" + order.version());
        };
    }

    @Test
    void randomCommandSequencesKeepEveryOrderLegalAndReplayable() {
        qt().withExamples(1_500).forAll(integers().between(0, OrderType.values().length - 1),
                        lists().of(integers().between(0, 110)).ofSizeBetween(0, COMMANDS))
                .checkAssert((typeIndex, picks) -> {
                    OrderType type = OrderType.values()[typeIndex];
                    TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
                    OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock)
                            .validator(VALIDATOR).build();
                    Order order = orders.place(OrderFixtures.placement(type, "P-1").build()).order();
                    var lifecycle = OrderLifecycles.forType(type);
                    for (int pick : picks) {
                        clock.advance(Duration.ofMinutes(7));
                        Order before = order;
                        OrderCommand c = command(pick < COMMAND_KINDS ? pick : allowedPick(orders, before, pick), before);
                        try {
                            var result = orders.handle(before.tenantId(), before.id(), c,
                                    dev.orderan.core.order.CommandMetadata.none());
                            check(!lifecycle.isTerminal(before.status()) || result.events().stream()
                                    .noneMatch(e -> e.event() instanceof OrderEvent.StatusChanged),
                                    "a final status was left: " + before.status());
                            if (result.replayed()) {
                                // A repeat returns the order as the first command left it; nothing changed.
                                check(orders.find(before.tenantId(), before.id()).orElseThrow().equals(before),
                                        "a repeated " + c + " changed the order");
                            } else {
                                order = result.order();
                                check(order.version() > before.version() || result.events().isEmpty(),
                                        "version did not grow");
                            }
                        } catch (OrderanException rejected) {
                            check(orders.find(before.tenantId(), before.id()).orElseThrow().equals(before),
                                    "a rejected " + c + " changed the order");
                        }
                        check(lifecycle.states().contains(order.status()), "unknown status " + order.status());
                        checkMoney(order);
                        if (order.status() == OrderStatus.COMPLETED) {
                            check(order.isPaidInFull(), "completed without being paid");
                            completed.incrementAndGet();
                        }
                    }
                    List<OrderEvent> history = orders.history(order.tenantId(), order.id()).stream()
                            .map(dev.orderan.core.event.EventEnvelope::event).toList();
                    Order stored = orders.find(order.tenantId(), order.id()).orElseThrow();
                    check(stored.equals(order), "stored order differs from the last result");
                    check(Order.replay(history, stored.personalData()).equals(stored), "replay differs from the stored order");
                    check(Order.restore(stored.snapshot()).equals(stored), "the snapshot does not restore the order");
                    for (int i = 0; i < history.size(); i++) {
                        check(history.get(i).sequence() == i + 1, "gap in history at " + i);
                    }
                });
        // The walk must reach the end of the lifecycles often, or it proves little.
        check(completed.get() > 20, "only " + completed.get() + " steps ended in COMPLETED");
    }

    private static final int COMMAND_KINDS = 29;

    /** Money always adds up, whatever happened. */
    private static void checkMoney(Order order) {
        Money zero = Money.zero(order.grandTotal().currency());
        check(!order.amountPaid().isNegative() && !order.amountRefunded().isNegative(), "negative money " + order);
        check(order.amountRefunded().compareTo(order.amountPaid()) <= 0, "refunded more than paid: " + order);
        check(!order.amountDue().isNegative() && !order.refundDue().isNegative(), "negative due: " + order);
        check(order.amountDue().isZero() || order.refundDue().isZero(), "both due and refund due: " + order);
        check(order.owed().minus(order.netPaid()).equals(order.amountDue().minus(order.refundDue())),
                "owed - paid != due - refund due: " + order);
        PaymentStatus ps = order.paymentStatus();
        check(ps != PaymentStatus.PAID || order.isPaidInFull(), "PAID with " + order.amountDue() + " due");
        check(ps != PaymentStatus.REFUNDED || order.netPaid().equals(zero), "REFUNDED with money kept");
        check(!order.isPaidInFull() || order.owed().isZero() || order.amountPaid().isPositive(), "paid without money");
    }

    /** Picks from COMMAND_KINDS on choose among the commands the order's status allows, so walks go deep. */
    private static int allowedPick(OrderService orders, Order order, int pick) {
        List<OrderTrigger> allowed = List.copyOf(orders.allowedTriggers(order));
        if (allowed.isEmpty()) {
            return pick % COMMAND_KINDS;
        }
        OrderTrigger t = allowed.get(pick % allowed.size());
        for (int i = 0; i < COMMAND_KINDS; i++) {
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
