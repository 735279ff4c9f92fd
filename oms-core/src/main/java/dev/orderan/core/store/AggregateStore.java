package dev.orderan.core.store;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import java.util.List;
import java.util.Optional;

/**
 * Stores one type of aggregate: its latest state (a snapshot, so loading never replays the whole
 * history) and its events, numbered per aggregate from 1 without gaps. Every aggregate type of
 * Orderan (orders now; payments, shipments, returns, subscriptions and work orders as they come)
 * uses this one shape, so a storage adapter writes it once.
 *
 * <p>Contract, checked by the conformance kit {@code AggregateStoreContract} in oms-testkit:
 * <ul>
 *   <li>a saved state loads back equal, with its version, and its events (with their envelopes as
 *       saved) are numbered from 1 without gaps;</li>
 *   <li>{@link #save} is atomic with the rest of the transaction (a rollback, or a failed nested
 *       call of the unit of work, leaves nothing of it) and appends the new events to the adapter's
 *       outbox in the same transaction, so they reach the outbox only on commit;</li>
 *   <li>{@link #save} with an {@code expectedVersion} other than the stored version (0 for a new
 *       aggregate) throws {@link ConcurrentModificationException} and writes nothing;</li>
 *   <li>every read and write is scoped to the transaction's tenant.</li>
 * </ul>
 *
 * @param <A> the aggregate's state type
 * @param <E> the aggregate's event type
 */
public interface AggregateStore<A, E extends DomainEvent> {

    /** The aggregate type this store holds, as events name it ({@code order}). */
    String aggregateType();

    /** The latest state of an aggregate of the transaction's tenant. */
    Optional<Versioned<A>> load(Transaction tx, String aggregateId);

    /** The aggregate's events in sequence order; empty when there is no such aggregate. */
    List<EventEnvelope<E>> events(Transaction tx, String aggregateId);

    /**
     * Saves an aggregate's new state with the events that produced it.
     *
     * @param expectedVersion the version the change was based on; 0 for a new aggregate
     * @param state the state after the events
     * @param newEvents the events, with sequences {@code expectedVersion + 1, + 2, ...}; at least one
     * @throws ConcurrentModificationException if the stored version is not {@code expectedVersion}
     * @throws IllegalArgumentException if there are no events, or they do not belong to the aggregate,
     *     the tenant or the expected sequence (nothing is written)
     */
    void save(Transaction tx, String aggregateId, long expectedVersion, A state, List<EventEnvelope<E>> newEvents);
}
