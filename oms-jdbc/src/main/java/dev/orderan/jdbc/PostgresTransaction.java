package dev.orderan.jdbc;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction of a {@link PostgresStore}: one JDBC connection with auto-commit off, bound to one
 * tenant. The stores of the same {@code PostgresStore} accept it; every statement they run through
 * it names its tenant.
 *
 * <p>Inventory events are held back and written in one batch when the next statement is about to
 * run on the connection (whoever runs it) or just before the commit, whichever comes first: a
 * change's events cost one round trip however many it has, and none while a stock row is locked
 * by a reservation that has nothing else left to write.
 */
public final class PostgresTransaction implements Transaction {

    private final PostgresStore owner;
    private final TenantId tenant;
    private final Connection connection;
    private boolean open = true;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<EventEnvelope<?>> pendingEvents = new ArrayList<>();
    private int writtenEvents;
    private Object readAhead;

    PostgresTransaction(PostgresStore owner, TenantId tenant, Connection connection) {
        this.owner = owner;
        this.tenant = tenant;
        this.connection = connection;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The transaction's connection, for a host's own statements in the same transaction. Do not
     * commit, roll back or close it: the unit of work does.
     */
    public Connection connection() {
        readAhead = null;
        return connectionKeepingReadAhead();
    }

    /**
     * The connection for a read that cannot change what a store read ahead (see
     * {@link #readAhead(Object)}); any other use of the connection forgets it.
     */
    Connection connectionKeepingReadAhead() {
        requireOpen();
        try {
            flushEvents();
        } catch (SQLException e) {
            throw new DatabaseException("recording the events of a transaction of " + tenant, e);
        }
        return connection;
    }

    /**
     * Remembers what a store read together with what was asked, for the store's next reads to take
     * instead of asking again; forgotten as soon as the connection is used for anything else.
     */
    void readAhead(Object value) {
        readAhead = value;
    }

    /** What a store read ahead, or null. */
    Object readAhead() {
        return readAhead;
    }

    /** Holds an event back until the next statement or the commit (see the class comment). */
    void addEvent(EventEnvelope<?> envelope) {
        requireOpen();
        pendingEvents.add(envelope);
    }

    /** Writes the events held back, in one batch; nothing when there are none. */
    void flushEvents() throws SQLException {
        if (pendingEvents.isEmpty()) {
            return;
        }
        List<EventEnvelope<?>> batch = List.copyOf(pendingEvents);
        pendingEvents.clear();
        writtenEvents += batch.size();
        owner.eventRows().append(connection, batch);
    }

    /**
     * The events held back, for a statement that writes them itself (see
     * {@link EventRows#withClauses(String)}); they count as written (a statement that writes them
     * only on a condition ends the change when the condition fails).
     */
    List<EventEnvelope<?>> takeEvents() {
        List<EventEnvelope<?>> out = List.copyOf(pendingEvents);
        pendingEvents.clear();
        writtenEvents += out.size();
        return out;
    }

    /** How many events the transaction has had so far, written or held back (a savepoint remembers it). */
    int eventMark() {
        return writtenEvents + pendingEvents.size();
    }

    /**
     * Forgets the events had since {@code mark} (their savepoint was rolled back): those held back
     * are dropped; those written are gone with the savepoint's rollback.
     */
    void dropEvents(int mark) {
        if (mark >= writtenEvents) {
            pendingEvents.subList(mark - writtenEvents, pendingEvents.size()).clear();
        } else {
            pendingEvents.clear();
            writtenEvents = mark;
        }
    }

    boolean belongsTo(PostgresStore store) {
        return owner == store;
    }

    void requireOpen() {
        if (!open) {
            throw new IllegalStateException("transaction of " + tenant + " is no longer open");
        }
    }

    void close() {
        open = false;
    }

    /** Runs {@code action} once this transaction has committed; never when it rolls back. */
    void afterCommit(Runnable action) {
        requireOpen();
        afterCommit.add(action);
    }

    /** How many after-commit actions are registered (a savepoint remembers it). */
    int afterCommitMark() {
        return afterCommit.size();
    }

    /** Drops the actions registered since {@code mark} (their savepoint was rolled back). */
    void dropAfterCommit(int mark) {
        afterCommit.subList(mark, afterCommit.size()).clear();
    }

    /** The actions registered, in order; cleared. */
    List<Runnable> takeAfterCommit() {
        List<Runnable> out = List.copyOf(afterCommit);
        afterCommit.clear();
        return out;
    }
}
