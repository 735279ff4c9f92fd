package dev.orderan.core.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Actions registered with {@code onCommit} run after a commit only, outside the transaction. */
class InMemoryTransactionTest {

    private static final TenantId TENANT = TenantId.of("gayalokal");

    private final InMemoryStore store = new InMemoryStore();
    private final List<String> heard = new ArrayList<>();

    private record Noted(TenantId tenantId, long sequence) implements DomainEvent {
        @Override
        public String aggregateType() {
            return "note";
        }

        @Override
        public String aggregateId() {
            return "n";
        }

        @Override
        public Instant occurredAt() {
            return Instant.parse("2026-11-25T03:00:00Z");
        }

        @Override
        public EventType type() {
            return EventType.of("note.noted");
        }
    }

    private static EventEnvelope<Noted> note(long sequence) {
        return new EventEnvelope<>(UUID.randomUUID(), new Noted(TENANT, sequence),
                new EventMetadata(Optional.empty(), "c", Optional.empty()));
    }

    @Test
    void anActionRunsAfterTheCommitWhenTheEventsAreInTheOutboxAndTheLockIsFree() {
        store.inTransaction(TENANT, tx -> {
            InMemoryTransaction mt = store.open(tx);
            mt.emit(note(1));
            mt.onCommit(() -> {
                heard.add("outbox " + store.outbox().pending());
                // No transaction is open on this thread any more: this one is a new one of its own.
                store.inTransaction(TENANT, inner -> heard.add("new transaction open " + (inner != tx)));
            });
            heard.add("work done");
            return null;
        });
        assertEquals(List.of("work done", "outbox 1", "new transaction open true"), heard);
    }

    @Test
    void aRolledBackTransactionRunsNoAction() {
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            store.open(tx).onCommit(() -> heard.add("committed"));
            throw new IllegalStateException("refused");
        }));
        assertThrows(IllegalStateException.class, () -> store.atomically(TENANT, Optional.empty(), tx -> {
            store.open(tx).onCommit(() -> heard.add("committed"));
            throw new IllegalStateException("refused");
        }));
        assertTrue(heard.isEmpty());
    }

    @Test
    void aFailedNestedCallDropsOnlyItsOwnActionsAndTheOthersRunWhenTheOuterTransactionCommits() {
        store.inTransaction(TENANT, tx -> {
            store.open(tx).onCommit(() -> heard.add("outer"));
            assertThrows(IllegalStateException.class, () -> store.atomically(TENANT, Optional.of(tx), inner -> {
                store.open(inner).onCommit(() -> heard.add("nested, failed"));
                throw new IllegalStateException("refused");
            }));
            store.atomically(TENANT, Optional.empty(), inner -> {
                store.open(inner).onCommit(() -> heard.add("nested, kept"));
                return null;
            });
            assertTrue(heard.isEmpty(), "nothing runs before the outer transaction commits");
            return null;
        });
        assertEquals(List.of("outer", "nested, kept"), heard);
    }

    @Test
    void aLockFreeChangeRunsItsActionsWhenItCommits() {
        store.atomically(TENANT, Optional.empty(), tx -> {
            store.open(tx).onCommit(() -> heard.add("committed"));
            return null;
        });
        assertEquals(List.of("committed"), heard);
    }

    @Test
    void aThrowingActionDoesNotStopTheOthersOrUndoTheCommit() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            InMemoryTransaction mt = store.open(tx);
            mt.emit(note(1));
            mt.onCommit(() -> {
                throw new IllegalStateException("listener failed");
            });
            mt.onCommit(() -> heard.add("second"));
            return null;
        }));
        assertEquals("listener failed", e.getMessage());
        assertEquals(List.of("second"), heard);
        assertEquals(1, store.outbox().pending(), "the transaction stays committed");
    }
}
