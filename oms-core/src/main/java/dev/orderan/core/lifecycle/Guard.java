package dev.orderan.core.lifecycle;

/**
 * A condition a transition needs besides the current state and the trigger, checked against the
 * context the machine is fired with (for orders, the order itself).
 *
 * @param <C> the context type
 */
@FunctionalInterface
public interface Guard<C> {

    /** True when the transition may happen. */
    boolean test(C context);
}
