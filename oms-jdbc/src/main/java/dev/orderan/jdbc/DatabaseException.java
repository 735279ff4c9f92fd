package dev.orderan.jdbc;

import dev.orderan.core.common.OrderanException;
import java.sql.SQLException;

/**
 * A database call failed for a reason the store does not turn into a domain answer: the connection
 * was lost, a statement timed out, PostgreSQL chose this transaction as a deadlock victim. The
 * transaction was rolled back (when it could still be reached). When a commit itself fails the
 * outcome is unknown; commands are safe to retry with the same command id or idempotency key.
 */
public final class DatabaseException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /** Wraps a JDBC failure, saying what the store was doing. */
    public DatabaseException(String doing, SQLException cause) {
        super(doing + " failed: " + cause.getMessage() + " (SQLSTATE " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
    }

    /** The SQLSTATE PostgreSQL reported ({@code 40P01} for a deadlock, say); empty when none. */
    public String sqlState() {
        return sqlState;
    }
}
