package dev.orderan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.AggregateStore;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.UnitOfWork;
import dev.orderan.core.store.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AggregateStore} (with the unit of work and the outbox of its adapter) must
 * guarantee, for any aggregate type: states load back equal with their versions, events are
 * numbered from 1 without gaps, a save based on a stale version is refused and writes nothing, a
 * rolled-back transaction (or a failed nested call, like a savepoint) leaves nothing behind, one
 * tenant never sees another's aggregates, and events reach the outbox only when their transaction
 * commits. Extend it in your adapter's tests with an aggregate type your adapter stores:
 *
 * <pre>{@code
 * class MyTallyStoreTest extends AggregateStoreContract<Tally, TallyEvent> {
 *     protected AggregateSubject<Tally, TallyEvent> newAggregateSubject() {
 *         MyDatabase db = MyDatabase.startEmpty();
 *         return new AggregateSubject<>(db.unitOfWork(), db.aggregates("tally", TALLY_CODEC), db.outbox());
 *     }
 *     protected Tally stateAt(TenantId tenant, String id, long version) {
 *         return new Tally(id, version);
 *     }
 *     protected TallyEvent eventAt(TenantId tenant, String id, long sequence) {
 *         return new TallyEvent(tenant, id, sequence, T0);
 *     }
 * }
 * }</pre>
 *
 * <p>{@link OrderStoreContract} builds on this kit with orders as the aggregate.
 *
 * @param <A> the aggregate's state type
 * @param <E> the aggregate's event type
 */
public abstract class AggregateStoreContract<A, E extends DomainEvent> {

    /** A fixed moment for every test. */
    protected static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    /** The tenant most tests write to. */
    protected static final TenantId TENANT = TenantId.of("toko-satu");
    /** Another tenant, which must see none of {@link #TENANT}'s aggregates. */
    protected static final TenantId OTHER_TENANT = TenantId.of("toko-dua");
    private static final Duration LEASE = Duration.ofSeconds(30);

    /**
     * The parts of an adapter this kit exercises, all from one adapter and empty at the start.
     *
     * @param unitOfWork the adapter's transaction boundary
     * @param store its store of the aggregate type under test
     * @param outbox its outbox
     * @param <A> the aggregate's state type
     * @param <E> the aggregate's event type
     */
    public record AggregateSubject<A, E extends DomainEvent>(UnitOfWork unitOfWork, AggregateStore<A, E> store,
            Outbox outbox) {

        /** Checks that nothing is missing. */
        public AggregateSubject {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(outbox, "outbox");
        }
    }

    private AggregateSubject<A, E> kit;

    /** A fresh, empty adapter for one test. */
    protected abstract AggregateSubject<A, E> newAggregateSubject();

    /**
     * The state of an aggregate after its first {@code version} events, as {@link #eventAt} makes
     * them. Equal arguments must give equal states.
     */
    protected abstract A stateAt(TenantId tenant, String aggregateId, long version);

    /** The event numbered {@code sequence} of an aggregate. Equal arguments must give equal events. */
    protected abstract E eventAt(TenantId tenant, String aggregateId, long sequence);

    @BeforeEach
    void setUpAggregateSubject() {
        kit = newAggregateSubject();
    }

    // ------------------------------------------------------------------ helpers

    private UnitOfWork uow() {
        return kit.unitOfWork();
    }

    private AggregateStore<A, E> store() {
        return kit.store();
    }

    private EventEnvelope<E> envelope(E event) {
        return new EventEnvelope<>(EventIds.timeOrdered(T0), event,
                new EventMetadata(Optional.of("kit-command"), "kit-correlation", Optional.empty()));
    }

