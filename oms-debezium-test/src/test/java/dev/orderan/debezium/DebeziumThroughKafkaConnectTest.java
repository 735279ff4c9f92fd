package dev.orderan.debezium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.validation.Validators;
import dev.orderan.jdbc.PostgresStore;
import dev.orderan.jdbc.PostgresTransaction;
import dev.orderan.kafka.KafkaEventConsumer;
import dev.orderan.kafka.TopicNaming;
import dev.orderan.testkit.OrderFixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole Debezium hand-off: a Kafka Connect worker (standalone, in the test JVM) runs Debezium's
 * PostgreSQL connector with the outbox event router and the string converters of docs/kafka.md,
 * writing to a Kafka broker (KRaft, in the test JVM); {@link KafkaEventConsumer} reads the topic and
 * applies each event once. Everything listens on 127.0.0.1.
 */
@Timeout(300)
class DebeziumThroughKafkaConnectTest {

    private static final String SLOT = "orderan_outbox_connect";

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static PostgresStore store;
    private static OrderService orders;
    private static KafkaClusterTestKit kafka;
    private static Connect<StandaloneHerder> connect;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("max_replication_slots", "4")
                .start();
        dataSource = postgres.getPostgresDatabase();
        store = PostgresStore.builder().dataSource(dataSource).schema("orderan").build();
        orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).validator(Validators.createDefault()).build();
        sql("CREATE TABLE effects (event_id uuid PRIMARY KEY, aggregate_id text NOT NULL, sequence bigint NOT NULL,"
                + " applications integer NOT NULL, applied_order bigserial)");

        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("outbox.event.order", 3, (short) 1))).all()
                    .get(60, TimeUnit.SECONDS);
        }

        Path offsets = Files.createTempFile("connect-offsets", ".dat");
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", kafka.bootstrapServers());
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("offset.storage.file.filename", offsets.toString());
        worker.put("offset.flush.interval.ms", "1000");
        worker.put("listeners", "http://127.0.0.1:0");
        connect = new ConnectStandalone().startConnect(worker);
    }

    @AfterAll
    static void stop() throws Exception {
        if (connect != null) {
            connect.stop();
            connect.awaitStop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The connector of docs/kafka.md, pointed at the embedded database. */
    private static Map<String, String> connector() {
        Map<String, String> c = new HashMap<>();
        c.put("name", "orderan-outbox");
        c.put("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        c.put("plugin.name", "pgoutput");
        c.put("database.hostname", "127.0.0.1");
        c.put("database.port", Integer.toString(postgres.getPort()));
        c.put("database.user", "postgres");
        c.put("database.password", "postgres");
        c.put("database.dbname", "postgres");
        c.put("topic.prefix", "orderan-cdc");
        c.put("slot.name", SLOT);
        c.put("slot.drop.on.stop", "true");
        c.put("publication.name", "orderan_outbox_connect");
        c.put("publication.autocreate.mode", "filtered");
        c.put("table.include.list", "orderan.outbox");
        c.put("snapshot.mode", "no_data");
        c.put("tombstones.on.delete", "false");
        c.put("transforms", "outbox");
        c.put("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        c.put("transforms.outbox.table.fields.additional.placement",
                "type:header:eventType,tenant_id:header:tenant,sequence:header:sequence");
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        return c;
    }

    @Test
    void ordersCapturedByDebeziumInKafkaConnectAreAppliedOnceAndInOrderByKafkaEventConsumer() throws Exception {
        FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
        connect.herder().putConnectorConfig("orderan-outbox", connector(), true, created);
        created.get(120, TimeUnit.SECONDS);
        awaitSlotActive(Duration.ofSeconds(120));

        int count = 5;
        long placing = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Order o = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-KC" + i).build()).order();
            orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + i));
        }
        // Captured rows may go at once: the connector reads the inserts from the write-ahead log.
        new OutboxRelay(store.outbox(), e -> { }, "outbox-cleaner", 100, Duration.ofMinutes(1), Clock.systemUTC())
                .drain();
        Map<UUID, String> recorded = recordedEvents();

        IdempotentConsumer effects = new IdempotentConsumer("debezium", store, store.processedEvents(), (tx, e) -> {
            Connection c = ((PostgresTransaction) tx).connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO effects (event_id, aggregate_id, sequence,"
                    + " applications) VALUES (?, ?, ?, 1)"
                    + " ON CONFLICT (event_id) DO UPDATE SET applications = effects.applications + 1")) {
                ps.setObject(1, e.eventId());
                ps.setString(2, e.aggregateId());
                ps.setLong(3, e.sequence());
                ps.executeUpdate();
            } catch (SQLException x) {
                throw new IllegalStateException(x);
            }
        });
        try (KafkaEventConsumer consumer = KafkaEventConsumer.builder().bootstrapServers(kafka.bootstrapServers())
                .groupId("debezium-effects").topics(List.of(TopicNaming.DEBEZIUM_DEFAULT.topicFor("order")))
                .consumer(effects).build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (applications().size() < recorded.size()) {
                assertTrue(System.nanoTime() < deadline, "applied " + applications().size() + " of "
                        + recorded.size() + " events in 120 s");
                consumer.pollAndApply(Duration.ofMillis(500));
            }
        }
        double seconds = (System.nanoTime() - placing) / 1e9;
        Map<UUID, Integer> applications = applications();
        assertEquals(recorded.keySet(), applications.keySet());
        assertTrue(applications.values().stream().allMatch(n -> n == 1), "an effect ran twice");
        Map<String, List<Long>> sequences = appliedSequences();
        assertEquals(count, sequences.size());
        for (Map.Entry<String, List<Long>> e : sequences.entrySet()) {
            List<Long> s = e.getValue();
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i + 1, s.get(i), e.getKey() + " applied out of order: " + s);
            }
        }
        for (Map.Entry<UUID, String> e : recorded.entrySet()) {
            assertTrue(orders.history(OrderFixtures.TENANT, OrderFixtures.orderId(e.getValue())).stream()
                    .map(EventEnvelope::eventId).anyMatch(e.getKey()::equals));
        }
        System.out.printf("DebeziumThroughKafkaConnectTest: %d orders' %d events placed, captured, written to Kafka"
                + " and applied within %.1f s%n", count, recorded.size(), seconds);
    }

    private static Map<UUID, String> recordedEvents() throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id, aggregate_id FROM orderan.events")) {
            while (rs.next()) {
                out.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return out;
    }

    private static Map<UUID, Integer> applications() throws SQLException {
        Map<UUID, Integer> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id, applications FROM effects")) {
            while (rs.next()) {
                out.put(rs.getObject(1, UUID.class), rs.getInt(2));
            }
        }
        return out;
    }

    private static Map<String, List<Long>> appliedSequences() throws SQLException {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT aggregate_id, sequence FROM effects ORDER BY applied_order")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return out;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void awaitSlotActive(Duration timeout) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
                ps.setString(1, SLOT);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "the connector did not start streaming in " + timeout);
            Thread.sleep(100);
        }
    }
}
