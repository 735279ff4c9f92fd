package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import java.util.function.Consumer;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineData;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The walk on squirrel-foundation 0.3.10. The builder ({@code StateMachineBuilderFactory.create})
 * is made once and one machine is created from it in setup: squirrel machines are stateful and
 * costly to create (reflection, per-instance data), so creating one per walk would time
 * construction rather than transitions.
 *
 * <p>squirrel passes the context to conditions and actions on every {@code fire(event, context)},
 * so the guard is a {@code Condition<OrderContext>} and each row's action builds the same
 * {@code StatusChanged} event from the {@code from}, {@code to} and {@code event} it is given.
 * {@code COMPLETED} is not declared final (that would terminate the machine). A walk starts by
 * restoring the data dumped at the start state ({@code loadSavedData}, squirrel's own way to put a
 * machine in a saved state); the restore is inside the timed walk and measured alone by
 * {@code squirrelReset} so it can be told apart.
 */
public final class SquirrelOrderMachine implements WalkingMachine {

    /** The machine type squirrel instantiates; the walk needs no behaviour of its own. */
    public static class OrderFsm extends AbstractStateMachine<OrderFsm, OrderStatus, OrderTrigger, OrderContext> {
    }

    private final OrderFsm machine;
    private final StateMachineData.Reader<OrderFsm, OrderStatus, OrderTrigger, OrderContext> atStart;

    /** Builds the machine, sending events to {@code sink}. */
    public SquirrelOrderMachine(Consumer<? super OrderEvent> sink) {
        StateMachineBuilder<OrderFsm, OrderStatus, OrderTrigger, OrderContext> builder =
                StateMachineBuilderFactory.create(OrderFsm.class, OrderStatus.class, OrderTrigger.class,
                        OrderContext.class);
        AnonymousCondition<OrderContext> paymentCovers = new AnonymousCondition<>() {
            @Override
            public boolean isSatisfied(OrderContext ctx) {
                return OrderLifecycles.PAID_IN_FULL.test(ctx);
            }
        };
        AnonymousAction<OrderFsm, OrderStatus, OrderTrigger, OrderContext> emit = new AnonymousAction<>() {
            @Override
            public void execute(OrderStatus from, OrderStatus to, OrderTrigger trigger, OrderContext ctx,
                                OrderFsm fsm) {
                sink.accept(OrderWalk.statusChanged(ctx, from, to, trigger));
            }
        };
        for (OrderWalk.Row row : OrderWalk.ROWS) {
            if (row.guarded()) {
                builder.externalTransition().from(row.from()).to(row.to()).on(row.trigger()).when(paymentCovers)
                        .perform(emit);
            } else {
                builder.externalTransition().from(row.from()).to(row.to()).on(row.trigger()).perform(emit);
            }
        }
        this.machine = builder.newStateMachine(OrderWalk.START);
        machine.start();
        this.atStart = machine.dumpSavedData();
    }

    /** Puts the machine back at the start of the walk. */
    public void reset() {
        if (!machine.loadSavedData(atStart)) {
            throw new IllegalStateException("squirrel refused to restore its saved state");
        }
    }

    @Override
    public OrderStatus walk(OrderContext ctx) {
        reset();
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            machine.fire(trigger, ctx);
        }
        return machine.getCurrentState();
    }

    @Override
    public OrderStatus firstStep(OrderContext ctx) {
        reset();
        machine.fire(OrderWalk.TRIGGERS[0], ctx);
        return machine.getCurrentState();
    }

    /** The current state. */
    public OrderStatus state() {
        return machine.getCurrentState();
    }
}
