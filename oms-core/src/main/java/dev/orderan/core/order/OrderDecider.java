package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.lifecycle.Transition;
import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitAlreadyRefundedException;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what a command does to an order: {@code (order, command, now) → events}, with no store,
 * clock or side effect, so the same decision can run in memory, in a database transaction or in a
 * test. {@link OrderService} loads, decides, saves and publishes around it.
 *
 * <p>Rules beyond the lifecycle tables:
 * <ul>
 *   <li>A payment is always recorded: payments add up; the move to the paid status happens once
 *       the order is paid in full; a payment that arrives after the payment window closed expires
 *       the order in the same decision and is due back.</li>
 *   <li>An order with nothing to pay does not wait for payment: when it reaches
 *       {@code AWAITING_PAYMENT} with nothing due it moves on at once.</li>
 *   <li>Refunds pay back units at their exact paid amounts and money received beyond the price,
 *       never more than was received; they do not change the status.</li>
 * </ul>
 */
public final class OrderDecider {

    private final Map<String, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> lifecycles;

    /**
     * A decider for orders following any of these lifecycles.
     *
     * @param lifecycles every lifecycle an order may follow, by name
     */
    public OrderDecider(Map<String, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> lifecycles) {
        this.lifecycles = Map.copyOf(lifecycles);
    }

    /**
     * What a decision produced: the events to store, the order's personal data when the command
     * changed it (personal data never goes into events), and the order after both, so a caller need
     * not apply the events again.
     *
     * @param events the new events, in sequence order; empty when nothing changes
     * @param personalData the new personal data, if changed
     * @param order the order with the events applied and the new personal data (the order decided
     *     on when there are no events)
     */
    public record Decision(List<OrderEvent> events, Optional<OrderPersonalData> personalData, Order order) {
        /** Copies the list. */
        public Decision {
            events = List.copyOf(events);
            Objects.requireNonNull(personalData, "personalData");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * Everything a placement decision needs besides the command, worked out by the service first.
     *
     * @param command the validated command
     * @param price the price computed for it
     * @param lifecycle the lifecycle new orders of its type follow
     * @param paymentDeadline the payment deadline, if the method has a window
     * @param probableDuplicateOf a recent order it probably repeats
     */
    public record Placement(PlaceOrder command, PriceBreakdown price,
            Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle, Optional<Instant> paymentDeadline,
            Optional<OrderId> probableDuplicateOf) {
        /** Checks that nothing is missing. */
        public Placement {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(paymentDeadline, "paymentDeadline");
            Objects.requireNonNull(probableDuplicateOf, "probableDuplicateOf");
        }
    }

    /** The events that place an order. */
    public Decision place(Placement p, Instant now) {
        PlaceOrder c = p.command();
        OrderRef ref = new OrderRef(c.tenantId(), c.orderId());
        List<OrderEvent.PlacedLine> lines = new ArrayList<>(c.lines().size());
        for (OrderLine l : c.lines()) {
            lines.add(OrderPrices.placed(l));
        }
        OrderEvent.ShippingData shipping = new OrderEvent.ShippingData(c.shipping().courier(),
                c.shipping().serviceLevel(), c.shipping().etaDays(), c.shipping().fee());
        List<OrderEvent> events = new ArrayList<>(4);
        events.add(new OrderEvent.Placed(ref, 1, now, c.type(), p.lifecycle().name(), c.channel(), c.customer().id(),
                OrderEvent.ShippingArea.of(c.customer().shippingAddress()), lines, OrderPrices.data(p.price()),
                c.paymentMethod(), shipping, c.voucherCodes(), List.copyOf(c.customerGroups()), c.account().orElse(""),
                c.idempotencyKey(), p.lifecycle().initial()));
        long seq = 2;
        if (p.paymentDeadline().isPresent()) {
            events.add(new OrderEvent.PaymentDeadlineSet(ref, seq++, now, p.paymentDeadline().get()));
        }
        if (c.paymentTerms().isPresent()) {
            events.add(new OrderEvent.PaymentTermsAgreed(ref, seq++, now, c.paymentTerms().get().netDays()));
        }
        if (c.promisedDate().isPresent()) {
            events.add(new OrderEvent.PreOrderPromised(ref, seq++, now, c.promisedDate().get()));
        }
        if (!c.productionStages().isEmpty()) {
            events.add(new OrderEvent.ProductionPlanned(ref, seq++, now, c.productionStages()));
        }
        if (p.probableDuplicateOf().isPresent()) {
            events.add(new OrderEvent.FlaggedAsProbableDuplicate(ref, seq, now, p.probableDuplicateOf().get()));
        }
        OrderPersonalData personal = OrderPersonalData.of(c.customer(), c.notes());
        Order order = Order.replay(events, personal);
        order = autoAdvance(order, now, events, p.lifecycle());
        return new Decision(events, Optional.of(personal), order);
    }

    /**
     * The events a command records on an order.
     *
     * @throws dev.orderan.core.lifecycle.IllegalTransitionException if the order's status does not
     *     allow the command, or a guard refuses it (with the figures involved)
     * @throws RefundRejectedException if a refund would pay back more than was received
     * @throws UnitAlreadyRefundedException if a unit was refunded before
     * @throws ValidationFailedException if the command names units or stages the order does not have
     */
    public Decision decide(Order order, OrderCommand command, Instant now) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = lifecycleOf(order);
        List<OrderEvent> events = new ArrayList<>(3);
        Optional<OrderPersonalData> personal = Optional.empty();
        if (command instanceof OrderCommand.ConfirmPayment p) {
            pay(order, p, now, lifecycle, events);
        } else if (command instanceof OrderCommand.Refund || command instanceof OrderCommand.RefundAll
                || command instanceof OrderCommand.RefundExcess) {
            events.add(refund(order, command, now));
        } else if (command instanceof OrderCommand.ErasePersonalData) {
            if (!order.personalData().erased()) {
                events.add(new OrderEvent.PersonalDataErased(order.ref(), order.version() + 1, now));
            }
        } else {
            OrderContext ctx = new OrderContext(order, command, now);
            Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent> t =
                    lifecycle.fire(order.status(), command.trigger(), ctx);
            dataEvent(ctx).ifPresent(events::add);
            if (t.emitsEvent()) {
                events.add(t.createEvent(ctx));
            }
            if (command instanceof OrderCommand.Deliver d) {
                personal = Optional.of(order.personalData().withReceivedBy(d.receivedBy()));
            }
        }
        Order after = order;
        if (!events.isEmpty()) {
            after = autoAdvance(order.applyAll(events), now, events, lifecycle);
        }
        if (personal.isPresent()) {
            after = after.withPersonalData(personal.get());
        }
        return new Decision(events, personal, after);
    }

