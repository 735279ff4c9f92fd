package dev.orderan.benchmarks.lifecycle;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import java.util.function.Consumer;

/**
 * The walk on stateless4j 2.6.0. The {@link StateMachineConfig} is built once. The machine keeps its
 * state outside itself (stateless4j's accessor/mutator constructor), like an aggregate whose status
 * lives on the order, so one machine is created in setup and a walk starts by setting the field:
 * no construction is timed, as for Orderan's stateless lifecycle.
 *
 * <p>stateless4j guards and transition actions take no arguments, so the context of the command is
 * kept in a field the guard and the action read (set once per walk, as a caller would per command).
 * The guarded row uses {@code permitIf(trigger, to, guard, action)}; the others {@code permit(trigger,
 * to, action)}; each action creates the same {@code StatusChanged} event.
 */
public final class Stateless4jOrderMachine implements WalkingMachine {

    private final StateMachine<OrderStatus, OrderTrigger> machine;
    private OrderStatus state = OrderWalk.START;
    private OrderContext context;

    /** Builds the configuration and the one machine, sending events to {@code sink}. */
    public Stateless4jOrderMachine(Consumer<? super OrderEvent> sink) {
        StateMachineConfig<OrderStatus, OrderTrigger> config = new StateMachineConfig<>();
        FuncBoolean paymentCovers = () -> OrderLifecycles.PAID_IN_FULL.test(context);
        for (OrderWalk.Row row : OrderWalk.ROWS) {
            Action emit = () -> sink.accept(OrderWalk.statusChanged(context, row.from(), row.to(), row.trigger()));
            if (row.guarded()) {
                config.configure(row.from()).permitIf(row.trigger(), row.to(), paymentCovers, emit);
            } else {
                config.configure(row.from()).permit(row.trigger(), row.to(), emit);
            }
        }
        config.configure(OrderWalk.END);
        this.machine = new StateMachine<>(OrderWalk.START, () -> state, s -> state = s, config);
    }

    @Override
    public OrderStatus walk(OrderContext ctx) {
        this.context = ctx;
        this.state = OrderWalk.START;
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            machine.fire(trigger);
        }
        return machine.getState();
    }

    @Override
    public OrderStatus firstStep(OrderContext ctx) {
        this.context = ctx;
        this.state = OrderWalk.START;
        machine.fire(OrderWalk.TRIGGERS[0]);
        return machine.getState();
    }
}
