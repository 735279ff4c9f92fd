package dev.orderan.core.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A finite state machine built once from a declarative table and then only read.
 *
 * <p>Lookups are array-indexed by the ordinals of state and trigger, and firing a machine allocates
 * nothing: {@link #fire} returns one of the shared {@link Transition} rows. The machine holds no
 * current state; the caller passes it in, so one instance serves every aggregate concurrently.
 *
 * <pre>{@code
 * Lifecycle<Door, Action, Void, String> door = Lifecycle.<Door, Action, Void, String>builder("door", Door.class, Action.class)
 *         .initial(Door.CLOSED)
 *         .from(Door.CLOSED).on(Action.OPEN).to(Door.OPEN)
 *         .from(Door.OPEN).on(Action.CLOSE).to(Door.CLOSED)
 *         .build();
 * Door next = door.fire(Door.CLOSED, Action.OPEN, null).to();
 * }</pre>
 *
 * @param <S> the state type
 * @param <T> the trigger type
 * @param <C> the context type that guards and event factories read
 * @param <E> the event type the transitions emit
 */
public final class Lifecycle<S extends Enum<S>, T extends Enum<T>, C, E> {

    private final String name;
    private final Class<S> stateType;
    private final Class<T> triggerType;
    private final S initial;
    private final Set<S> terminal;
    private final List<Transition<S, T, C, E>> transitions;
    private final Transition<S, T, C, E>[][][] table;
    private final List<Set<T>> allowed;
    private final EventFactory<S, T, C, E> defaultEvents;
    private final List<Transition<S, T, C, E>> copiedRows;

    private Lifecycle(Builder<S, T, C, E> b) {
        this.copiedRows = List.copyOf(b.rows);
        this.defaultEvents = b.defaultEvents;
        this.name = b.name;
        this.stateType = b.stateType;
        this.triggerType = b.triggerType;
        this.initial = b.initial;
        this.terminal = Collections.unmodifiableSet(EnumSet.copyOf(b.terminalOrEmpty()));
        List<Transition<S, T, C, E>> resolved = new ArrayList<>(b.rows.size());
        for (Transition<S, T, C, E> row : b.rows) {
            resolved.add(row.withDefault(b.defaultEvents));
        }
        this.transitions = List.copyOf(resolved);
        S[] states = stateType.getEnumConstants();
        T[] triggers = triggerType.getEnumConstants();
        @SuppressWarnings("unchecked")
        Transition<S, T, C, E>[][][] cells = new Transition[states.length][triggers.length][];
        List<Set<T>> allowedPerState = new ArrayList<>(states.length);
        for (S state : states) {
            EnumSet<T> set = EnumSet.noneOf(triggerType);
            for (T trigger : triggers) {
                List<Transition<S, T, C, E>> candidates = new ArrayList<>();
                for (Transition<S, T, C, E> t : transitions) {
                    if (t.from() == state && t.trigger() == trigger) {
                        candidates.add(t);
                    }
                }
                if (!candidates.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    Transition<S, T, C, E>[] array = candidates.toArray(new Transition[0]);
                    cells[state.ordinal()][trigger.ordinal()] = array;
                    set.add(trigger);
                }
            }
            allowedPerState.add(Collections.unmodifiableSet(set));
        }
        this.table = cells;
        this.allowed = List.copyOf(allowedPerState);
    }

    /** Starts a table for a machine with the given name. */
    public static <S extends Enum<S>, T extends Enum<T>, C, E> Builder<S, T, C, E> builder(
            String name, Class<S> stateType, Class<T> triggerType) {
        return new Builder<>(name, stateType, triggerType);
    }

    /**
     * A builder holding this machine's table and default event factory, to derive a variant under a
     * new name.
     */
    public Builder<S, T, C, E> toBuilder(String newName) {
        Builder<S, T, C, E> b = new Builder<>(newName, stateType, triggerType);
        b.defaultEvents = defaultEvents;
        b.initial = initial;
        b.terminal = terminal.isEmpty() ? null : EnumSet.copyOf(terminal);
        b.rows.addAll(copiedRows);
        return b;
    }

    /**
     * Finds the transition for a trigger in a state whose guard holds.
     *
     * @return the transition; its {@link Transition#to()} is the next state
     * @throws IllegalTransitionException if the state has no transition for the trigger
     * @throws GuardRejectedException if it has, but no guard holds for the context
     */
    public Transition<S, T, C, E> fire(S from, T trigger, C context) {
        Transition<S, T, C, E>[] candidates = table[from.ordinal()][trigger.ordinal()];
        if (candidates == null) {
            throw new IllegalTransitionException(name, from, trigger, allowed.get(from.ordinal()));
        }
        for (Transition<S, T, C, E> candidate : candidates) {
            if (candidate.permits(context)) {
                return candidate;
            }
        }
        List<String> failed = new ArrayList<>(candidates.length);
        List<String> why = new ArrayList<>(candidates.length);
        for (Transition<S, T, C, E> candidate : candidates) {
            failed.add(candidate.guardName().orElse("?"));
            candidate.explainRefusal(context).ifPresent(why::add);
        }
        throw new GuardRejectedException(name, from, trigger, allowed.get(from.ordinal()), failed, why);
    }

    /** True when {@link #fire} would succeed. */
    public boolean canFire(S from, T trigger, C context) {
        Transition<S, T, C, E>[] candidates = table[from.ordinal()][trigger.ordinal()];
        if (candidates != null) {
            for (Transition<S, T, C, E> candidate : candidates) {
                if (candidate.permits(context)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The transition for a state and trigger whose guard holds, without throwing. */
    public Optional<Transition<S, T, C, E>> find(S from, T trigger, C context) {
        Transition<S, T, C, E>[] candidates = table[from.ordinal()][trigger.ordinal()];
        if (candidates != null) {
            for (Transition<S, T, C, E> candidate : candidates) {
                if (candidate.permits(context)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The triggers a state has transitions for, whatever their guards say. */
    public Set<T> allowedTriggers(S state) {
        return allowed.get(state.ordinal());
    }

    /** The triggers that would fire in a state for this context (guards checked). */
    public Set<T> permittedTriggers(S state, C context) {
        EnumSet<T> result = EnumSet.noneOf(triggerType);
        for (T trigger : allowedTriggers(state)) {
            if (canFire(state, trigger, context)) {
                result.add(trigger);
            }
        }
        return result;
    }

    /** The machine's name, used in errors and diagrams. */
    public String name() {
        return name;
    }

    /** The state every instance starts in. */
    public S initial() {
        return initial;
    }

    /** The final states: no transition leaves them. */
    public Set<S> terminalStates() {
        return terminal;
    }

    /** True when the state is final. */
    public boolean isTerminal(S state) {
        return terminal.contains(state);
    }

    /** The states reachable from the initial state, in declaration order. */
    public Set<S> states() {
        Set<S> result = new LinkedHashSet<>();
        result.add(initial);
        for (Transition<S, T, C, E> t : transitions) {
            result.add(t.from());
            result.add(t.to());
        }
        return Collections.unmodifiableSet(result);
    }

    /** Every transition of the table, in declaration order. */
    public List<Transition<S, T, C, E>> transitions() {
        return transitions;
    }

    /** The state type. */
    public Class<S> stateType() {
        return stateType;
    }

    /** The trigger type. */
    public Class<T> triggerType() {
        return triggerType;
    }

    /**
     * The machine as a Mermaid {@code stateDiagram-v2}: one line per transition, guards in square
     * brackets, internal transitions (same state) included, terminal states leading to {@code [*]}.
     */
    public String toMermaid() {
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        sb.append("    [*] --> ").append(initial.name()).append('\n');
        for (Transition<S, T, C, E> t : transitions) {
            sb.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
                    .append(" : ").append(t.trigger().name());
            t.guardName().ifPresent(g -> sb.append(" [").append(g).append(']'));
            sb.append('\n');
        }
        for (S s : terminal) {
            sb.append("    ").append(s.name()).append(" --> [*]\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Lifecycle[" + name + ", " + transitions.size() + " transitions]";
    }

    /**
     * Collects the table of a {@link Lifecycle}. Rows are declared as
     * {@code from(A).on(X).when("name", guard).to(B)}; several rows for the same state and trigger
     * are alternatives tried in declaration order, and all but the last must have a guard.
     *
     * @param <S> the state type
     * @param <T> the trigger type
     * @param <C> the context type
     * @param <E> the event type
     */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>, C, E> {

        private final String name;
        private final Class<S> stateType;
        private final Class<T> triggerType;
        private final List<Transition<S, T, C, E>> rows = new ArrayList<>();
        private S initial;
        private EnumSet<S> terminal;
        private EventFactory<S, T, C, E> defaultEvents;

        private Builder(String name, Class<S> stateType, Class<T> triggerType) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name: must not be blank");
            }
            this.name = name;
            this.stateType = Objects.requireNonNull(stateType, "stateType");
            this.triggerType = Objects.requireNonNull(triggerType, "triggerType");
        }

        /** Sets the state every instance starts in. */
        public Builder<S, T, C, E> initial(S state) {
            this.initial = Objects.requireNonNull(state, "initial");
            return this;
        }

        /** Declares final states; no transition may leave them. */
        @SafeVarargs
        public final Builder<S, T, C, E> terminal(S... states) {
            EnumSet<S> set = terminalOrEmpty();
            Collections.addAll(set, states);
            this.terminal = set;
            return this;
        }

        /**
         * Sets the event factory of every row of the table that names none of its own (with
         * {@link RowBuilder#emits}) and is not silent ({@link RowBuilder#emitsNothing()} or
         * {@link RowBuilder#stay()} without {@code emits}), whether the row was declared before or
         * after this call; the last call wins.
         */
        public Builder<S, T, C, E> emitting(EventFactory<S, T, C, E> factory) {
            this.defaultEvents = factory;
            return this;
        }

        /** Starts a row (or one row per state, when several are given). */
        @SafeVarargs
        public final RowBuilder from(S... states) {
            if (states.length == 0) {
                throw new IllegalArgumentException("from: at least one state");
            }
            return new RowBuilder(List.of(states));
        }

        /** Removes every row for a state and trigger, to change a copied table. */
        public Builder<S, T, C, E> without(S from, T trigger) {
            rows.removeIf(t -> t.from() == from && t.trigger() == trigger);
            return this;
        }

        /**
         * Builds the machine after checking the table: an initial state is set, no row leaves a
         * terminal state, no row is shadowed by an unguarded row before it, and every state used is
         * reachable from the initial state.
         *
         * @throws IllegalStateException naming the first problem found
         */
        public Lifecycle<S, T, C, E> build() {
            if (initial == null) {
                throw new IllegalStateException(name + ": no initial state");
            }
            EnumSet<S> terminals = terminalOrEmpty();
            for (int i = 0; i < rows.size(); i++) {
                Transition<S, T, C, E> row = rows.get(i);
                if (terminals.contains(row.from())) {
                    throw new IllegalStateException(name + ": terminal state " + row.from() + " has a transition " + row);
                }
                for (int j = 0; j < i; j++) {
                    Transition<S, T, C, E> earlier = rows.get(j);
                    if (earlier.from() == row.from() && earlier.trigger() == row.trigger() && earlier.guard() == null) {
                        throw new IllegalStateException(name + ": " + row + " can never fire because " + earlier
                                + " has no guard");
                    }
                }
            }
            EnumSet<S> reachable = EnumSet.of(initial);
            ArrayDeque<S> queue = new ArrayDeque<>(List.of(initial));
            while (!queue.isEmpty()) {
                S s = queue.poll();
                for (Transition<S, T, C, E> t : rows) {
                    if (t.from() == s && reachable.add(t.to())) {
                        queue.add(t.to());
                    }
                }
            }
            for (Transition<S, T, C, E> t : rows) {
                if (!reachable.contains(t.from())) {
                    throw new IllegalStateException(name + ": state " + t.from() + " is not reachable from " + initial);
                }
            }
            return new Lifecycle<>(this);
        }

        private EnumSet<S> terminalOrEmpty() {
            return terminal == null ? EnumSet.noneOf(stateType) : EnumSet.copyOf(terminal);
        }

        /** The part of a row after {@code from(...)}. */
        public final class RowBuilder {
            private final List<S> from;
            private T trigger;
            private String guardName;
            private Guard<? super C> guard;
            private EventFactory<S, T, C, E> events;
            private boolean silent;

            private RowBuilder(List<S> from) {
                this.from = from;
            }

            /** The trigger of the row. */
            public RowBuilder on(T trigger) {
                this.trigger = Objects.requireNonNull(trigger, "trigger");
                return this;
            }

            /** A named guard; the name appears in errors and diagrams. */
            public RowBuilder when(String name, Guard<? super C> guard) {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("guard name: must not be blank");
                }
                this.guardName = name;
                this.guard = Objects.requireNonNull(guard, "guard");
                return this;
            }

            /** The event factory of this row, instead of the builder's default. */
            public RowBuilder emits(EventFactory<S, T, C, E> factory) {
                this.events = Objects.requireNonNull(factory, "factory");
                return this;
            }

            /** The row emits no event, even if the builder has a default factory. */
            public RowBuilder emitsNothing() {
                this.silent = true;
                return this;
            }

            /** Completes the row with its target state. */
            public Builder<S, T, C, E> to(S to) {
                Objects.requireNonNull(to, "to");
                if (trigger == null) {
                    throw new IllegalStateException(name + ": row from " + from + " has no trigger (call on(...))");
                }
                boolean useDefault = !silent && events == null;
                EventFactory<S, T, C, E> factory = silent ? null : events;
                for (S s : from) {
                    rows.add(new Transition<>(s, trigger, to, guardName, guard, factory, useDefault));
                }
                return Builder.this;
            }

            /**
             * Completes an internal row: the state stays the same (one row per from-state). Internal
             * rows emit only an event named with {@link #emits}, not the builder's default.
             */
            public Builder<S, T, C, E> stay() {
                if (trigger == null) {
                    throw new IllegalStateException(name + ": row from " + from + " has no trigger (call on(...))");
                }
                EventFactory<S, T, C, E> factory = silent ? null : events;
                for (S s : from) {
                    rows.add(new Transition<>(s, trigger, s, guardName, guard, factory, false));
                }
                return Builder.this;
            }
        }
    }
}
