package dev.orderan.kafka;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.jdbc.PostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL 17 for the whole test JVM, started on first use with logical decoding
 * on (so a change-data-capture connector can read its write-ahead log), the schema migrated once,
 * stopped when the JVM exits.
 */
final class TestDatabase {

    static final String SCHEMA = "orderan";

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;

    private TestDatabase() {
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("wal_level", "logical")
                        .setServerConfig("max_wal_senders", "4")
                        .setServerConfig("max_replication_slots", "4")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("starting the embedded PostgreSQL", e);
            }
            pool = newPool("kafka-tests", 8);
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
        return postgres;
    }

    /** The JDBC URL of the embedded database. */
    static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /** A pool of its own over the database. */
    static HikariDataSource newPool(String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** Empties Orderan's tables and returns a store over the shared pool (no migration run). */
    static PostgresStore emptyStore() {
        postgres();
        sql("TRUNCATE " + SCHEMA + ".order_personal_data, " + SCHEMA + ".orders, " + SCHEMA + ".events, "
                + SCHEMA + ".outbox, " + SCHEMA + ".processed_commands, " + SCHEMA + ".processed_events, "
                + SCHEMA + ".voucher_redemptions");
        return PostgresStore.builder().dataSource(pool).schema(SCHEMA).migrate(false).build();
    }

    /** Runs one statement on the shared pool. */
    static void sql(String statement) {
        postgres();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    static HikariDataSource pool() {
        postgres();
        return pool;
    }
}
