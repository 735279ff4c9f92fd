package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.order.OrderContext;
import dev.orderan.core.order.OrderStatus;

/**
 * A contender of the lifecycle benchmark: something that performs {@link OrderWalk the walk}.
 * Each benchmark JVM uses one implementation only, so calls through this interface stay
 * monomorphic there.
 */
public interface WalkingMachine {

    /**
     * Puts the machine at the start of the walk (where it holds state), fires the six triggers with
     * the context, hands each transition's event to the sink, and returns the state reached.
     */
    OrderStatus walk(OrderContext ctx);

    /**
     * From the start state, fires only the guarded first trigger, and returns the state reached
     * (or throws), to check that the guard refuses a payment that does not cover the order.
     */
    OrderStatus firstStep(OrderContext ctx);
}
