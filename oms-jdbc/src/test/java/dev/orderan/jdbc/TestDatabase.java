package dev.orderan.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL for the whole test JVM, started on first use and stopped when the JVM
 * exits, with the schema migrated once. Tests that need an empty store call {@link #emptyStore()},
 * which truncates every table (milliseconds) instead of starting or migrating anything again.
 */
final class TestDatabase {

    static final String SCHEMA = "orderan";

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;

    private TestDatabase() {
    }

    /** The shared pool over the embedded database, the schema migrated. */
    static synchronized DataSource dataSource() {
        if (pool == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("starting the embedded PostgreSQL", e);
            }
            pool = newPool("orderan-tests", 8);
            PostgresStore.builder().dataSource(pool).schema(SCHEMA).build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pool.close();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the data directory is temporary.
                }
            }));
        }
        return pool;
    }

    /** A pool of its own over the same database, as a second application instance would have. */
    static HikariDataSource newPool(String name, int size) {
        if (postgres == null) {
            dataSource();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The JDBC URL of the embedded database. */
    static String jdbcUrl() {
        dataSource();
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Empties every table and returns a store over the shared pool (no migration run). */
    static PostgresStore emptyStore() {
        DataSource ds = dataSource();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + SCHEMA + ".order_personal_data, " + SCHEMA + ".orders, " + SCHEMA + ".events, "
                    + SCHEMA + ".outbox, " + SCHEMA + ".processed_commands, " + SCHEMA + ".processed_events, "
                    + SCHEMA + ".voucher_redemptions, " + SCHEMA + ".backorders, " + SCHEMA + ".inbound_supplies, "
                    + SCHEMA + ".reservation_lines, " + SCHEMA + ".reservations, " + SCHEMA + ".stock_movements, "
                    + SCHEMA + ".stock_ledger_heads, " + SCHEMA + ".stock_cells, " + SCHEMA + ".inventory_sequences, "
                    + SCHEMA + ".aggregate_states");
        } catch (SQLException e) {
            throw new IllegalStateException("emptying the test schema", e);
        }
        return store(ds);
    }

    /** A store over a data source, on the migrated schema. */
    static PostgresStore store(DataSource ds) {
        return PostgresStore.builder().dataSource(ds).schema(SCHEMA).migrate(false).build();
    }
}