    /** The lifecycle an order follows. */
    public Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycleOf(Order order) {
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = lifecycles.get(order.lifecycle());
        if (lifecycle == null) {
            throw new IllegalStateException("order " + order.ref() + " follows lifecycle '" + order.lifecycle()
                    + "', which this service does not know; register it with OrderService.Builder.lifecycle(...)");
        }
        return lifecycle;
    }

    private static void pay(Order order, OrderCommand.ConfirmPayment p, Instant now,
            Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle, List<OrderEvent> events) {
        OrderEvent.PaymentReceived received = new OrderEvent.PaymentReceived(order.ref(), order.version() + 1, now,
                p.amount(), p.reference());
        events.add(received);
        Order paid = order.apply(received);
        OrderContext ctx = new OrderContext(paid, p, now);
        if (order.isPaymentOverdue(now)) {
            // One decision for the order and its stock: the window closed before the money came, so
            // the order expires now and the payment is due back (refundDue says how much).
            Optional<Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> expire =
                    lifecycle.find(order.status(), OrderTrigger.EXPIRE_PAYMENT, ctx);
            if (expire.isPresent()) {
                MoneyFormat f = MoneyFormat.english();
                events.add(new OrderEvent.Cancelled(order.ref(), ctx.nextSequence(), now, CancelledBy.SYSTEM,
                        "payment window closed at " + order.paymentDeadline().orElseThrow() + "; the payment of "
                                + f.format(p.amount()) + " (" + p.reference() + ") arrived after it and is due back"));
                if (expire.get().emitsEvent()) {
                    events.add(expire.get().createEvent(ctx));
                }
            }
            return;
        }
        lifecycle.find(order.status(), OrderTrigger.CONFIRM_PAYMENT, ctx).ifPresent(t -> {
            if (t.emitsEvent()) {
                events.add(t.createEvent(ctx));
            }
        });
    }

