package dev.orderan.jdbc;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.Transaction;
import java.sql.Connection;

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
}
