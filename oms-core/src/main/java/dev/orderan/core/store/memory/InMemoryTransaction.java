package dev.orderan.core.store.memory;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transaction of an {@link InMemoryStore}. In-memory stores apply writes at once and register
 * how to undo them ({@link #onRollback}); events go to the outbox only when the transaction
 * commits ({@link #emit}), and actions registered with {@link #onCommit} run only after that. Other
 * threads of the same tenant wait for the transaction, so nobody sees a write that is later undone.
 */
public final class InMemoryTransaction implements Transaction {

    private static final List<Runnable> NO_UNDO = List.of();
    private static final List<EventEnvelope<?>> NO_EVENTS = List.of();

    private final InMemoryStore owner;
    private final TenantId tenant;
    // Created on first use: lock-free transactions of single inventory operations are on a hot path.
    private List<Runnable> undo = NO_UNDO;
    private List<EventEnvelope<?>> pending = NO_EVENTS;
    private List<Runnable> afterCommit = NO_UNDO;
    private boolean open = true;

    InMemoryTransaction(InMemoryStore owner, TenantId tenant) {
        this.owner = owner;
        this.tenant = tenant;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    /** Registers how to undo a write that was just applied; undone in reverse order on rollback. */
    public void onRollback(Runnable action) {
        requireOpen();
        if (undo == NO_UNDO) {
            undo = new ArrayList<>(4);
        }
        undo.add(Objects.requireNonNull(action, "action"));
    }

    /**
     * Registers an action to run once the transaction has committed: after its events reached the
     * outbox and the tenant's lock was released, on the committing thread, in the order registered.
     * It never runs when the transaction (or the nested call that registered it) rolls back. Actions
     * should not throw: one that does is not undone by anything; the others still run and the first
     * exception then reaches the caller of the committed transaction.
     */
    public void onCommit(Runnable action) {
        requireOpen();
        if (afterCommit == NO_UNDO) {
            afterCommit = new ArrayList<>(4);
        }
        afterCommit.add(Objects.requireNonNull(action, "action"));
    }

    /** Queues an event for the outbox; it is appended only if the transaction commits. */
    public void emit(EventEnvelope<?> envelope) {
        requireOpen();
        if (!envelope.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("event of tenant " + envelope.tenantId() + " in a transaction of " + tenant);
        }
        if (pending == NO_EVENTS) {
            pending = new ArrayList<>(4);
        }
        pending.add(envelope);
    }

    /** True when this transaction belongs to {@code store}; stores refuse transactions of other stores. */
    public boolean belongsTo(InMemoryStore store) {
        return owner == store;
    }

    /** Throws unless the transaction is still open. */
    public void requireOpen() {
        if (!open) {
            throw new IllegalStateException("transaction of " + tenant + " is no longer open");
        }
    }

    int undoMark() {
        return undo.size();
    }

    int pendingMark() {
        return pending.size();
    }

    int commitMark() {
        return afterCommit.size();
    }

    void rollbackTo(int undoMark, int pendingMark, int commitMark) {
        for (int i = undo.size() - 1; i >= undoMark; i--) {
            undo.remove(i).run();
        }
        while (pending.size() > pendingMark) {
            pending.remove(pending.size() - 1);
        }
        while (afterCommit.size() > commitMark) {
            afterCommit.remove(afterCommit.size() - 1);
        }
    }

    List<Runnable> afterCommit() {
        return afterCommit;
    }

    List<EventEnvelope<?>> pending() {
        return pending;
    }

    void close() {
        open = false;
    }
}
