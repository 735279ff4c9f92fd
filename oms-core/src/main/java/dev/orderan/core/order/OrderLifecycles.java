package dev.orderan.core.order;

import static dev.orderan.core.order.OrderStatus.ACCEPTED;
import static dev.orderan.core.order.OrderStatus.AWAITING_DESIGN_APPROVAL;
import static dev.orderan.core.order.OrderStatus.AWAITING_PAYMENT;
import static dev.orderan.core.order.OrderStatus.AWAITING_SUPPLIER;
import static dev.orderan.core.order.OrderStatus.AWAITING_SUPPLY;
import static dev.orderan.core.order.OrderStatus.CANCELLED;
import static dev.orderan.core.order.OrderStatus.COMPLETED;
import static dev.orderan.core.order.OrderStatus.DELIVERED;
import static dev.orderan.core.order.OrderStatus.IN_PRODUCTION;
import static dev.orderan.core.order.OrderStatus.PACKED;
import static dev.orderan.core.order.OrderStatus.PAYMENT_FAILED;
import static dev.orderan.core.order.OrderStatus.PENDING_APPROVAL;
import static dev.orderan.core.order.OrderStatus.PROCESSING;
import static dev.orderan.core.order.OrderStatus.RETURNED;
import static dev.orderan.core.order.OrderStatus.RETURN_REQUESTED;
import static dev.orderan.core.order.OrderStatus.SHIPPED;
import static dev.orderan.core.order.OrderTrigger.APPROVE;
import static dev.orderan.core.order.OrderTrigger.APPROVE_DESIGN;
import static dev.orderan.core.order.OrderTrigger.CANCEL;
import static dev.orderan.core.order.OrderTrigger.COMPLETE;
import static dev.orderan.core.order.OrderTrigger.COMPLETE_STAGE;
import static dev.orderan.core.order.OrderTrigger.CONFIRM_BY_SUPPLIER;
import static dev.orderan.core.order.OrderTrigger.CONFIRM_PAYMENT;
import static dev.orderan.core.order.OrderTrigger.DECLINE_BY_SUPPLIER;
import static dev.orderan.core.order.OrderTrigger.DELIVER;
import static dev.orderan.core.order.OrderTrigger.EXPIRE_PAYMENT;
import static dev.orderan.core.order.OrderTrigger.FAIL_PAYMENT;
import static dev.orderan.core.order.OrderTrigger.FINISH_PRODUCTION;
import static dev.orderan.core.order.OrderTrigger.FORWARD_TO_SUPPLIER;
import static dev.orderan.core.order.OrderTrigger.PACK;
import static dev.orderan.core.order.OrderTrigger.RECEIVE_RETURN;
import static dev.orderan.core.order.OrderTrigger.RECEIVE_SUPPLY;
import static dev.orderan.core.order.OrderTrigger.REJECT;
import static dev.orderan.core.order.OrderTrigger.REJECT_RETURN;
import static dev.orderan.core.order.OrderTrigger.REQUEST_RETURN;
import static dev.orderan.core.order.OrderTrigger.RETRY_PAYMENT;
import static dev.orderan.core.order.OrderTrigger.RETURN_TO_SENDER;
import static dev.orderan.core.order.OrderTrigger.REVISE_DESIGN;
import static dev.orderan.core.order.OrderTrigger.SHIP;
import static dev.orderan.core.order.OrderTrigger.START_PROCESSING;

import dev.orderan.core.lifecycle.EventFactory;
import dev.orderan.core.lifecycle.Guard;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.money.MoneyFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in order lifecycles, one per {@link OrderType}, and the builder hosts use for variants
 * of their own. Every status change emits {@link OrderEvent.StatusChanged}.
 *
 * <p>Payments: {@code CONFIRM_PAYMENT} rows are fired after the payment is recorded, so their
 * guards see the order with the new money; a payment whose row does not fire (an underpayment, a
 * payment to a cancelled order) is still recorded.
 */
public final class OrderLifecycles {

    /** Guard: nothing is left to pay (for a payment, counting the payment being recorded). */
    public static final Guard<OrderContext> PAID_IN_FULL = Guard.explained(ctx -> ctx.order().isPaidInFull(),
            ctx -> "paid " + MoneyFormat.english().format(ctx.order().netPaid()) + " of "
                    + MoneyFormat.english().format(ctx.order().owed()) + "; "
                    + MoneyFormat.english().format(ctx.order().amountDue()) + " missing");

