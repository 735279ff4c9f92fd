package dev.orderan.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.jdbc.PostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orderan on a real PostgreSQL 17 (embedded, started by the benchmark JVM with the embedded
 * distribution's settings, which include {@code synchronous_commit = off}; printed at start), side by
 * side with hand-written JDBC doing the same work.
 *
 * <ul>
 *   <li>{@code hotOrderan_*}: one hot SKU, each operation a reservation of one unit through the
 *   inventory engine on {@code PostgresInventoryStore}: the conditional update of the stock cell,
 *   the reservation row and its line, its events in the history and the outbox, one transaction.</li>
 *   <li>{@code hotRaw_*}: the same SKU's row in {@code stock_cells}, each operation the bare
 *   conditional {@code UPDATE stock_cells SET reserved = reserved + 1 WHERE ... AND on_hand - reserved
 *   - safety >= 1} in auto-commit: one round trip, the floor.</li>
 *   <li>{@code hotForUpdate_*}: the common pattern: {@code SELECT ... FOR UPDATE}, check in Java,
 *   {@code UPDATE}, commit: three round trips with the row locked across them.</li>
 *   <li>{@code lifecycle_*}: a whole prepaid order through {@link OrderService} on {@link PostgresStore}:
 *   place, pay, start processing, pack, ship, deliver, complete, seven transactions with the events
 *   in the outbox. {@code lifecycleFloor_*} runs the very statements Orderan's store runs for it
 *   (captured from a real order at setup: the same SQL, the same JSON texts, the same events per
 *   transaction), from a hand-written loop with no domain code: the floor for that work.</li>
 *   <li>{@code lifecycleWithStock_*}: the same order with its stock: reserved at placement, sold at
 *   shipment, in the order's transactions ({@code OrderStockStep}); no floor is replayed for it.</li>
 * </ul>
 * Orders per second and reservations per second, 1, 8 and 32 client threads; the pool has 40
 * connections. Tables are emptied between iterations.
 *
 * <p>Run: {@code java -jar oms-benchmarks/target/benchmarks.jar JdbcBench}; quick comparison:
 * {@code scripts/bench-quick jdbc}.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcBench {

    static final String SCHEMA = "orderan";
    static final TenantId TENANT = TenantId.of("bench-shop");
    static final String HOT_SKU = "HOT-1";
    static final String WAREHOUSE = "WH-JKT";
    static final Sku HOT = Sku.of(HOT_SKU);
    static final LocationId WH = LocationId.of(WAREHOUSE);

    /** The database, the store, the order service and the captured statements of one order. */
    @State(Scope.Benchmark)
    public static class Db {
        EmbeddedPostgres postgres;
        HikariDataSource pool;
        PostgresStore store;
        OrderService orders;
        OrderService ordersWithStock;
        InventoryService stock;
        CapturedOrder captured;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() throws SQLException {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("starting the embedded PostgreSQL", e);
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(40);
            config.setPoolName("bench");
            pool = new HikariDataSource(config);
            store = PostgresStore.builder().dataSource(pool).schema(SCHEMA).build();
            orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                    .processedCommands(store.processedCommands()).clock(Clock.systemUTC())
                    .validator(OrderServiceBench.VALIDATOR).build();
            stock = InventoryService.builder(store.inventory(TENANT)).build();
            ordersWithStock = OrderService.builder().unitOfWork(store).orders(store.orders())
                    .processedCommands(store.processedCommands()).clock(Clock.systemUTC())
                    .validator(OrderServiceBench.VALIDATOR)
                    .step(OrderStockStep.of(t -> stock).from(LocationId.of(WAREHOUSE))).build();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                for (String setting : List.of("synchronous_commit", "fsync", "shared_buffers", "max_connections")) {
                    try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                        rs.next();
                        System.out.println("# PostgreSQL " + setting + " = " + rs.getString(1));
                    }
                }
            }
            captured = CapturedOrder.capture(this);
        }

        @Setup(Level.Iteration)
        public void empty() throws SQLException {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE " + SCHEMA + ".order_personal_data, " + SCHEMA + ".orders, " + SCHEMA + ".events, "
                        + SCHEMA + ".outbox, " + SCHEMA + ".processed_commands, " + SCHEMA + ".backorders, "
                        + SCHEMA + ".inbound_supplies, " + SCHEMA + ".reservation_lines, " + SCHEMA + ".reservations, "
                        + SCHEMA + ".stock_movements, " + SCHEMA + ".stock_ledger_heads, " + SCHEMA + ".stock_cells, "
                        + SCHEMA + ".inventory_sequences");
            }
            for (Sku sku : List.of(Sku.of(HOT_SKU), OrderServiceBench.SHIRT, OrderServiceBench.TOTE)) {
                stock.receive(sku, LocationId.of(WAREHOUSE), 2_000_000_000L, "GR-BENCH");
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            pool.close();
            postgres.close();
        }
    }

    /** A client thread: its connection for the hand-written loops and its order numbers. */
    @State(Scope.Thread)
    public static class Client {
        Connection connection;
        String prefix;
        long next;

        @Setup(Level.Trial)
        public void open(Db db) throws SQLException {
            connection = db.pool.getConnection();
            prefix = "T" + db.threads.incrementAndGet() + "-";
        }

        @TearDown(Level.Trial)
        public void close() {
            try {
                connection.setAutoCommit(true);
                connection.close();
            } catch (SQLException e) {
                // The pool was closed first (JMH may tear the database down before the threads' state).
            }
        }

        PlaceOrder checkout(long n) {
            String id = "INV-" + prefix + n;
            return PlaceOrder.builder()
                    .tenant(TENANT)
                    .orderId(OrderId.of(id))
                    .idempotencyKey(id)
                    .customer(OrderServiceBench.CUSTOMER[(int) (n % OrderServiceBench.CUSTOMERS)])
                    .line(OrderServiceBench.SHIRTS)
                    .line(OrderServiceBench.BAG)
                    .orderDiscount(dev.orderan.core.money.Money.idr(25_000))
                    .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                    .shipping(OrderServiceBench.JNE)
                    .build();
        }
    }

    // ---------------------------------------------------------------- one hot SKU

    static int hotRaw(Client c) throws SQLException {
        if (!c.connection.getAutoCommit()) {
            c.connection.setAutoCommit(true);
        }
        try (PreparedStatement ps = c.connection.prepareStatement("UPDATE " + SCHEMA + ".stock_cells "
                + "SET reserved = reserved + 1 WHERE tenant_id = ? AND sku = ? AND location = ? "
                + "AND on_hand - reserved - safety >= 1")) {
            ps.setString(1, TENANT.value());
            ps.setString(2, HOT_SKU);
            ps.setString(3, WAREHOUSE);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("out of stock");
            }
            return 1;
        }
    }

    static int hotForUpdate(Client c) throws SQLException {
        Connection con = c.connection;
        con.setAutoCommit(false);
        try {
            long onHand;
            long reserved;
            long safety;
            try (PreparedStatement ps = con.prepareStatement("SELECT on_hand, reserved, safety FROM " + SCHEMA
                    + ".stock_cells WHERE tenant_id = ? AND sku = ? AND location = ? FOR UPDATE")) {
                ps.setString(1, TENANT.value());
                ps.setString(2, HOT_SKU);
                ps.setString(3, WAREHOUSE);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    onHand = rs.getLong(1);
                    reserved = rs.getLong(2);
                    safety = rs.getLong(3);
                }
            }
            if (onHand - reserved - safety < 1) {
                throw new IllegalStateException("out of stock");
            }
            try (PreparedStatement ps = con.prepareStatement("UPDATE " + SCHEMA + ".stock_cells SET reserved = ? "
                    + "WHERE tenant_id = ? AND sku = ? AND location = ?")) {
                ps.setLong(1, reserved + 1);
                ps.setString(2, TENANT.value());
                ps.setString(3, HOT_SKU);
                ps.setString(4, WAREHOUSE);
                ps.executeUpdate();
            }
            con.commit();
            return 1;
        } catch (SQLException | RuntimeException e) {
            con.rollback();
            throw e;
        }
    }

    static int hotOrderan(Db db, Client c) {
        String id = "R-" + c.prefix + c.next++;
        db.stock.reserve(ReservationRequest.of(ReservationId.of(id), OrderId.of("O-" + id), Instant.now().plusSeconds(900),
                ReservationLine.at(0, HOT, WH, 1)));
        return 1;
    }

    @Benchmark
    @Threads(1)
    public int hotOrderan_1t(Db db, Client c) {
        return hotOrderan(db, c);
    }

    @Benchmark
    @Threads(8)
    public int hotOrderan_8t(Db db, Client c) {
        return hotOrderan(db, c);
    }

    @Benchmark
    @Threads(32)
    public int hotOrderan_32t(Db db, Client c) {
        return hotOrderan(db, c);
    }

    @Benchmark
    @Threads(1)
    public int hotRaw_1t(Client c) throws SQLException {
        return hotRaw(c);
    }

    @Benchmark
    @Threads(8)
    public int hotRaw_8t(Client c) throws SQLException {
        return hotRaw(c);
    }

    @Benchmark
    @Threads(32)
    public int hotRaw_32t(Client c) throws SQLException {
        return hotRaw(c);
    }

    @Benchmark
    @Threads(1)
    public int hotForUpdate_1t(Client c) throws SQLException {
        return hotForUpdate(c);
    }

    @Benchmark
    @Threads(8)
    public int hotForUpdate_8t(Client c) throws SQLException {
        return hotForUpdate(c);
    }

    @Benchmark
    @Threads(32)
    public int hotForUpdate_32t(Client c) throws SQLException {
        return hotForUpdate(c);
    }

    // ---------------------------------------------------------------- whole orders

    static Order lifecycle(OrderService s, Client c) {
        Order order = s.place(c.checkout(c.next++)).order();
        OrderId id = order.id();
        String n = id.value();
        CommandMetadata none = CommandMetadata.none();
        s.handle(TENANT, id, new OrderCommand.ConfirmPayment(order.amountDue(), "VA-" + n), none);
        s.handle(TENANT, id, new OrderCommand.StartProcessing(), none);
        s.handle(TENANT, id, new OrderCommand.Pack(), none);
        s.handle(TENANT, id, new OrderCommand.Ship("jne", "JNE" + n), none);
        s.handle(TENANT, id, new OrderCommand.Deliver("Siti"), none);
        return s.handle(TENANT, id, new OrderCommand.Complete(), none).order();
    }

    @Benchmark
    @Threads(1)
    public Order lifecycle_1t(Db db, Client c) {
        return lifecycle(db.orders, c);
    }

    @Benchmark
    @Threads(8)
    public Order lifecycle_8t(Db db, Client c) {
        return lifecycle(db.orders, c);
    }

    @Benchmark
    @Threads(1)
    public Order lifecycleWithStock_1t(Db db, Client c) {
        return lifecycle(db.ordersWithStock, c);
    }

    @Benchmark
    @Threads(8)
    public Order lifecycleWithStock_8t(Db db, Client c) {
        return lifecycle(db.ordersWithStock, c);
    }

    @Benchmark
    @Threads(1)
    public int lifecycleFloor_1t(Db db, Client c) throws SQLException {
        long n = c.next++;
        return db.captured.replay(c.connection, "F-" + c.prefix + n, n);
    }

    @Benchmark
    @Threads(8)
    public int lifecycleFloor_8t(Db db, Client c) throws SQLException {
        long n = c.next++;
        return db.captured.replay(c.connection, "F-" + c.prefix + n, n);
    }

    /**
     * The statements Orderan's PostgreSQL store runs for one whole order, captured from a real order,
     * replayed by hand for another order id: the same SQL text, the same JSON documents and the same
     * number of event rows per transaction, with no domain code in between.
     */
    static final class CapturedOrder {
        static final String ORDERS = SCHEMA + ".orders";
        static final String PERSONAL = SCHEMA + ".order_personal_data";
        static final String SELECT_KEY = "SELECT fingerprint, aggregate_type, aggregate_id, version, processed_at, "
                + "processed_at_nanos FROM " + SCHEMA + ".processed_commands WHERE tenant_id = ? AND command_key = ?";
        static final String SELECT_ORDER = "SELECT o.snapshot, p.data FROM " + ORDERS + " o JOIN " + PERSONAL
                + " p ON p.tenant_id = o.tenant_id AND p.order_id = o.order_id WHERE o.tenant_id = ? AND o.order_id = ?";
        static final String SELECT_RECENT = "SELECT o.snapshot, p.data FROM " + ORDERS + " o JOIN " + PERSONAL
                + " p ON p.tenant_id = o.tenant_id AND p.order_id = o.order_id"
                + " WHERE o.tenant_id = ? AND o.customer_id = ? AND o.placed_at >= ? ORDER BY o.placed_at DESC";
        static final String COLUMNS = "version, order_type, lifecycle, status, channel, customer_id, payment_method, "
                + "placed_at, updated_at, awaiting_payment, payment_deadline, currency, grand_total_minor, "
                + "amount_paid_minor, amount_refunded_minor, amount_due_minor, snapshot";
        static final String INSERT_ORDER = "WITH o AS (INSERT INTO " + ORDERS + " (tenant_id, order_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (tenant_id, order_id) "
                + "DO NOTHING RETURNING tenant_id, order_id) INSERT INTO " + PERSONAL
                + " (tenant_id, order_id, erased, data) SELECT tenant_id, order_id, ?, ?::jsonb FROM o";
        static final String UPDATE_ORDER = "WITH p AS (UPDATE " + PERSONAL + " SET erased = ?, data = ?::jsonb "
                + "WHERE tenant_id = ? AND order_id = ? AND (erased <> ? OR data <> ?::jsonb)) "
                + "UPDATE " + ORDERS + " SET version = ?, order_type = ?, lifecycle = ?, status = ?, "
                + "channel = ?, customer_id = ?, payment_method = ?, placed_at = ?, updated_at = ?, "
                + "awaiting_payment = ?, payment_deadline = ?, currency = ?, grand_total_minor = ?, "
                + "amount_paid_minor = ?, amount_refunded_minor = ?, amount_due_minor = ?, snapshot = ?::jsonb "
                + "WHERE tenant_id = ? AND order_id = ? AND version = ?";
        static final String INSERT_EVENT = "WITH e AS (INSERT INTO " + SCHEMA + ".events (tenant_id, aggregate_type, "
                + "aggregate_id, sequence, event_id, type, revision, occurred_at, envelope) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)) INSERT INTO " + SCHEMA + ".outbox (tenant_id, aggregatetype, "
                + "aggregateid, sequence, id, type, revision, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        static final String INSERT_KEY = "INSERT INTO " + SCHEMA + ".processed_commands (tenant_id, command_key, "
                + "fingerprint, aggregate_type, aggregate_id, version, processed_at, processed_at_nanos) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, command_key) DO NOTHING";

        /** One transaction of the order: its status after, whether it has a natural key, its events. */
        record Step(String status, boolean keyed, String snapshot, List<String[]> events) {
        }

        final String personal;
        final List<Step> steps;

        private CapturedOrder(String personal, List<Step> steps) {
            this.personal = personal;
            this.steps = steps;
        }

        /** Runs one order through the service in a tenant of its own and reads back what was written. */
        static CapturedOrder capture(Db db) throws SQLException {
            Client probe = new Client();
            probe.prefix = "probe-";
            Order placed = db.orders.place(probe.checkout(0)).order();
            OrderId id = placed.id();
            List<Long> versions = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            versions.add(placed.version());
            rows.add(row(db, id));
            CommandMetadata none = CommandMetadata.none();
            for (OrderCommand cmd : List.of(new OrderCommand.ConfirmPayment(placed.amountDue(), "VA-probe"),
                    new OrderCommand.StartProcessing(), new OrderCommand.Pack(), new OrderCommand.Ship("jne", "JNE-probe"),
                    new OrderCommand.Deliver("Siti"), new OrderCommand.Complete())) {
                versions.add(db.orders.handle(TENANT, id, cmd, none).order().version());
                rows.add(row(db, id));
            }
            try (Connection c = db.pool.getConnection()) {
                String personal = rows.get(0)[0];
                List<String[]> all = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT type, revision::text, envelope::text FROM "
                        + SCHEMA + ".events WHERE tenant_id = ? AND aggregate_id = ? ORDER BY sequence")) {
                    ps.setString(1, TENANT.value());
                    ps.setString(2, id.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            all.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                        }
                    }
                }
                String[] statuses = {"AWAITING_PAYMENT", "ACCEPTED", "PROCESSING", "PACKED", "SHIPPED", "DELIVERED",
                    "COMPLETED"};
                boolean[] keyed = {true, true, false, false, true, false, false};
                List<Step> steps = new ArrayList<>();
                long from = 0;
                for (int i = 0; i < versions.size(); i++) {
                    long to = versions.get(i);
                    steps.add(new Step(statuses[i], keyed[i], rows.get(i)[2], all.subList((int) from, (int) to)));
                    from = to;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("TRUNCATE " + PERSONAL + ", " + ORDERS + ", " + SCHEMA + ".events, " + SCHEMA + ".outbox, "
                            + SCHEMA + ".processed_commands");
                }
                return new CapturedOrder(personal, steps);
            }
        }

        /** The order's personal data, customer and snapshot as stored (the customer is not used). */
        private static String[] row(Db db, OrderId id) throws SQLException {
            try (Connection c = db.pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT p.data::text, o.customer_id, o.snapshot::text FROM " + ORDERS + " o JOIN " + PERSONAL
                            + " p USING (tenant_id, order_id) WHERE tenant_id = ? AND order_id = ?")) {
                ps.setString(1, TENANT.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                }
            }
        }

        /** The customer Orderan's benchmark gives its order number {@code n}: one of 100,000, in turn. */
        static String customerOf(long n) {
            return OrderServiceBench.CUSTOMER[(int) (n % OrderServiceBench.CUSTOMERS)].id().value();
        }

        /**
         * The order's seven transactions by hand, for the order numbered {@code orderNumber} by its
         * client (the same customer as Orderan's order of that number); returns the number of
         * statements run.
         */
        int replay(Connection c, String orderId, long orderNumber) throws SQLException {
            c.setAutoCommit(false);
            int statements = 0;
            long version = 0;
            Timestamp placedAt = Timestamp.from(Instant.now());
            try {
                for (int i = 0; i < steps.size(); i++) {
                    Step step = steps.get(i);
                    String key = step.keyed ? orderId + "#" + i : null;
                    if (i == 0) {
                        statements += query(c, SELECT_KEY, TENANT.value(), key);
                        statements += query(c, SELECT_ORDER, TENANT.value(), orderId);
                        try (PreparedStatement ps = c.prepareStatement(SELECT_RECENT)) {
                            ps.setString(1, TENANT.value());
                            ps.setString(2, customerOf(orderNumber));
                            ps.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(600)));
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(1);
                                }
                            }
                            statements++;
                        }
                    } else {
                        statements += query(c, SELECT_ORDER, TENANT.value(), orderId);
                        if (key != null) {
                            statements += query(c, SELECT_KEY, TENANT.value(), key);
                        }
                    }
                    long next = version + step.events.size();
                    if (i == 0) {
                        try (PreparedStatement ps = c.prepareStatement(INSERT_ORDER)) {
                            ps.setString(1, TENANT.value());
                            ps.setString(2, orderId);
                            int p = columns(ps, 3, next, step, placedAt, orderNumber);
                            ps.setBoolean(p, false);
                            ps.setString(p + 1, personal);
                            ps.executeUpdate();
                        }
                    } else {
                        try (PreparedStatement ps = c.prepareStatement(UPDATE_ORDER)) {
                            ps.setBoolean(1, false);
                            ps.setString(2, personal);
                            ps.setString(3, TENANT.value());
                            ps.setString(4, orderId);
                            ps.setBoolean(5, false);
                            ps.setString(6, personal);
                            int p = columns(ps, 7, next, step, placedAt, orderNumber);
                            ps.setString(p, TENANT.value());
                            ps.setString(p + 1, orderId);
                            ps.setLong(p + 2, version);
                            if (ps.executeUpdate() != 1) {
                                throw new IllegalStateException("lost update");
                            }
                        }
                    }
                    statements++;
                    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
                        Timestamp now = Timestamp.from(Instant.now());
                        long seq = version;
                        for (String[] e : step.events) {
                            seq++;
                            UUID eventId = UUID.randomUUID();
                            for (int half = 0; half < 2; half++) {
                                int o = half * 9;
                                ps.setString(o + 1, TENANT.value());
                                ps.setString(o + 2, "order");
                                ps.setString(o + 3, orderId);
                                ps.setLong(o + 4, seq);
                                ps.setObject(o + 5, eventId);
                                ps.setString(o + 6, e[0]);
                                ps.setInt(o + 7, Integer.parseInt(e[1]));
                                ps.setTimestamp(o + 8, now);
                                ps.setString(o + 9, e[2]);
                            }
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        statements++;
                    }
                    if (key != null) {
                        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
                            ps.setString(1, TENANT.value());
                            ps.setString(2, key);
                            ps.setString(3, "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");
                            ps.setString(4, "order");
                            ps.setString(5, orderId);
                            ps.setLong(6, next);
                            ps.setTimestamp(7, Timestamp.from(Instant.now()));
                            ps.setInt(8, 0);
                            ps.executeUpdate();
                            statements++;
                        }
                    }
                    c.commit();
                    statements++;
                    version = next;
                }
                return statements;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }

        private int columns(PreparedStatement ps, int index, long version, Step step, Timestamp placedAt,
                long orderNumber) throws SQLException {
            int i = index;
            ps.setLong(i++, version);
            ps.setString(i++, "B2C_PREPAID");
            ps.setString(i++, "b2c-prepaid");
            ps.setString(i++, step.status);
            ps.setString(i++, "WEB");
            ps.setString(i++, customerOf(orderNumber));
            ps.setString(i++, "VIRTUAL_ACCOUNT");
            ps.setTimestamp(i++, placedAt);
            ps.setTimestamp(i++, Timestamp.from(Instant.now()));
            ps.setBoolean(i++, step.status.equals("AWAITING_PAYMENT"));
            ps.setTimestamp(i++, step.status.equals("AWAITING_PAYMENT") ? placedAt : null);
            ps.setString(i++, "IDR");
            ps.setLong(i++, 46_872_000L);
            ps.setLong(i++, step.status.equals("AWAITING_PAYMENT") ? 0 : 46_872_000L);
            ps.setLong(i++, 0);
            ps.setLong(i++, step.status.equals("AWAITING_PAYMENT") ? 46_872_000L : 0);
            ps.setString(i++, step.snapshot);
            return i;
        }

        private static int query(Connection c, String sql, String a, String b) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, a);
                ps.setString(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
            return 1;
        }
    }
}