    /** Envelopes of the aggregate's events {@code from} to {@code to}, both included. */
    private List<EventEnvelope<E>> events(TenantId tenant, String id, long from, long to) {
        List<EventEnvelope<E>> out = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            out.add(envelope(eventAt(tenant, id, s)));
        }
        return out;
    }

    /** Saves the aggregate from {@code expected} to {@code version} in a transaction of its own. */
    private List<EventEnvelope<E>> saved(TenantId tenant, String id, long expected, long version) {
        List<EventEnvelope<E>> events = events(tenant, id, expected + 1, version);
        uow().inTransaction(tenant, tx -> {
            store().save(tx, id, expected, stateAt(tenant, id, version), events);
            return null;
        });
        return events;
    }

    private Optional<Versioned<A>> load(TenantId tenant, String id) {
        return uow().inTransaction(tenant, tx -> store().load(tx, id));
    }

    private List<EventEnvelope<E>> history(TenantId tenant, String id) {
        return uow().inTransaction(tenant, tx -> store().events(tx, id));
    }

    private void assertStoredAt(TenantId tenant, String id, long version) {
        assertEquals(Optional.of(new Versioned<>(stateAt(tenant, id, version), version)), load(tenant, id));
        List<EventEnvelope<E>> history = history(tenant, id);
        assertEquals(version, history.size(), "one event per version");
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).sequence(), "gapless sequence from 1");
        }
    }

    private void assertAbsent(TenantId tenant, String id) {
        assertEquals(Optional.empty(), load(tenant, id));
        assertEquals(List.of(), history(tenant, id));
    }

    private List<UUID> claimAll() {
        List<OutboxEntry> claimed = kit.outbox().claim("kit-relay", 1_000, T0, LEASE);
        kit.outbox().acknowledge("kit-relay", claimed);
        return claimed.stream().map(e -> e.envelope().eventId()).toList();
    }

    private static List<UUID> ids(List<? extends EventEnvelope<?>> envelopes) {
        return envelopes.stream().map(EventEnvelope::eventId).toList();
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ------------------------------------------------------------------ load and save

    @Test
    void anAggregateNeverSavedLoadsAsEmptyWithNoEvents() {
        assertAbsent(TENANT, "A-0");
    }

    @Test
    void aSavedAggregateLoadsBackEqualWithItsVersionAndEveryEventInSequence() {
        List<EventEnvelope<E>> first = saved(TENANT, "A-1", 0, 2);
        List<EventEnvelope<E>> second = saved(TENANT, "A-1", 2, 3);
        assertStoredAt(TENANT, "A-1", 3);
        assertEquals(concat(first, second), history(TENANT, "A-1"), "events with their ids and metadata as saved");
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedWithBothVersionsAndWritesNothing() {
        saved(TENANT, "A-2", 0, 2);
        long pending = kit.outbox().pending();
        for (long expected : new long[] {0, 1, 5}) {
            ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                    () -> uow().inTransaction(TENANT, tx -> {
                        store().save(tx, "A-2", expected, stateAt(TENANT, "A-2", expected + 1),
                                events(TENANT, "A-2", expected + 1, expected + 1));
                        return null;
                    }), "expected version " + expected);
            assertEquals(expected, e.expectedVersion());
            assertEquals(2, e.actualVersion());
        }
        ConcurrentModificationException unknown = assertThrows(ConcurrentModificationException.class,
                () -> uow().inTransaction(TENANT, tx -> {
                    store().save(tx, "A-3", 3, stateAt(TENANT, "A-3", 4), events(TENANT, "A-3", 4, 4));
                    return null;
                }));
        assertEquals(0, unknown.actualVersion(), "an aggregate never saved is at version 0");
        assertStoredAt(TENANT, "A-2", 2);
        assertAbsent(TENANT, "A-3");
        assertEquals(pending, kit.outbox().pending(), "no event of a refused save reaches the outbox");
    }

    @Test
    void ofTwoWritersThatReadTheSameVersionExactlyOneSucceeds() throws Exception {
        saved(TENANT, "A-4", 0, 1);
        long read = load(TENANT, "A-4").orElseThrow().version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<EventEnvelope<E>>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(pool.submit(() -> {
                    start.await();
                    EventEnvelope<E> mine = envelope(eventAt(TENANT, "A-4", read + 1));
                    try {
                        uow().inTransaction(TENANT, tx -> {
                            store().save(tx, "A-4", read, stateAt(TENANT, "A-4", read + 1), List.of(mine));
                            return null;
                        });
                        return Optional.of(mine);
                    } catch (ConcurrentModificationException lost) {
                        return Optional.empty();
                    }
                }));
            }
            start.countDown();
            List<EventEnvelope<E>> won = new ArrayList<>();
            for (Future<Optional<EventEnvelope<E>>> f : writers) {
                f.get(30, TimeUnit.SECONDS).ifPresent(won::add);
            }
            assertEquals(1, won.size(), "exactly one writer wins");
            assertStoredAt(TENANT, "A-4", read + 1);
            assertEquals(won.get(0).eventId(), history(TENANT, "A-4").get((int) read).eventId(),
                    "the winner's event is the one stored");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eventsThatLeaveAGapOrBelongToAnotherAggregateOrTenantAreRefusedAndNothingIsWritten() {
        saved(TENANT, "A-5", 0, 1);
        long pending = kit.outbox().pending();
        List<List<EventEnvelope<E>>> refused = List.of(
                events(TENANT, "A-5", 3, 3),                 // a gap: version 2 is missing
                events(TENANT, "A-5", 1, 1),                 // a sequence already taken
                events(TENANT, "A-6", 2, 2),                 // another aggregate's event
                events(OTHER_TENANT, "A-5", 2, 2),           // another tenant's event
                List.of());                                  // no event at all
        for (List<EventEnvelope<E>> events : refused) {
            assertThrows(IllegalArgumentException.class, () -> uow().inTransaction(TENANT, tx -> {
                store().save(tx, "A-5", 1, stateAt(TENANT, "A-5", 2), events);
                return null;
            }), events.toString());
        }
        assertStoredAt(TENANT, "A-5", 1);
        assertAbsent(TENANT, "A-6");
        assertAbsent(OTHER_TENANT, "A-5");
        assertEquals(pending, kit.outbox().pending());
    }

    // ------------------------------------------------------------------ transactions

    @Test
    void aRolledBackTransactionLeavesNoStateNoEventsAndNoOutboxEntry() {
        List<EventEnvelope<E>> kept = saved(TENANT, "A-7", 0, 1);
        claimAll();
        IllegalStateException boom = new IllegalStateException("rolled back");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> uow().inTransaction(TENANT, tx -> {
            store().save(tx, "A-7", 1, stateAt(TENANT, "A-7", 3), events(TENANT, "A-7", 2, 3));
            store().save(tx, "A-8", 0, stateAt(TENANT, "A-8", 1), events(TENANT, "A-8", 1, 1));
            assertEquals(3, store().load(tx, "A-7").orElseThrow().version(), "a transaction reads its own writes");
            throw boom;
        }));
        assertEquals(boom, thrown, "the work's exception, unchanged");
        assertStoredAt(TENANT, "A-7", 1);
        assertEquals(kept, history(TENANT, "A-7"));
        assertAbsent(TENANT, "A-8");
        assertEquals(List.of(), claimAll(), "no event of the rolled-back transaction");
        // Nothing was left behind: the same saves go through afterwards.
        saved(TENANT, "A-7", 1, 3);
        saved(TENANT, "A-8", 0, 1);
        assertStoredAt(TENANT, "A-7", 3);
        assertStoredAt(TENANT, "A-8", 1);
    }

    @Test
    void eventsReachTheOutboxOnlyWhenTheirTransactionCommitsInTheirOrder() {
        long before = kit.outbox().pending();
        List<EventEnvelope<E>> events = events(TENANT, "A-9", 1, 3);
        uow().inTransaction(TENANT, tx -> {
            store().save(tx, "A-9", 0, stateAt(TENANT, "A-9", 3), events);
            assertEquals(before, kit.outbox().pending(), "not before the commit");
            return null;
        });
        assertEquals(before + 3, kit.outbox().pending());
        List<UUID> claimed = claimAll();
        assertEquals(ids(events), claimed.subList(claimed.size() - 3, claimed.size()));
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWritesAndTheOuterTransactionCommitsTheRest() {
        claimAll();
        List<EventEnvelope<E>> outerFirst = events(TENANT, "A-10", 1, 1);
        List<EventEnvelope<E>> outerLast = events(TENANT, "A-12", 1, 1);
        IllegalStateException inner = new IllegalStateException("inner failed");
        uow().inTransaction(TENANT, tx -> {
            store().save(tx, "A-10", 0, stateAt(TENANT, "A-10", 1), outerFirst);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> uow().inTransaction(TENANT, nested -> {
                        assertEquals(1, store().load(nested, "A-10").orElseThrow().version(),
                                "the nested call joins the outer transaction and sees its writes");
                        store().save(nested, "A-10", 1, stateAt(TENANT, "A-10", 2), events(TENANT, "A-10", 2, 2));
                        store().save(nested, "A-11", 0, stateAt(TENANT, "A-11", 1), events(TENANT, "A-11", 1, 1));
                        throw inner;
                    }));
            assertEquals(inner, thrown);
            assertEquals(1, store().load(tx, "A-10").orElseThrow().version(), "the nested write is undone");
            assertTrue(store().load(tx, "A-11").isEmpty());
            store().save(tx, "A-12", 0, stateAt(TENANT, "A-12", 1), outerLast);
            return null;
        });
        assertStoredAt(TENANT, "A-10", 1);
        assertAbsent(TENANT, "A-11");
        assertStoredAt(TENANT, "A-12", 1);
        assertEquals(ids(concat(outerFirst, outerLast)), claimAll(), "only the outer transaction's events");
    }

    @Test
    void aNestedCallThatReturnedIsUndoneWhenTheOuterTransactionRollsBack() {
        long pending = kit.outbox().pending();
        assertThrows(IllegalStateException.class, () -> uow().inTransaction(TENANT, tx -> {
            uow().inTransaction(TENANT, nested -> {
                store().save(nested, "A-13", 0, stateAt(TENANT, "A-13", 1), events(TENANT, "A-13", 1, 1));
                return null;
            });
            store().save(tx, "A-14", 0, stateAt(TENANT, "A-14", 1), events(TENANT, "A-14", 1, 1));
            throw new IllegalStateException("outer failed");
        }));
        assertAbsent(TENANT, "A-13");
        assertAbsent(TENANT, "A-14");
        assertEquals(pending, kit.outbox().pending());
    }

    // ------------------------------------------------------------------ tenants

    @Test
    void oneTenantNeitherSeesNorChangesAnothersAggregateOfTheSameId() {
        saved(TENANT, "A-15", 0, 2);
        assertAbsent(OTHER_TENANT, "A-15");
        // The same id in another tenant is another aggregate, starting at version 0.
        saved(OTHER_TENANT, "A-15", 0, 1);
        assertStoredAt(OTHER_TENANT, "A-15", 1);
        assertStoredAt(TENANT, "A-15", 2);
    }
}
