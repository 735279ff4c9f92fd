package dev.orderan.debezium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.validation.Validators;
import dev.orderan.jdbc.PostgresStore;
import dev.orderan.json.OrderanJson;
import dev.orderan.testkit.OrderFixtures;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Debezium's PostgreSQL connector (pgoutput) with its outbox event router reads Orderan's outbox
 * table as it is: an order placed through {@link OrderService} arrives as records on
 * {@code outbox.event.order}, keyed by the order id, whose values are Orderan's event envelopes.
 * The embedded engine hands the records to the test; no Kafka Connect cluster runs.
 */
@Timeout(300)
class DebeziumOutboxRouterTest {

    private static final String SLOT = "orderan_outbox_test";
    private static final OrderanJson JSON = new OrderanJson();
    private static final StringConverter KEYS = converter(true);
    private static final StringConverter VALUES = converter(false);

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static PostgresStore store;
    private static OrderService orders;

    @BeforeAll
    static void startPostgresWithLogicalDecoding() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("max_replication_slots", "4")
                .start();
        dataSource = postgres.getPostgresDatabase();
        store = PostgresStore.builder().dataSource(dataSource).schema("orderan").build();
        orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).validator(Validators.createDefault()).build();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static StringConverter converter(boolean forKeys) {
        StringConverter c = new StringConverter();
        c.configure(Map.of(), forKeys);
        return c;
    }

    /** The connector and router settings docs/kafka.md shows, pointed at the embedded database. */
    private static Properties connector() {
        Properties p = new Properties();
        p.setProperty("name", "orderan-outbox");
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
        p.setProperty("offset.flush.interval.ms", "1000");
        p.setProperty("database.hostname", "127.0.0.1");
        p.setProperty("database.port", Integer.toString(postgres.getPort()));
        p.setProperty("database.user", "postgres");
        p.setProperty("database.password", "postgres");
        p.setProperty("database.dbname", "postgres");
        p.setProperty("topic.prefix", "orderan-cdc");
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", SLOT);
        p.setProperty("slot.drop.on.stop", "true");
        p.setProperty("publication.name", "orderan_outbox");
        p.setProperty("publication.autocreate.mode", "filtered");
        p.setProperty("table.include.list", "orderan.outbox");
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("transforms", "outbox");
        p.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        // id, aggregatetype, aggregateid and payload are the router's default column names; the
        // event type, tenant and sequence travel as headers.
        p.setProperty("transforms.outbox.table.fields.additional.placement",
                "type:header:eventType,tenant_id:header:tenant,sequence:header:sequence");
        return p;
    }

    @Test
    void anOrderPlacedThroughOrderanArrivesOnOutboxEventOrderKeyedByItsIdAsOrderansEnvelopes() throws Exception {
        LinkedBlockingQueue<SourceRecord> received = new LinkedBlockingQueue<>();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine = DebeziumEngine.create(Connect.class)
                .using(connector())
                .notifying(event -> received.add(event.value()))
                .build()) {
            runner.execute(engine);
            awaitSlotActive(Duration.ofSeconds(120));

            long before = System.nanoTime();
            Order first = placeAndPay("INV-DBZ-1");
            List<SourceRecord> firstRecords = take(received, eventIds(first).size(), Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - before) / 1e9;
            assertRecordsAreTheOrdersEvents(first, firstRecords);

            // Rows may be deleted once committed (Debezium reads the inserts from the write-ahead
            // log): a relay with a publisher that does nothing acknowledges, which deletes them.
            // The deletes produce no records.
            new OutboxRelay(store.outbox(), e -> { }, "outbox-cleaner", 100, Duration.ofMinutes(1),
                    Clock.systemUTC()).drain();
            assertEquals(0, store.outbox().pending());
            Order second = placeAndPay("INV-DBZ-2");
            List<SourceRecord> secondRecords = take(received, eventIds(second).size(), Duration.ofSeconds(60));
            assertRecordsAreTheOrdersEvents(second, secondRecords);
            assertEquals(null, received.poll(2, TimeUnit.SECONDS), "a record beyond the orders' events");
            System.out.printf("DebeziumOutboxRouterTest: %d records of the first order within %.1f s of placing it%n",
                    firstRecords.size(), seconds);
        } finally {
            runner.shutdown();
            assertTrue(runner.awaitTermination(60, TimeUnit.SECONDS), "the engine did not stop");
        }
    }

    private static Order placeAndPay(String orderId) {
        Order o = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, orderId).build()).order();
        return orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + orderId));
    }

    private static List<UUID> eventIds(Order order) {
        return orders.history(order.tenantId(), order.id()).stream().map(EventEnvelope::eventId).toList();
    }

    private static void assertRecordsAreTheOrdersEvents(Order order, List<SourceRecord> records) {
        List<? extends EventEnvelope<?>> history = orders.history(order.tenantId(), order.id());
        assertEquals(history.size(), records.size());
        for (int i = 0; i < records.size(); i++) {
            SourceRecord r = records.get(i);
            EventEnvelope<?> expected = history.get(i);
            assertEquals("outbox.event.order", r.topic());
            assertEquals(order.id().value(), r.key());
            assertNotNull(r.value(), "a record without a value");
            // The bytes Kafka Connect writes with the string converters of docs/kafka.md: the key
            // is the order id and the value the envelope's JSON, as KafkaEventConsumer reads them.
            byte[] key = KEYS.fromConnectData(r.topic(), r.keySchema(), r.key());
            byte[] value = VALUES.fromConnectData(r.topic(), r.valueSchema(), r.value());
            assertEquals(order.id().value(), new String(key, StandardCharsets.UTF_8));
            EventEnvelope<DomainEvent> envelope = JSON.readEnvelope(new String(value, StandardCharsets.UTF_8));
            assertEquals(expected.eventId(), envelope.eventId());
            assertEquals(expected.event(), envelope.event());
            assertEquals(i + 1, envelope.sequence());
            assertEquals(expected.eventId().toString(), header(r, "id"));
            assertEquals(expected.type().name(), header(r, "eventType"));
            assertEquals(expected.tenantId().value(), header(r, "tenant"));
            assertEquals(Long.toString(expected.sequence()), header(r, "sequence"));
        }
    }

    private static String header(SourceRecord r, String name) {
        Header h = r.headers().lastWithName(name);
        assertNotNull(h, "header " + name + " missing; headers: " + r.headers());
        return String.valueOf(h.value());
    }

    private static List<SourceRecord> take(LinkedBlockingQueue<SourceRecord> queue, int count, Duration timeout)
            throws InterruptedException {
        List<SourceRecord> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count) {
            long left = deadline - System.nanoTime();
            SourceRecord r = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            assertNotNull(r, "received " + out.size() + " of " + count + " records in " + timeout);
            out.add(r);
        }
        return out;
    }

    /** Waits until the connector streams from its replication slot: changes from now on are captured. */
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
