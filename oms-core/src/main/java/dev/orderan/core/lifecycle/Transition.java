package dev.orderan.core.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a lifecycle table: in state {@code from}, trigger {@code trigger} leads to state
 * {@code to}, if the optional guard holds, and emits the event the optional factory creates.
 * Instances are created by {@link Lifecycle.Builder} and shared; firing a machine allocates nothing.
 *
 * @param <S> the state type
 * @param <T> the trigger type
 * @param <C> the context type
 * @param <E> the event type
 */
public final class Transition<S extends Enum<S>, T extends Enum<T>, C, E> {

    private final S from;
    private final T trigger;
    private final S to;
    private final String guardName;
    private final Guard<? super C> guard;
    private final EventFactory<S, T, C, E> eventFactory;
    private final boolean defaultEvents;

    Transition(S from, T trigger, S to, String guardName, Guard<? super C> guard,
               EventFactory<S, T, C, E> eventFactory, boolean defaultEvents) {
        this.from = from;
        this.trigger = trigger;
        this.to = to;
        this.guardName = guardName;
        this.guard = guard;
        this.eventFactory = eventFactory;
        this.defaultEvents = defaultEvents;
    }

    /** The same row emitting with the table's default factory (for rows that name none). */
    Transition<S, T, C, E> withDefault(EventFactory<S, T, C, E> factory) {
        return defaultEvents ? new Transition<>(from, trigger, to, guardName, guard, factory, true) : this;
    }

    /** Why the guard refuses the context, if it says. */
    java.util.Optional<String> explainRefusal(C context) {
        return guard == null ? java.util.Optional.empty() : guard.explain(context);
    }

    /** The state the transition leaves. */
    public S from() {
        return from;
    }

    /** The trigger that fires it. */
    public T trigger() {
        return trigger;
    }

    /** The state the transition enters (equal to {@link #from()} for an internal transition). */
    public S to() {
        return to;
    }

    /** True when the transition stays in the same state (it only records something). */
    public boolean isInternal() {
        return from == to;
    }

    /** The name of the guard, if the transition has one. */
    public Optional<String> guardName() {
        return Optional.ofNullable(guardName);
    }

    /** True when the guard (if any) holds for the context. */
    public boolean permits(C context) {
        return guard == null || guard.test(context);
    }

    /** True when the transition emits an event. */
    public boolean emitsEvent() {
        return eventFactory != null;
    }

    /**
     * Creates the event this transition emits.
     *
     * @throws IllegalStateException if the transition emits no event
     */
    public E createEvent(C context) {
        if (eventFactory == null) {
            throw new IllegalStateException(this + " emits no event");
        }
        return eventFactory.create(this, context);
    }

    Guard<? super C> guard() {
        return guard;
    }

    EventFactory<S, T, C, E> eventFactory() {
        return eventFactory;
    }

    @Override
    public String toString() {
        return from + " --" + trigger + (guardName == null ? "" : " [" + guardName + "]") + "--> " + to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transition<?, ?, ?, ?> t && from == t.from && trigger == t.trigger && to == t.to
                && Objects.equals(guardName, t.guardName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, trigger, to, guardName);
    }
}