    /** Guard: the order's payment window has closed (orders without a window may expire at any time). */
    public static final Guard<OrderContext> PAYMENT_WINDOW_CLOSED = Guard.explained(
            ctx -> ctx.order().paymentDeadline().map(d -> ctx.now().isAfter(d)).orElse(true),
            ctx -> "the payment window is open until " + ctx.order().paymentDeadline().orElseThrow());

    /** Guard: the stage in the command is planned and not done yet. */
    public static final Guard<OrderContext> STAGE_IS_OPEN = ctx ->
            ctx.command() instanceof OrderCommand.CompleteStage s
                    && ctx.order().productionStages().contains(s.stage())
                    && !ctx.order().completedStages().contains(s.stage());

    /** Guard: every planned production stage is done. */
    public static final Guard<OrderContext> PRODUCTION_COMPLETE = ctx -> ctx.order().isProductionComplete();

    /** Guard: the order has nothing to ship (services or digital goods only). */
    public static final Guard<OrderContext> NOTHING_TO_SHIP = ctx -> ctx.order().hasNothingToShip();

    /** The event factory every built-in lifecycle uses for status changes. */
    public static final EventFactory<OrderStatus, OrderTrigger, OrderContext, OrderEvent> STATUS_CHANGED =
            (t, ctx) -> new OrderEvent.StatusChanged(ctx.order().ref(), ctx.nextSequence(), ctx.now(), t.from(),
                    t.to(), t.trigger());

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> B2C_PREPAID = fulfilment(
            prepaidHead(builder("b2c-prepaid").initial(AWAITING_PAYMENT), ACCEPTED))
            .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> B2C_COD = fulfilment(
            builder("b2c-cod").initial(ACCEPTED))
            .from(SHIPPED, DELIVERED).on(CONFIRM_PAYMENT).stay()
            .without(DELIVERED, COMPLETE)
            .from(DELIVERED).on(COMPLETE).when("paid in full", PAID_IN_FULL).to(COMPLETED)
            .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> B2B = fulfilment(
            builder("b2b").initial(PENDING_APPROVAL)
                    .from(PENDING_APPROVAL).on(APPROVE).to(ACCEPTED)
                    .from(PENDING_APPROVAL).on(REJECT).to(CANCELLED)
                    .from(PENDING_APPROVAL).on(CANCEL).to(CANCELLED))
            .from(ACCEPTED, PROCESSING, PACKED, SHIPPED, DELIVERED).on(CONFIRM_PAYMENT).stay()
            .without(DELIVERED, COMPLETE)
            .from(DELIVERED).on(COMPLETE).when("paid in full", PAID_IN_FULL).to(COMPLETED)
            .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> DROPSHIP =
            prepaidHead(builder("dropship").initial(AWAITING_PAYMENT), ACCEPTED)
                    .from(ACCEPTED).on(FORWARD_TO_SUPPLIER).to(AWAITING_SUPPLIER)
                    .from(AWAITING_SUPPLIER).on(CONFIRM_BY_SUPPLIER).to(PROCESSING)
                    .from(AWAITING_SUPPLIER).on(DECLINE_BY_SUPPLIER).to(CANCELLED)
                    .from(ACCEPTED, AWAITING_SUPPLIER).on(CANCEL).to(CANCELLED)
                    .from(PROCESSING).on(SHIP).to(SHIPPED)
                    .from(SHIPPED).on(DELIVER).to(DELIVERED)
                    .from(SHIPPED).on(RETURN_TO_SENDER).to(RETURNED)
                    .from(DELIVERED).on(COMPLETE).to(COMPLETED)
                    .from(DELIVERED).on(REQUEST_RETURN).to(RETURN_REQUESTED)
                    .from(RETURN_REQUESTED).on(RECEIVE_RETURN).to(RETURNED)
                    .from(RETURN_REQUESTED).on(REJECT_RETURN).to(DELIVERED)
                    .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> PRE_ORDER = fulfilment(
            prepaidHead(builder("pre-order").initial(AWAITING_PAYMENT), AWAITING_SUPPLY)
                    .from(AWAITING_SUPPLY).on(RECEIVE_SUPPLY).to(ACCEPTED)
                    .from(AWAITING_SUPPLY).on(CANCEL).to(CANCELLED))
            .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> MADE_TO_ORDER = shippingTail(
            prepaidHead(builder("made-to-order").initial(AWAITING_DESIGN_APPROVAL)
                    .from(AWAITING_DESIGN_APPROVAL).on(REVISE_DESIGN).stay()
                    .from(AWAITING_DESIGN_APPROVAL).on(APPROVE_DESIGN).to(AWAITING_PAYMENT)
                    .from(AWAITING_DESIGN_APPROVAL).on(CANCEL).to(CANCELLED), IN_PRODUCTION)
                    .from(IN_PRODUCTION).on(COMPLETE_STAGE).when("stage is planned and open", STAGE_IS_OPEN).stay()
                    .from(IN_PRODUCTION).on(FINISH_PRODUCTION).when("all stages completed", PRODUCTION_COMPLETE).to(PACKED)
                    .from(IN_PRODUCTION, PACKED).on(CANCEL).to(CANCELLED))
            .build();

