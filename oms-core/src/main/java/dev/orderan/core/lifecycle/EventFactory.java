package dev.orderan.core.lifecycle;

/**
 * Creates the domain event a transition emits.
 *
 * @param <S> the state type
 * @param <T> the trigger type
 * @param <C> the context type
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventFactory<S extends Enum<S>, T extends Enum<T>, C, E> {

    /** Creates the event for a transition that was fired with the given context. */
    E create(Transition<S, T, C, E> transition, C context);
}
