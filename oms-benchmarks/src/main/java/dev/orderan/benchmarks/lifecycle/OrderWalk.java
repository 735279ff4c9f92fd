package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The walk every contender performs, and the inputs they all share: a real B2C prepaid order placed
 * through {@link OrderService}, and one {@link OrderContext} holding the order with a payment that
 * covers it recorded (as the order service fires payment rows).
 *
 * <p>The walk is the happy path of a prepaid order, six transitions, the first one guarded:
 * {@code AWAITING_PAYMENT -CONFIRM_PAYMENT[paid in full]-> ACCEPTED -START_PROCESSING->
 * PROCESSING -PACK-> PACKED -SHIP-> SHIPPED -DELIVER-> DELIVERED -COMPLETE-> COMPLETED}.
 */
public final class OrderWalk {

    /** The triggers of the walk, in order. */
    public static final OrderTrigger[] TRIGGERS = {
        OrderTrigger.CONFIRM_PAYMENT, OrderTrigger.START_PROCESSING, OrderTrigger.PACK,
        OrderTrigger.SHIP, OrderTrigger.DELIVER, OrderTrigger.COMPLETE,
    };

    /** The number of transitions in one walk; the benchmarks report time per transition. */
    public static final int LENGTH = 6;

    /** Where the walk starts. */
    public static final OrderStatus START = OrderStatus.AWAITING_PAYMENT;

    /** Where the walk ends; every contender checks it got there. */
    public static final OrderStatus END = OrderStatus.COMPLETED;

    /** The rows of the walk (from, trigger, to, guarded), which peers configure in their own terms. */
    public static final List<Row> ROWS = List.of(
            new Row(OrderStatus.AWAITING_PAYMENT, OrderTrigger.CONFIRM_PAYMENT, OrderStatus.ACCEPTED, true),
            new Row(OrderStatus.ACCEPTED, OrderTrigger.START_PROCESSING, OrderStatus.PROCESSING, false),
            new Row(OrderStatus.PROCESSING, OrderTrigger.PACK, OrderStatus.PACKED, false),
            new Row(OrderStatus.PACKED, OrderTrigger.SHIP, OrderStatus.SHIPPED, false),
            new Row(OrderStatus.SHIPPED, OrderTrigger.DELIVER, OrderStatus.DELIVERED, false),
            new Row(OrderStatus.DELIVERED, OrderTrigger.COMPLETE, OrderStatus.COMPLETED, false));

    /**
     * One transition of the walk.
     *
     * @param from the state it leaves
     * @param trigger the trigger
     * @param to the state it enters
     * @param guarded whether Orderan's lifecycle checks "paid in full" on it
     */
    public record Row(OrderStatus from, OrderTrigger trigger, OrderStatus to, boolean guarded) {
    }

    private OrderWalk() {
    }

    /** Places a three-line B2C prepaid order in an in-memory repository and returns it. */
    public static Order placeOrder() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
        OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock).build();
        Address address = Address.of("Jl. Sudirman No. 1", "Karet", "Setiabudi", "Jakarta Selatan", "DKI Jakarta",
                "12920");
        PlaceOrder place = PlaceOrder.builder()
                .tenant(TenantId.of("bench"))
                .orderId(OrderId.of("ORD-1"))
                .idempotencyKey("checkout-1")
                .type(OrderType.B2C_PREPAID)
                .customer(Customer.of(CustomerId.of("C-1"), "Budi Santoso", "budi@example.com", "081234567890",
                        address))
                .line(dev.orderan.core.order.OrderLine.goods(Sku.of("KOPI-250"), "Kopi Gayo 250 g", 2,
                        Money.idr(85_000)))
                .line(dev.orderan.core.order.OrderLine.goods(Sku.of("TEH-100"), "Teh Melati 100 g", 3,
                        Money.idr(27_500)))
                .line(dev.orderan.core.order.OrderLine.goods(Sku.of("GULA-1K"), "Gula Aren 1 kg", 1,
                        Money.idr(42_000)))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000)))
                .build();
        Order order = orders.place(place).order();
        if (order.status() != START) {
            throw new IllegalStateException("a new prepaid order should await payment, got " + order.status());
        }
        return order;
    }

    /** A context for the walk: the order with a payment that covers it recorded. */
    public static OrderContext context(Order order) {
        OrderContext ctx = paid(order, order.amountDue(), "VA-8808-0001");
        if (!OrderLifecycles.PAID_IN_FULL.test(ctx)) {
            throw new IllegalStateException("the benchmark payment should cover the order");
        }
        return ctx;
    }

    /** A context for the walk whose payment is short by Rp 1: every contender's guard must refuse it. */
    public static OrderContext underpaidContext(Order order) {
        return paid(order, order.amountDue().minus(Money.idr(1)), "VA-8808-0002");
    }

    private static OrderContext paid(Order order, Money amount, String reference) {
        Instant at = Instant.parse("2026-11-25T03:05:00Z");
        Order withPayment = order.apply(new OrderEvent.PaymentReceived(order.ref(), order.version() + 1, at, amount,
                reference));
        return new OrderContext(withPayment, new OrderCommand.ConfirmPayment(amount, reference), at);
    }

    /**
     * True when the machine refuses the guarded first step for this context, by throwing or by
     * staying where it was (libraries differ in how they decline).
     */
    public static boolean refuses(WalkingMachine machine, OrderContext ctx) {
        try {
            return machine.firstStep(ctx) == START;
        } catch (RuntimeException refused) {
            return true;
        }
    }

    /**
     * The event every contender builds for a transition: the same record Orderan's lifecycle emits,
     * taking a sequence number from the context.
     */
    public static OrderEvent statusChanged(OrderContext ctx, OrderStatus from, OrderStatus to, OrderTrigger trigger) {
        return new OrderEvent.StatusChanged(ctx.order().ref(), ctx.nextSequence(), ctx.now(), from, to, trigger);
    }

    /** Fails loudly when a contender did not end where the walk ends (a silent refusal would flatter it). */
    public static void checkEnd(OrderStatus reached) {
        if (reached != END) {
            throw new IllegalStateException("walk ended in " + reached + " instead of " + END);
        }
    }
}
