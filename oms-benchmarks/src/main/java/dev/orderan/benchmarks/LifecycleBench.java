package dev.orderan.benchmarks;

import dev.orderan.benchmarks.lifecycle.EventSink;
import dev.orderan.benchmarks.lifecycle.OrderWalk;
import dev.orderan.benchmarks.lifecycle.SpringOrderMachine;
import dev.orderan.benchmarks.lifecycle.SquirrelOrderMachine;
import dev.orderan.benchmarks.lifecycle.Stateless4jOrderMachine;
import dev.orderan.benchmarks.lifecycle.SwitchOrderMachine;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.lifecycle.Transition;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One order-lifecycle transition, with its guard check and its event, on Orderan and side by side
 * with a hand-written floor and three peer libraries, in the same run.
 *
 * <p>Every contender performs the same walk ({@link OrderWalk}): the six transitions of a prepaid
 * order from {@code AWAITING_PAYMENT} to {@code COMPLETED}, checking "payment covers amount due" on
 * {@code CONFIRM_PAYMENT} (the same guard code, on a real order) and creating the same
 * {@code OrderEvent.StatusChanged} record for every transition, handed to the same {@link EventSink}.
 * A benchmark call is one walk, reported per transition ({@code @OperationsPerInvocation(6)}). It
 * starts by putting the contender back at the start state; machines and configurations are built in
 * setup, never in the timed code. Each walk checks it reached {@code COMPLETED}, and setup checks
 * that each contender emits six events per walk and refuses a payment that does not cover the order.
 *
 * <p>Full run: {@code java -jar oms-benchmarks/target/benchmarks.jar Lifecycle -prof gc -f 1 -wi 3
 * -w 1s -i 5 -r 1s}; quick comparison: {@code scripts/bench-quick lifecycle}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LifecycleBench {

    /** What every contender's state shares: the order, the context of the command, the sink. */
    public abstract static class Fixture {
        Order order;
        OrderContext ctx;
        /** A context whose payment is short by Rp 1: the guard must refuse it. */
        OrderContext underpaid;
        final EventSink sink = new EventSink();

        void prepare() {
            order = OrderWalk.placeOrder();
            ctx = OrderWalk.context(order);
            Money shortBy1 = order.amountDue().minus(Money.idr(1));
            underpaid = new OrderContext(order, new OrderCommand.ConfirmPayment(shortBy1, "VA-short"),
                    Instant.parse("2026-11-25T03:05:00Z"));
        }

        /** Runs one walk outside measurement and checks the contender did the whole job. */
        void selfCheck(Blackhole bh, Runnable walk, Runnable refusedPayment, java.util.function.Supplier<OrderStatus> state) {
            sink.use(bh);
            long before = sink.count();
            walk.run();
            if (sink.count() - before != OrderWalk.LENGTH) {
                throw new IllegalStateException(getClass().getSimpleName() + " emitted " + (sink.count() - before)
                        + " events for a walk of " + OrderWalk.LENGTH);
            }
            try {
                refusedPayment.run();
            } catch (RuntimeException refused) {
                // refusing by exception is as good as refusing by staying put
            }
            if (state.get() != OrderWalk.START) {
                throw new IllegalStateException(getClass().getSimpleName() + " accepted an underpayment");
            }
        }
    }

    /** Orderan's real B2C prepaid lifecycle. */
    @State(Scope.Thread)
    public static class OrderanState extends Fixture {
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle;
        private OrderStatus last;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            prepare();
            lifecycle = OrderLifecycles.forType(OrderType.B2C_PREPAID);
            selfCheck(bh, () -> walkOrderan(this),
                    () -> {
                        last = OrderWalk.START;
                        last = lifecycle.fire(OrderWalk.START, OrderTrigger.CONFIRM_PAYMENT, underpaid).to();
                    },
                    () -> last);
        }
    }

    /** The hand-written switch. */
    @State(Scope.Thread)
    public static class FloorState extends Fixture {
        private OrderStatus last;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            prepare();
            selfCheck(bh, () -> walkFloor(this),
                    () -> {
                        last = OrderWalk.START;
                        last = SwitchOrderMachine.fire(OrderWalk.START, OrderTrigger.CONFIRM_PAYMENT, underpaid, sink);
                    },
                    () -> last);
        }
    }

    /** stateless4j with external state. */
    @State(Scope.Thread)
    public static class Stateless4jState extends Fixture {
        Stateless4jOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            prepare();
            machine = new Stateless4jOrderMachine(sink);
            selfCheck(bh, () -> walkStateless4j(this),
                    () -> {
                        machine.reset(underpaid);
                        machine.fire(OrderTrigger.CONFIRM_PAYMENT);
                    },
                    machine::state);
        }
    }

    /** squirrel-foundation, one machine restored to the start state per walk. */
    @State(Scope.Thread)
    public static class SquirrelState extends Fixture {
        SquirrelOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            prepare();
            machine = new SquirrelOrderMachine(sink);
            selfCheck(bh, () -> walkSquirrel(this),
                    () -> {
                        machine.reset();
                        machine.fire(OrderTrigger.CONFIRM_PAYMENT, underpaid);
                    },
                    machine::state);
        }
    }

    /** Spring Statemachine, one machine reset to the start state per walk. */
    @State(Scope.Thread)
    public static class SpringState extends Fixture {
        SpringOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            prepare();
            machine = new SpringOrderMachine(sink);
            selfCheck(bh, () -> walkSpring(this),
                    () -> {
                        machine.reset();
                        machine.fire(OrderTrigger.CONFIRM_PAYMENT, underpaid);
                    },
                    machine::state);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            machine.stop();
        }
    }

    /** Orderan: {@code fire} (lookup + guard) then {@code createEvent}, per transition. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus orderan(OrderanState s, Blackhole bh) {
        s.sink.use(bh);
        return walkOrderan(s);
    }

    /** The floor: a hand-written switch doing the same checks and creating the same event. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus floorSwitch(FloorState s, Blackhole bh) {
        s.sink.use(bh);
        return walkFloor(s);
    }

    /** stateless4j 2.6.0: {@code fire(trigger)}; guard and event in {@code permitIf}/{@code permit} actions. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus stateless4j(Stateless4jState s, Blackhole bh) {
        s.sink.use(bh);
        return walkStateless4j(s);
    }

    /** squirrel-foundation 0.3.10: {@code fire(trigger, context)}; guard as condition, event in action. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus squirrel(SquirrelState s, Blackhole bh) {
        s.sink.use(bh);
        return walkSquirrel(s);
    }

    /** Spring Statemachine 4.0.x: {@code sendEvent(Mono.just(message)).blockLast()}; guard and action. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus spring(SpringState s, Blackhole bh) {
        s.sink.use(bh);
        return walkSpring(s);
    }

    /** squirrel's reset alone (one per walk above), per reset, to tell it apart from transitions. */
    @Benchmark
    public OrderStatus squirrelReset(SquirrelState s) {
        s.machine.reset();
        return s.machine.state();
    }

    /** Spring's reset alone (one per walk above), per reset, to tell it apart from transitions. */
    @Benchmark
    public OrderStatus springReset(SpringState s) {
        s.machine.reset();
        return s.machine.state();
    }

    static OrderStatus walkOrderan(OrderanState s) {
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = s.lifecycle;
        OrderContext ctx = s.ctx;
        ctx.rewind();
        OrderStatus state = OrderWalk.START;
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent> t = lifecycle.fire(state, trigger, ctx);
            s.sink.accept(t.createEvent(ctx));
            state = t.to();
        }
        OrderWalk.checkEnd(state);
        return state;
    }

    static OrderStatus walkFloor(FloorState s) {
        OrderContext ctx = s.ctx;
        ctx.rewind();
        OrderStatus state = OrderWalk.START;
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            state = SwitchOrderMachine.fire(state, trigger, ctx, s.sink);
        }
        OrderWalk.checkEnd(state);
        return state;
    }

    static OrderStatus walkStateless4j(Stateless4jState s) {
        s.ctx.rewind();
        s.machine.reset(s.ctx);
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            s.machine.fire(trigger);
        }
        OrderStatus state = s.machine.state();
        OrderWalk.checkEnd(state);
        return state;
    }

    static OrderStatus walkSquirrel(SquirrelState s) {
        OrderContext ctx = s.ctx;
        ctx.rewind();
        s.machine.reset();
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            s.machine.fire(trigger, ctx);
        }
        OrderStatus state = s.machine.state();
        OrderWalk.checkEnd(state);
        return state;
    }

    static OrderStatus walkSpring(SpringState s) {
        OrderContext ctx = s.ctx;
        ctx.rewind();
        s.machine.reset();
        for (OrderTrigger trigger : OrderWalk.TRIGGERS) {
            s.machine.fire(trigger, ctx);
        }
        OrderStatus state = s.machine.state();
        OrderWalk.checkEnd(state);
        return state;
    }
}
