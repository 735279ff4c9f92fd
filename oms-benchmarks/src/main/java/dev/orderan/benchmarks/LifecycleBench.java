package dev.orderan.benchmarks;

import dev.orderan.benchmarks.lifecycle.EventSink;
import dev.orderan.benchmarks.lifecycle.OrderWalk;
import dev.orderan.benchmarks.lifecycle.OrderanOrderMachine;
import dev.orderan.benchmarks.lifecycle.SpringOrderMachine;
import dev.orderan.benchmarks.lifecycle.SquirrelOrderMachine;
import dev.orderan.benchmarks.lifecycle.Stateless4jOrderMachine;
import dev.orderan.benchmarks.lifecycle.SwitchOrderMachine;
import dev.orderan.benchmarks.lifecycle.WalkingMachine;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderStatus;
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
        OrderContext ctx;
        /** A context whose payment is short by Rp 1: the guard must refuse it. */
        OrderContext underpaid;
        final EventSink sink = new EventSink();

        /** Places the order and checks, outside measurement, that the contender does the whole job. */
        void prepare(Blackhole bh, WalkingMachine machine) {
            Order order = OrderWalk.placeOrder();
            ctx = OrderWalk.context(order);
            underpaid = OrderWalk.underpaidContext(order);
            sink.use(bh);
            long before = sink.count();
            ctx.rewind();
            OrderWalk.checkEnd(machine.walk(ctx));
            if (sink.count() - before != OrderWalk.LENGTH) {
                throw new IllegalStateException(machine.getClass().getSimpleName() + " emitted "
                        + (sink.count() - before) + " events for a walk of " + OrderWalk.LENGTH);
            }
            if (!OrderWalk.refuses(machine, underpaid)) {
                throw new IllegalStateException(machine.getClass().getSimpleName() + " accepted an underpayment");
            }
        }
    }

    /** Orderan's real B2C prepaid lifecycle. */
    @State(Scope.Thread)
    public static class OrderanState extends Fixture {
        OrderanOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            machine = new OrderanOrderMachine(sink);
            prepare(bh, machine);
        }
    }

    /** The hand-written switch. */
    @State(Scope.Thread)
    public static class FloorState extends Fixture {
        SwitchOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            machine = new SwitchOrderMachine(sink);
            prepare(bh, machine);
        }
    }

    /** stateless4j with external state. */
    @State(Scope.Thread)
    public static class Stateless4jState extends Fixture {
        Stateless4jOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            machine = new Stateless4jOrderMachine(sink);
            prepare(bh, machine);
        }
    }

    /** squirrel-foundation, one machine restored to the start state per walk. */
    @State(Scope.Thread)
    public static class SquirrelState extends Fixture {
        SquirrelOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            machine = new SquirrelOrderMachine(sink);
            prepare(bh, machine);
        }
    }

    /** Spring Statemachine, one machine reset to the start state per walk. */
    @State(Scope.Thread)
    public static class SpringState extends Fixture {
        SpringOrderMachine machine;

        @Setup(Level.Trial)
        public void setUp(Blackhole bh) {
            machine = new SpringOrderMachine(sink);
            prepare(bh, machine);
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
        s.ctx.rewind();
        OrderStatus reached = s.machine.walk(s.ctx);
        OrderWalk.checkEnd(reached);
        return reached;
    }

    /** The floor: a hand-written switch doing the same checks and creating the same event. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus floorSwitch(FloorState s, Blackhole bh) {
        s.sink.use(bh);
        s.ctx.rewind();
        OrderStatus reached = s.machine.walk(s.ctx);
        OrderWalk.checkEnd(reached);
        return reached;
    }

    /** stateless4j 2.6.0: {@code fire(trigger)}; guard and event in {@code permitIf}/{@code permit} actions. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus stateless4j(Stateless4jState s, Blackhole bh) {
        s.sink.use(bh);
        s.ctx.rewind();
        OrderStatus reached = s.machine.walk(s.ctx);
        OrderWalk.checkEnd(reached);
        return reached;
    }

    /** squirrel-foundation 0.3.10: {@code fire(trigger, context)}; guard as condition, event in action. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus squirrel(SquirrelState s, Blackhole bh) {
        s.sink.use(bh);
        s.ctx.rewind();
        OrderStatus reached = s.machine.walk(s.ctx);
        OrderWalk.checkEnd(reached);
        return reached;
    }

    /** Spring Statemachine 4.0.x: {@code sendEvent(Mono.just(message)).blockLast()}; guard and action. */
    @Benchmark
    @OperationsPerInvocation(OrderWalk.LENGTH)
    public OrderStatus spring(SpringState s, Blackhole bh) {
        s.sink.use(bh);
        s.ctx.rewind();
        OrderStatus reached = s.machine.walk(s.ctx);
        OrderWalk.checkEnd(reached);
        return reached;
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
}
