package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import java.util.function.Consumer;

/**
 * The floor: the walk's transitions written by hand as a {@code switch} on the state, with the same
 * guard inlined and the same event created. No table, no generic interfaces, nothing shared; this is
 * what the work costs when nobody pays for a reusable machine.
 */
public final class SwitchOrderMachine implements WalkingMachine {

    private final Consumer<? super OrderEvent> sink;

    /** A contender sending its events to {@code sink}. */
    public SwitchOrderMachine(Consumer<? super OrderEvent> sink) {
        this.sink = sink;
    }

    @Override
    public OrderStatus walk(OrderContext ctx) {
        OrderStatus state = OrderWalk.START;
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            OrderStatus to = next(state, trigger, ctx);
            sink.accept(OrderWalk.statusChanged(ctx, state, to, trigger));
            state = to;
        }
        return state;
    }

    @Override
    public OrderStatus firstStep(OrderContext ctx) {
        return next(OrderWalk.START, OrderWalk.TRIGGERS[0], ctx);
    }

    private static OrderStatus next(OrderStatus from, OrderTrigger trigger, OrderContext ctx) {
        switch (from) {
            case AWAITING_PAYMENT:
                if (trigger == OrderTrigger.CONFIRM_PAYMENT) {
                    if (ctx.command() instanceof OrderCommand.ConfirmPayment && ctx.order().isPaidInFull()) {
                        return OrderStatus.ACCEPTED;
                    }
                    throw new IllegalStateException("not paid in full: the amount due");
                }
                break;
            case ACCEPTED:
                if (trigger == OrderTrigger.START_PROCESSING) {
                    return OrderStatus.PROCESSING;
                }
                break;
            case PROCESSING:
                if (trigger == OrderTrigger.PACK) {
                    return OrderStatus.PACKED;
                }
                break;
            case PACKED:
                if (trigger == OrderTrigger.SHIP) {
                    return OrderStatus.SHIPPED;
                }
                break;
            case SHIPPED:
                if (trigger == OrderTrigger.DELIVER) {
                    return OrderStatus.DELIVERED;
                }
                break;
            case DELIVERED:
                if (trigger == OrderTrigger.COMPLETE) {
                    return OrderStatus.COMPLETED;
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException(trigger + " is not allowed in " + from);
    }
}
