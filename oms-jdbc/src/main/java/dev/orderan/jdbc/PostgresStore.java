package dev.orderan.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.order.OrderStore;
import dev.orderan.core.pricing.VoucherRedemptions;
import dev.orderan.core.store.CommitActions;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.ProcessedCommands;
import dev.orderan.core.store.ProcessedEvents;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.core.store.UnitOfWork;
import dev.orderan.json.OrderanJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orderan on PostgreSQL (15 or later): the unit of work, and the order store, the inventory of
 * each tenant ({@link #inventory}), outbox, processed commands, processed events and voucher
 * redemptions that share its transactions.
 *
 * <p>{@link #inTransaction} takes a connection from the data source, turns auto-commit off, runs
 * the work and commits, or rolls back and rethrows what the work threw. The transaction is bound to
 * the tenant; every statement the stores run names it. A call made on the same thread while a
 * transaction of the same tenant is open joins it inside a savepoint: a failure undoes only the
 * inner call's writes. Transactions run at READ COMMITTED: every check-then-write is a conditional
 * statement (a version-checked {@code UPDATE}, an {@code INSERT ... ON CONFLICT DO NOTHING}) whose
 * row count is the answer, so no decision rests on a value read earlier.
 *
 * <pre>{@code
 * PostgresStore store = PostgresStore.builder()
 *         .jdbcUrl("jdbc:postgresql://db.internal:5432/shop", "orderan", secret)
 *         .build();                                   // runs the migrations into schema "orderan"
 * OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
 *         .processedCommands(store.processedCommands()).voucherRedemptions(store.voucherRedemptions())
 *         .build();
 * }</pre>
 *
 * <p>Several application instances may share one database: each builds its own store (and pool)
 * over the same schema.
 */
public final class PostgresStore implements UnitOfWork, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);

    /** Where the migrations are on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/orderan";

    private final DataSource dataSource;
    private final HikariDataSource ownPool;
    private final String schema;
    private final OrderanJson json;
    private final ThreadLocal<PostgresTransaction> current = new ThreadLocal<>();
    private final EventRows eventRows;
    private final PostgresOrderStore orders;
    private final PostgresOutbox outbox;
    private final PostgresProcessedCommands processedCommands;
    private final PostgresProcessedEvents processedEvents;
    private final PostgresVoucherRedemptions voucherRedemptions;
    private final java.util.concurrent.ConcurrentHashMap<TenantId, PostgresInventoryStore> inventories =
            new java.util.concurrent.ConcurrentHashMap<>();

    private PostgresStore(Builder b) {
        this.schema = b.schema;
        this.json = b.json == null ? new OrderanJson() : b.json;
        if (b.dataSource != null) {
            this.dataSource = b.dataSource;
            this.ownPool = null;
        } else {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(b.jdbcUrl);
            config.setUsername(b.user);
            config.setPassword(b.password);
            config.setMaximumPoolSize(b.maximumPoolSize);
            config.setAutoCommit(true);
            config.setPoolName("orderan-" + schema);
            this.ownPool = new HikariDataSource(config);
            this.dataSource = ownPool;
        }
        this.eventRows = new EventRows(this);
        this.orders = new PostgresOrderStore(this);
        this.outbox = new PostgresOutbox(this);
        this.processedCommands = new PostgresProcessedCommands(this);
        this.processedEvents = new PostgresProcessedEvents(this);
        this.voucherRedemptions = new PostgresVoucherRedemptions(this);
        if (b.migrate) {
            migrate();
        }
    }

    /** Starts configuring a store: give a data source or a JDBC URL. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates or upgrades the schema with Flyway: the migrations under {@value #MIGRATIONS}, with
     * their history in the schema's own {@code flyway_schema_history} table (apart from any Flyway
     * history of the host's).
     */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(MIGRATIONS)
                .table("flyway_schema_history")
                .load()
                .migrate();
        LOG.debug("schema {} migrated", schema);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        PostgresTransaction open = current.get();
        if (open != null) {
            if (!open.tenant().equals(tenant)) {
                throw new IllegalStateException("a transaction of " + open.tenant()
                        + " is open on this thread; a transaction of " + tenant + " cannot nest in it");
            }
            return nested(open, work);
        }
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("getting a connection", e);
        }
        PostgresTransaction tx = new PostgresTransaction(this, tenant, c);
        current.set(tx);
        T committed;
        try {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(tx);
                tx.flushEvents();
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
            c.commit();
            committed = result;
        } catch (SQLException e) {
            rollback(c, e);
            throw new DatabaseException("committing a transaction of " + tenant, e);
        } finally {
            tx.close();
            current.remove();
            try {
                c.setAutoCommit(true);
                c.close();
            } catch (SQLException e) {
                LOG.warn("closing a connection failed", e);
            }
        }
        CommitActions.runAll(tx.takeAfterCommit());
        return committed;
    }

    /** True when this thread has a transaction of this store open. */
    boolean inTransactionOnThisThread() {
        return current.get() != null;
    }

    /** Runs work inside an open transaction of this store, in a savepoint. */
    <T> T join(PostgresTransaction open, TransactionalWork<T> work) {
        open.requireOpen();
        return nested(open, work);
    }

    private static <T> T nested(PostgresTransaction open, TransactionalWork<T> work) {
        Connection c = open.connection();
        int mark = open.afterCommitMark();
        int events = open.eventMark();
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw new DatabaseException("setting a savepoint", e);
        }
        T result;
        try {
            result = work.run(open);
        } catch (RuntimeException | Error e) {
            open.dropAfterCommit(mark);
            open.dropEvents(events);
            try {
                c.rollback(savepoint);
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
        try {
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new DatabaseException("releasing a savepoint", e);
        }
        return result;
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs statements on a connection of their own, outside any tenant's transaction (outbox, purges). */
    <T> T withConnection(String doing, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(doing, e);
        }
    }

    /** Statements run on one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * The transaction a store method was given, checked to be an open transaction of this store.
     *
     * @throws IllegalArgumentException for a transaction of another adapter or store
     */
    PostgresTransaction open(Transaction tx) {
        if (!(tx instanceof PostgresTransaction pt) || !pt.belongsTo(this)) {
            throw new IllegalArgumentException("tx: not a transaction of this PostgreSQL store");
        }
        pt.requireOpen();
        return pt;
    }

    /** A table of the schema, qualified. */
    String table(String name) {
        return schema + "." + name;
    }

    /** Writes events to the history table and the outbox. */
    EventRows eventRows() {
        return eventRows;
    }

    OrderanJson json() {
        return json;
    }

    /** The order store. */
    public OrderStore orders() {
        return orders;
    }

    /** The outbox every committed event of every tenant goes to. */
    public Outbox outbox() {
        return outbox;
    }

    /** The processed command records. */
    public ProcessedCommands processedCommands() {
        return processedCommands;
    }

    /** The processed event records of idempotent consumers. */
    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    /**
     * Forgets processed events recorded before {@code cutoff}, in every tenant: keep them at least
     * as long as a broker may redeliver.
     *
     * @return how many were forgotten
     */
    public long purgeProcessedEventsBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return withConnection("purging processed events", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table("processed_events")
                    + " WHERE processed_at < ?")) {
                dev.orderan.jdbc.internal.Times.set(ps, 1, cutoff);
                return (long) ps.executeUpdate();
            }
        });
    }

    /**
     * The stock of a tenant, in this store's transactions: build the tenant's inventory over it
     * with {@code InventoryService.builder(store.inventory(tenant)).build()}. Stock changes made
     * inside an order's transaction commit with the order.
     */
    public PostgresInventoryStore inventory(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return inventories.computeIfAbsent(tenant, t -> new PostgresInventoryStore(this, t));
    }

    /**
     * The store of an aggregate type of the host's own (a loyalty account, a work order): its state
     * as the host's JSON in {@code aggregate_states}, its events in the same history and outbox as
     * Orderan's, in this store's transactions. The events' JSON form must be known to this store's
     * {@link OrderanJson} (build it with {@code OrderanJson.withEvents(...)} and give it to
     * {@link Builder#json}).
     *
     * @param aggregateType the aggregate type, as the events name it
     * @param eventClass the aggregate's event type (a sealed interface or a class)
     * @param writeState the state as a JSON document
     * @param readState the state from that document
     */
    public <A, E extends DomainEvent> PostgresAggregateStore<A, E> aggregates(
            String aggregateType, Class<E> eventClass, Function<A, String> writeState, Function<String, A> readState) {
        Objects.requireNonNull(aggregateType, "aggregateType");
        if (aggregateType.isBlank()) {
            throw new IllegalArgumentException("aggregateType: must not be blank");
        }
        return new PostgresAggregateStore<>(this, aggregateType, Objects.requireNonNull(eventClass, "eventClass"),
                Objects.requireNonNull(writeState, "writeState"), Objects.requireNonNull(readState, "readState"));
    }

    /** The voucher redemption counts. */
    public VoucherRedemptions voucherRedemptions() {
        return voucherRedemptions;
    }

    /** The schema the tables are in. */
    public String schema() {
        return schema;
    }

    /** Closes the connection pool when the store made it from a JDBC URL; a given data source stays open. */
    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** Configures a {@link PostgresStore}. */
    public static final class Builder {
        private DataSource dataSource;
        private String jdbcUrl;
        private String user;
        private String password;
        private int maximumPoolSize = 10;
        private String schema = "orderan";
        private boolean migrate = true;
        private OrderanJson json;

        private Builder() {
        }

        /** Uses the host's data source (a pool); the store never closes it. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            this.jdbcUrl = null;
            return this;
        }

        /**
         * Connects with a HikariCP pool of the store's own, closed by {@link PostgresStore#close()}.
         *
         * @param url e.g. {@code jdbc:postgresql://localhost:5432/shop}
         */
        public Builder jdbcUrl(String url, String user, String password) {
            Objects.requireNonNull(url, "url");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("url: must start with jdbc:postgresql:, was " + url);
            }
            this.jdbcUrl = url;
            this.user = user;
            this.password = password;
            this.dataSource = null;
            return this;
        }

        /** The size of the store's own pool (default 10); ignored with a given data source. */
        public Builder maximumPoolSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maximumPoolSize: must be at least 1, was " + value);
            }
            this.maximumPoolSize = value;
            return this;
        }

        /** The schema of Orderan's tables (default {@code orderan}): lower-case letters, digits and {@code _}. */
        public Builder schema(String value) {
            Objects.requireNonNull(value, "schema");
            if (!value.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema: must be lower-case letters, digits and _ (not first), "
                        + "at most 63, was '" + value + "'");
            }
            this.schema = value;
            return this;
        }

        /**
         * Whether {@link #build()} runs the migrations (default true). Turn it off when the host
         * runs them itself, e.g. with its own Flyway over {@value PostgresStore#MIGRATIONS}.
         */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /** The JSON codecs (default a new {@link OrderanJson}). */
        public Builder json(OrderanJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /** The store. */
        public PostgresStore build() {
            if (dataSource == null && jdbcUrl == null) {
                throw new IllegalStateException("give a dataSource or a jdbcUrl");
            }
            return new PostgresStore(this);
        }
    }
}
