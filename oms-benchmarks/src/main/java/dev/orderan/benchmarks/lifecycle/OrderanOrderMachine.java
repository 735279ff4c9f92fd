package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.lifecycle.Transition;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import java.util.function.Consumer;

/**
 * The walk on Orderan's own B2C prepaid lifecycle: {@code fire} (lookup by ordinals, guard) then
 * {@code createEvent}. The lifecycle holds no state, so the walk keeps the status in a local
 * variable, as {@code OrderService} keeps it on the order.
 */
public final class OrderanOrderMachine implements WalkingMachine {

    private final Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle =
            OrderLifecycles.forType(OrderType.B2C_PREPAID);
    private final Consumer<? super OrderEvent> sink;

    /** A contender sending its events to {@code sink}. */
    public OrderanOrderMachine(Consumer<? super OrderEvent> sink) {
        this.sink = sink;
    }

    @Override
    public OrderStatus walk(OrderContext ctx) {
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> machine = lifecycle;
        OrderStatus state = OrderWalk.START;
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent> t = machine.fire(state, trigger, ctx);
            sink.accept(t.createEvent(ctx));
            state = t.to();
        }
        return state;
    }

    @Override
    public OrderStatus firstStep(OrderContext ctx) {
        return lifecycle.fire(OrderWalk.START, OrderWalk.TRIGGERS[0], ctx).to();
    }
}
