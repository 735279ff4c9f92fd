package dev.orderan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.event.EventType;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.core.store.ProcessedEvents;
import dev.orderan.core.store.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProcessedEvents} must guarantee, alone and under an {@link IdempotentConsumer}:
 * an event is marked once per consumer, a mark is undone with its transaction, and a consumer
 * applies each event once, however often and however concurrently it is delivered, while handling
 * that failed is rolled back (the handler's writes with it) and can be retried. Extend it and
 * return a fresh, empty adapter from {@link #newSubject()}.
 */
public abstract class ProcessedEventsContract {

    /** The tenant of every event. */
    protected static final TenantId TENANT = TenantId.of("toko-satu");
    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    /**
     * The parts of an adapter this kit exercises, from one adapter and empty at the start.
     *
     * @param unitOfWork the adapter's transaction boundary
     * @param processedEvents its processed-event records
     */
    public record Subject(UnitOfWork unitOfWork, ProcessedEvents processedEvents) {

        /** Checks that nothing is missing. */
        public Subject {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(processedEvents, "processedEvents");
        }
    }

    /** An event of no aggregate in particular, to be delivered. */
    private record Delivered(TenantId tenantId, String aggregateId, long sequence, Instant occurredAt)
            implements DomainEvent {

        @Override
        public String aggregateType() {
            return "kit";
        }

        @Override
        public EventType type() {
            return EventType.of("kit.delivered");
        }
    }

    /** The adapter under test. */
    protected Subject subject;

    /** A fresh, empty adapter for one test. */
    protected abstract Subject newSubject();

    @BeforeEach
    void setUpProcessedEventsSubject() {
        subject = newSubject();
    }

    private static EventEnvelope<Delivered> delivery(long sequence) {
        return new EventEnvelope<>(EventIds.timeOrdered(T0), new Delivered(TENANT, "K-1", sequence, T0),
                new EventMetadata(Optional.empty(), "kit", Optional.empty()));
    }

    private boolean mark(String consumer, UUID eventId) {
        return subject.unitOfWork().inTransaction(TENANT,
                tx -> subject.processedEvents().markProcessed(tx, consumer, eventId));
    }

    @Test
    void anEventIsMarkedOncePerConsumer() {
        UUID event = delivery(1).eventId();
        assertTrue(mark("stock", event));
        assertFalse(mark("stock", event), "the second time the consumer skips it");
        assertTrue(mark("analytics", event), "another consumer applies it for itself");
        assertTrue(mark("stock", delivery(2).eventId()), "another event");
    }

    @Test
    void aMarkIsUndoneWithItsTransaction() {
        UUID event = delivery(1).eventId();
        assertThrows(IllegalStateException.class, () -> subject.unitOfWork().inTransaction(TENANT, tx -> {
            assertTrue(subject.processedEvents().markProcessed(tx, "stock", event));
            throw new IllegalStateException("handling failed");
        }));
        assertTrue(mark("stock", event), "the rolled-back mark is gone");
    }

    @Test
    void aConsumerAppliesEachEventOnceHoweverOftenItIsDelivered() {
        List<Long> applied = new CopyOnWriteArrayList<>();
        IdempotentConsumer consumer = new IdempotentConsumer("stock", subject.unitOfWork(), subject.processedEvents(),
                (tx, envelope) -> applied.add(envelope.sequence()));
        EventEnvelope<Delivered> first = delivery(1);
        EventEnvelope<Delivered> second = delivery(2);
        assertTrue(consumer.accept(first));
        assertFalse(consumer.accept(first), "redelivered");
        assertTrue(consumer.accept(second));
        assertFalse(consumer.accept(first));
        assertEquals(List.of(1L, 2L), applied);
        IdempotentConsumer other = new IdempotentConsumer("analytics", subject.unitOfWork(),
                subject.processedEvents(), (tx, envelope) -> applied.add(-envelope.sequence()));
        assertTrue(other.accept(first), "each consumer keeps its own records");
        assertEquals(List.of(1L, 2L, -1L), applied);
    }

    @Test
    void handlingThatFailedIsRolledBackWithTheHandlersWritesAndCanBeRetried() {
        EventEnvelope<Delivered> event = delivery(1);
        UUID effect = delivery(99).eventId();
        int[] calls = {0};
        IdempotentConsumer consumer = new IdempotentConsumer("stock", subject.unitOfWork(), subject.processedEvents(),
                (tx, envelope) -> {
                    calls[0]++;
                    // The handler's own write, through the consumer's transaction.
                    assertTrue(subject.processedEvents().markProcessed(tx, "effects", effect));
                    if (calls[0] == 1) {
                        throw new IllegalStateException("broker of the effect unavailable");
                    }
                });
        assertThrows(IllegalStateException.class, () -> consumer.accept(event));
        assertTrue(consumer.accept(event), "the failed handling did not mark the event");
        assertEquals(2, calls[0]);
        assertFalse(consumer.accept(event));
        assertFalse(mark("effects", effect), "the retry's write was kept, once");
    }

    @Test
    void anEventDeliveredToManyThreadsAtOnceIsAppliedOnce() throws Exception {
        int threads = 8;
        List<UUID> applied = new CopyOnWriteArrayList<>();
        IdempotentConsumer consumer = new IdempotentConsumer("stock", subject.unitOfWork(), subject.processedEvents(),
                (tx, envelope) -> applied.add(envelope.eventId()));
        EventEnvelope<Delivered> event = delivery(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return consumer.accept(event);
                }));
            }
            start.countDown();
            int appliedNow = 0;
            for (Future<Boolean> f : results) {
                if (f.get(30, TimeUnit.SECONDS)) {
                    appliedNow++;
                }
            }
            assertEquals(1, appliedNow);
            assertEquals(List.of(event.eventId()), applied);
        } finally {
            pool.shutdownNow();
        }
    }
}
