package dev.orderan.benchmarks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle benchmark compares like with like only if every contender does the same work:
 * these tests hold each one to the events Orderan's own lifecycle emits for the walk, walk after
 * walk, and to refusing a payment that does not cover the order.
 */
class WalkingMachineTest {

    static Stream<Arguments> contenders() {
        return Stream.of(
                Arguments.of("floor switch", (Function<Consumer<OrderEvent>, WalkingMachine>) SwitchOrderMachine::new),
                Arguments.of("stateless4j", (Function<Consumer<OrderEvent>, WalkingMachine>) Stateless4jOrderMachine::new),
                Arguments.of("squirrel", (Function<Consumer<OrderEvent>, WalkingMachine>) SquirrelOrderMachine::new),
                Arguments.of("spring", (Function<Consumer<OrderEvent>, WalkingMachine>) SpringOrderMachine::new));
    }

    private static final Order ORDER = OrderWalk.placeOrder();

    private static List<OrderEvent> orderanEvents() {
        List<OrderEvent> events = new ArrayList<>();
        OrderContext ctx = OrderWalk.context(ORDER);
        assertEquals(OrderWalk.END, new OrderanOrderMachine(events::add).walk(ctx));
        return events;
    }

    @ParameterizedTest(name = "{0} emits the same six events as Orderan, on every walk")
    @MethodSource("contenders")
    void emitsTheSameEventsAsOrderan(String name, Function<Consumer<OrderEvent>, WalkingMachine> factory) {
        List<OrderEvent> expected = orderanEvents();
        assertEquals(OrderWalk.LENGTH, expected.size());
        List<OrderEvent> events = new ArrayList<>();
        WalkingMachine machine = factory.apply(events::add);
        OrderContext ctx = OrderWalk.context(ORDER);
        for (int walk = 0; walk < 3; walk++) {
            events.clear();
            ctx.rewind();
            OrderStatus reached = machine.walk(ctx);
            assertEquals(OrderWalk.END, reached, name + " walk " + walk);
            assertEquals(expected, events, name + " walk " + walk);
        }
    }

    @ParameterizedTest(name = "{0} refuses a payment short by Rp 1 and emits nothing")
    @MethodSource("contenders")
    void refusesAnUnderpayment(String name, Function<Consumer<OrderEvent>, WalkingMachine> factory) {
        List<OrderEvent> events = new ArrayList<>();
        WalkingMachine machine = factory.apply(events::add);
        assertTrue(OrderWalk.refuses(machine, OrderWalk.underpaidContext(ORDER)), name);
        assertEquals(List.of(), events, name);
    }

    @org.junit.jupiter.api.Test
    void orderanRefusesAnUnderpayment() {
        List<OrderEvent> events = new ArrayList<>();
        assertTrue(OrderWalk.refuses(new OrderanOrderMachine(events::add), OrderWalk.underpaidContext(ORDER)));
        assertEquals(List.of(), events);
    }
}
