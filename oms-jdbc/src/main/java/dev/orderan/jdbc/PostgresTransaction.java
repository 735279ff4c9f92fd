package dev.orderan.jdbc;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.Transaction;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction of a {@link PostgresStore}: one JDBC connection with auto-commit off, bound to one
 * tenant. The stores of the same {@code PostgresStore} accept it; every statement they run through
 * it names its tenant.
 */
public final class PostgresTransaction implements Transaction {

    private final PostgresStore owner;
    private final TenantId tenant;
    private final Connection connection;
    private boolean open = true;
    private final List<Runnable> afterCommit = new ArrayList<>();

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
        requireOpen();
        return connection;
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