    private static final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> SUBSCRIPTION = fulfilment(
            prepaidHead(builder("subscription").initial(AWAITING_PAYMENT), ACCEPTED)
                    .from(ACCEPTED).on(COMPLETE).when("nothing to ship", NOTHING_TO_SHIP).to(COMPLETED))
            .build();

    private static final Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> BY_TYPE;

    static {
        EnumMap<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> map =
                new EnumMap<>(OrderType.class);
        map.put(OrderType.B2C_PREPAID, B2C_PREPAID);
        map.put(OrderType.B2C_COD, B2C_COD);
        map.put(OrderType.B2B, B2B);
        map.put(OrderType.DROPSHIP, DROPSHIP);
        map.put(OrderType.PRE_ORDER, PRE_ORDER);
        map.put(OrderType.MADE_TO_ORDER, MADE_TO_ORDER);
        map.put(OrderType.SUBSCRIPTION, SUBSCRIPTION);
        BY_TYPE = Collections.unmodifiableMap(map);
    }

    private OrderLifecycles() {
    }

    /** The built-in lifecycle of an order type. */
    public static Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> forType(OrderType type) {
        return BY_TYPE.get(type);
    }

    /** Every built-in lifecycle, by order type. */
    public static Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> builtIn() {
        return BY_TYPE;
    }

    /**
     * A builder for an order lifecycle of the host's own, with {@link #STATUS_CHANGED} events and
     * {@code COMPLETED}, {@code CANCELLED} and {@code RETURNED} as final states. Start from a
     * built-in one with {@code OrderLifecycles.forType(type).toBuilder("my-variant")} instead to
     * change a few rows.
     */
    public static Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> builder(String name) {
        return Lifecycle.<OrderStatus, OrderTrigger, OrderContext, OrderEvent>builder(name, OrderStatus.class,
                        OrderTrigger.class)
                .terminal(COMPLETED, CANCELLED, RETURNED)
                .emitting(STATUS_CHANGED);
    }

    /** Payment first: awaiting payment, failure and retry (dunning), expiry, cancellation. */
    private static Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> prepaidHead(
            Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> b, OrderStatus whenPaid) {
        return b
                .from(AWAITING_PAYMENT, PAYMENT_FAILED).on(CONFIRM_PAYMENT).when("paid in full", PAID_IN_FULL).to(whenPaid)
                .from(AWAITING_PAYMENT).on(FAIL_PAYMENT).to(PAYMENT_FAILED)
                .from(PAYMENT_FAILED).on(RETRY_PAYMENT).to(AWAITING_PAYMENT)
                .from(AWAITING_PAYMENT, PAYMENT_FAILED).on(EXPIRE_PAYMENT)
                .when("payment window closed", PAYMENT_WINDOW_CLOSED).to(CANCELLED)
                .from(AWAITING_PAYMENT, PAYMENT_FAILED).on(CANCEL).to(CANCELLED);
    }

    /** Picking, packing, shipping, delivery, completion, returns; cancellation before shipping. */
    private static Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> fulfilment(
            Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> b) {
        return shippingTail(b
                .from(ACCEPTED).on(START_PROCESSING).to(PROCESSING)
                .from(PROCESSING).on(PACK).to(PACKED)
                .from(ACCEPTED, PROCESSING, PACKED).on(CANCEL).to(CANCELLED));
    }

    /** From packed to the end: shipping, delivery, completion, returns. */
    private static Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> shippingTail(
            Lifecycle.Builder<OrderStatus, OrderTrigger, OrderContext, OrderEvent> b) {
        return b
                .from(PACKED).on(SHIP).to(SHIPPED)
                .from(SHIPPED).on(DELIVER).to(DELIVERED)
                .from(SHIPPED).on(RETURN_TO_SENDER).to(RETURNED)
                .from(DELIVERED).on(COMPLETE).to(COMPLETED)
                .from(DELIVERED).on(REQUEST_RETURN).to(RETURN_REQUESTED)
                .from(RETURN_REQUESTED).on(RECEIVE_RETURN).to(RETURNED)
                .from(RETURN_REQUESTED).on(REJECT_RETURN).to(DELIVERED);
    }
}