    /**
     * An order waiting for payment with nothing due moves on at once: adds that event to
     * {@code events} and returns the order after it.
     */
    private static Order autoAdvance(Order order, Instant now, List<OrderEvent> events,
            Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle) {
        if (!order.isAwaitingPayment() || !order.isPaidInFull() || order.isPaymentOverdue(now)) {
            return order;
        }
        OrderContext ctx = new OrderContext(order, new OrderCommand.ConfirmPayment(Money.zero(order.price().currency()),
                "nothing to pay"), now);
        Optional<Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> t =
                lifecycle.find(order.status(), OrderTrigger.CONFIRM_PAYMENT, ctx);
        if (t.isEmpty() || !t.get().emitsEvent() || t.get().isInternal()) {
            return order;
        }
        OrderEvent advanced = t.get().createEvent(ctx);
        events.add(advanced);
        return order.apply(advanced);
    }

    private static OrderEvent refund(Order o, OrderCommand c, Instant now) {
        PriceBreakdown price = o.price();
        Money zero = Money.zero(price.currency());
        Money available = o.netPaid();
        String refundId;
        String reason;
        List<OrderEvent.RefundedUnits> runs = new ArrayList<>();
        Money unitsAmount = zero;
        Money excess = zero;
        if (c instanceof OrderCommand.Refund r) {
            refundId = r.refundId();
            reason = r.reason();
            List<UnitRef> units = checkUnits(o, r.units());
            unitsAmount = runsOf(price, units, runs);
        } else if (c instanceof OrderCommand.RefundAll r) {
            refundId = r.refundId();
            reason = r.reason();
            if (o.status() == OrderStatus.CANCELLED) {
                excess = o.refundDue();
            } else {
                if (available.compareTo(o.owed()) < 0) {
                    throw new RefundRejectedException(o.ref(), "only " + fmt(available) + " was received and not paid"
                            + " back, less than the " + fmt(o.owed()) + " the units cost; cancel the order first or"
                            + " refund single units", o.owed(), available);
                }
                List<UnitRef> open = new ArrayList<>();
                for (int i = 0; i < price.lineCount(); i++) {
                    for (long k = 0; k < price.quantity(i); k++) {
                        UnitRef u = new UnitRef(i, k);
                        if (!o.isRefunded(u)) {
                            open.add(u);
                        }
                    }
                }
                unitsAmount = runsOf(price, open, runs);
                excess = o.refundDue();
            }
        } else {
            OrderCommand.RefundExcess r = (OrderCommand.RefundExcess) c;
            refundId = r.refundId();
            reason = r.reason();
            excess = o.refundDue();
            if (!excess.isPositive()) {
                throw new RefundRejectedException(o.ref(), "nothing was received beyond what the order costs: received "
                        + fmt(available) + ", owed " + fmt(o.owed()), zero, zero);
            }
        }
        Money amount = unitsAmount.plus(excess);
        if (amount.compareTo(available) > 0) {
            throw new RefundRejectedException(o.ref(), "it would pay back " + fmt(amount) + " but only "
                    + fmt(available) + " was received and not paid back yet", amount, available);
        }
        if (runs.isEmpty() && !amount.isPositive()) {
            throw new RefundRejectedException(o.ref(), "there is nothing to pay back: received " + fmt(available)
                    + ", owed " + fmt(o.owed()), amount, available);
        }
        return new OrderEvent.Refunded(o.ref(), o.version() + 1, now, refundId, amount, runs, excess, reason);
    }

