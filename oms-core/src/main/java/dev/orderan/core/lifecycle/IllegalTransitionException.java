package dev.orderan.core.lifecycle;

import dev.orderan.core.common.OrderanException;
import java.util.Set;

/**
 * Thrown when a trigger is fired in a state that has no transition for it. Names the machine, the
 * state, the trigger and the triggers that the state does allow.
 */
public class IllegalTransitionException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String machine;
    private final transient Enum<?> from;
    private final transient Enum<?> trigger;
    private final transient Set<? extends Enum<?>> allowedTriggers;

    /** Creates the exception. */
    public IllegalTransitionException(String machine, Enum<?> from, Enum<?> trigger,
                                      Set<? extends Enum<?>> allowedTriggers) {
        this(machine, from, trigger, allowedTriggers,
                machine + ": trigger " + trigger + " is not allowed in state " + from + "; allowed triggers: "
                        + allowedTriggers);
    }

    /** Creates the exception with a message of the subclass's choosing. */
    protected IllegalTransitionException(String machine, Enum<?> from, Enum<?> trigger,
                                         Set<? extends Enum<?>> allowedTriggers, String message) {
        super(message);
        this.machine = machine;
        this.from = from;
        this.trigger = trigger;
        this.allowedTriggers = Set.copyOf(allowedTriggers);
    }

    /** The name of the lifecycle that refused the trigger. */
    public String machine() {
        return machine;
    }

    /** The state the machine was in. */
    public Enum<?> from() {
        return from;
    }

    /** The trigger that was refused. */
    public Enum<?> trigger() {
        return trigger;
    }

    /** The triggers the state allows (guards aside). */
    public Set<? extends Enum<?>> allowedTriggers() {
        return allowedTriggers;
    }
}
