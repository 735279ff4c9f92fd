package dev.orderan.core.lifecycle;

import java.util.List;
import java.util.Set;

/**
 * Thrown when the state allows the trigger but none of the guards of its transitions holds, e.g.
 * {@code CONFIRM_PAYMENT} with an amount that does not cover the order.
 */
public final class GuardRejectedException extends IllegalTransitionException {

    private static final long serialVersionUID = 1L;

    private final List<String> failedGuards;
    private final List<String> explanations;

    /** Creates the exception naming the guards that did not hold and why, where they say. */
    public GuardRejectedException(String machine, Enum<?> from, Enum<?> trigger,
                                  Set<? extends Enum<?>> allowedTriggers, List<String> failedGuards,
                                  List<String> explanations) {
        super(machine, from, trigger, allowedTriggers,
                machine + ": trigger " + trigger + " in state " + from + " was refused because no guard held: "
                        + failedGuards + (explanations.isEmpty() ? "" : " (" + String.join("; ", explanations) + ")"));
        this.failedGuards = List.copyOf(failedGuards);
        this.explanations = List.copyOf(explanations);
    }

    /** The guards' own explanations of the refusal, with the figures involved; may be empty. */
    public List<String> explanations() {
        return explanations;
    }

    /** The names of the guards that did not hold. */
    public List<String> failedGuards() {
        return failedGuards;
    }
}