    private static List<UnitRef> checkUnits(Order o, List<UnitRef> units) {
        List<Violation> v = new ArrayList<>();
        OrderCommands.unitViolations(v, units, o.price());
        if (!v.isEmpty()) {
            throw new ValidationFailedException("Refund", v);
        }
        for (UnitRef u : units) {
            if (o.isRefunded(u)) {
                throw new UnitAlreadyRefundedException(u);
            }
        }
        return units;
    }

    /** Groups units into runs per line (sorted), filling {@code runs}; returns their paid total. */
    private static Money runsOf(PriceBreakdown price, List<UnitRef> units, List<OrderEvent.RefundedUnits> runs) {
        List<UnitRef> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> a.lineIndex() != b.lineIndex() ? Integer.compare(a.lineIndex(), b.lineIndex())
                : Long.compare(a.unitIndex(), b.unitIndex()));
        long total = 0;
        int i = 0;
        while (i < sorted.size()) {
            UnitRef first = sorted.get(i);
            long amount = 0;
            int j = i;
            while (j < sorted.size() && sorted.get(j).lineIndex() == first.lineIndex()
                    && sorted.get(j).unitIndex() == first.unitIndex() + (j - i)) {
                amount = Math.addExact(amount, price.paidMinor(first.lineIndex(), sorted.get(j).unitIndex()));
                j++;
            }
            runs.add(new OrderEvent.RefundedUnits(first.lineIndex(), first.unitIndex(), j - i,
                    Money.ofMinor(amount, price.currency())));
            total = Math.addExact(total, amount);
            i = j;
        }
        return Money.ofMinor(total, price.currency());
    }

    private static String fmt(Money m) {
        return MoneyFormat.english().format(m);
    }

    private static Optional<OrderEvent> dataEvent(OrderContext ctx) {
        Order o = ctx.order();
        OrderRef ref = o.ref();
        OrderCommand c = ctx.command();
        Instant at = ctx.now();
        OrderEvent e;
        if (c instanceof OrderCommand.Approve x) {
            e = new OrderEvent.Approved(ref, ctx.nextSequence(), at, x.approvedBy());
        } else if (c instanceof OrderCommand.Reject x) {
            e = new OrderEvent.Rejected(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.ApproveDesign x) {
            e = new OrderEvent.DesignApproved(ref, ctx.nextSequence(), at, x.approvedBy());
        } else if (c instanceof OrderCommand.ReviseDesign x) {
            e = new OrderEvent.DesignRevised(ref, ctx.nextSequence(), at, x.specification());
        } else if (c instanceof OrderCommand.FailPayment x) {
            e = new OrderEvent.PaymentFailed(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.ExpirePayment) {
            e = new OrderEvent.Cancelled(ref, ctx.nextSequence(), at, CancelledBy.SYSTEM, "payment window closed"
                    + o.paymentDeadline().map(d -> " at " + d).orElse(""));
        } else if (c instanceof OrderCommand.ForwardToSupplier x) {
            e = new OrderEvent.ForwardedToSupplier(ref, ctx.nextSequence(), at, x.supplier());
        } else if (c instanceof OrderCommand.DeclineBySupplier x) {
            e = new OrderEvent.SupplierDeclined(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.CompleteStage x) {
            e = new OrderEvent.StageCompleted(ref, ctx.nextSequence(), at, x.stage());
        } else if (c instanceof OrderCommand.Ship x) {
            e = new OrderEvent.Shipped(ref, ctx.nextSequence(), at, x.courier(), x.trackingNumber());
        } else if (c instanceof OrderCommand.Deliver) {
            e = new OrderEvent.Delivered(ref, ctx.nextSequence(), at);
        } else if (c instanceof OrderCommand.ReturnToSender x) {
            e = new OrderEvent.DeliveryFailed(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.Cancel x) {
            e = new OrderEvent.Cancelled(ref, ctx.nextSequence(), at, x.by(), x.reason());
        } else if (c instanceof OrderCommand.RequestReturn x) {
            e = new OrderEvent.ReturnRequested(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.RejectReturn x) {
            e = new OrderEvent.ReturnRejected(ref, ctx.nextSequence(), at, x.reason());
        } else {
            e = null; // the command carries no data; its status change says it all
        }
        return Optional.ofNullable(e);
    }
}
