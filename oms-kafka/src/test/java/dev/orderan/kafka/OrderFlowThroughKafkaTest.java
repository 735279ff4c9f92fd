package dev.orderan.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.validation.Validators;
import dev.orderan.jdbc.PostgresStore;
import dev.orderan.json.OrderanJson;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Orders placed and changed through {@link OrderService} on PostgreSQL travel through the outbox,
 * {@link OutboxRelay} and {@link KafkaEventPublisher} to a broker, and {@link KafkaEventConsumer}
 * applies each once, in order per order.
 */
@Timeout(300)
class OrderFlowThroughKafkaTest {

    private static final OrderanJson JSON = new OrderanJson();

    private PostgresStore store;
    private OrderService orders;

    @BeforeEach
    void emptyDatabase() {
        store = TestDatabase.emptyStore();
        orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).clock(new TestClock(Instant.parse("2026-12-06T03:00:00Z")))
                .validator(Validators.createDefault()).build();
    }

    private void placeOrders(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            Order o = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, prefix + i).build()).order();
            if (i % 3 != 2) {
                o = orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + i));
                if (i % 3 == 0) {
                    o = orders.execute(o.tenantId(), o.id(), new OrderCommand.StartProcessing());
                    orders.execute(o.tenantId(), o.id(), new OrderCommand.Pack());
                }
            } else {
                orders.execute(o.tenantId(), o.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
            }
        }
    }

    private static KafkaEventPublisher publisher(String prefix) {
        return KafkaEventPublisher.builder().bootstrapServers(TestKafka.bootstrapServers())
                .topicNaming(TopicNaming.prefixed(prefix)).build();
    }

    private KafkaEventConsumer consumer(String name, String group, String topic) {
        IdempotentConsumer effects = new IdempotentConsumer(name, store, store.processedEvents(), Effects.handler(name));
        return KafkaEventConsumer.builder().bootstrapServers(TestKafka.bootstrapServers()).groupId(group)
                .topics(List.of(topic)).consumer(effects).build();
    }

    @Test
    void everyEventOfOrdersPlacedOnPostgresReachesTheConsumerOnceAndInOrderPerOrder() {
        String topic = "flow.order";
        TestKafka.createTopic(topic, 3);
        Effects.reset("flow");
        placeOrders("INV-F", 24);
        Map<UUID, String> recorded = Effects.recordedEvents();
        assertTrue(recorded.size() >= 24 * 3, "events recorded: " + recorded.size());

        try (KafkaEventPublisher kafka = publisher("flow.")) {
            OutboxRelay relay = new OutboxRelay(store.outbox(), kafka, "relay-flow", 20, Duration.ofMinutes(5),
                    Clock.systemUTC());
            assertEquals(recorded.size(), relay.drain());
        }
        assertEquals(0, store.outbox().pending());

        // On the topic: one record per event, keyed by the order id, its value the envelope and
        // its headers repeating the envelope's id, type, tenant and sequence.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(topic);
        assertEquals(recorded.size(), records.size());
        Map<String, Integer> partitionOfOrder = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            EventEnvelope<DomainEvent> e = JSON.readEnvelope(new String(r.value(), StandardCharsets.UTF_8));
            assertEquals(recorded.get(e.eventId()), r.key());
            assertEquals(e.aggregateId(), r.key());
            assertEquals(e.eventId().toString(), header(r, EventHeaders.EVENT_ID));
            assertEquals(e.type().name(), header(r, EventHeaders.EVENT_TYPE));
            assertEquals(Integer.toString(e.type().revision()), header(r, EventHeaders.EVENT_REVISION));
            assertEquals(e.tenantId().value(), header(r, EventHeaders.TENANT));
            assertEquals("order", header(r, EventHeaders.AGGREGATE_TYPE));
            assertEquals(Long.toString(e.sequence()), header(r, EventHeaders.SEQUENCE));
            assertEquals(e.metadata().correlationId(), header(r, EventHeaders.CORRELATION_ID));
            Integer before = partitionOfOrder.putIfAbsent(r.key(), r.partition());
            assertTrue(before == null || before == r.partition(), r.key() + " is in two partitions");
        }
        assertTrue(partitionOfOrder.values().stream().distinct().count() > 1, "all orders in one partition");

        try (KafkaEventConsumer consumer = consumer("flow", "flow-effects", topic)) {
            pollUntil(consumer, () -> Effects.count("flow") >= recorded.size(), "flow");
        }
        Map<UUID, Integer> applied = Effects.applications("flow");
        assertEquals(recorded.keySet(), applied.keySet());
        assertTrue(applied.values().stream().allMatch(n -> n == 1), "an effect ran twice: " + applied);
        assertAppliedInOrder("flow", 24);
    }

    @Test
    void aSecondReadingOfTheTopicByAnotherGroupAppliesNothingAgain() {
        String topic = "replay.order";
        TestKafka.createTopic(topic, 2);
        Effects.reset("replay");
        placeOrders("INV-R", 6);
        int events = Effects.recordedEvents().size();
        try (KafkaEventPublisher kafka = publisher("replay.")) {
            new OutboxRelay(store.outbox(), kafka, "relay-replay", 50, Duration.ofMinutes(5), Clock.systemUTC()).drain();
        }
        try (KafkaEventConsumer first = consumer("replay", "replay-1", topic)) {
            pollUntil(first, () -> Effects.count("replay") >= events, "replay-1");
        }
        // A group that starts from the beginning again (as after lost offsets) receives every
        // record once more; the processed-event marks make each a no-op.
        int received = 0;
        try (KafkaEventConsumer again = consumer("replay", "replay-2", topic)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (received < events) {
                assertTrue(System.nanoTime() < deadline, "replay-2 received only " + received + " of " + events);
                KafkaEventConsumer.Polled p = again.pollAndApply(Duration.ofMillis(500));
                assertEquals(0, p.applied());
                received += p.received();
            }
        }
        assertEquals(events, received);
        assertTrue(Effects.applications("replay").values().stream().allMatch(n -> n == 1));
    }

    @Test
    void aRecordThatIsNotAnEnvelopeStopsTheConsumerOnItAfterApplyingTheRecordsBeforeIt() {
        String topic = "poison.order";
        TestKafka.createTopic(topic, 1);
        Effects.reset("poison");
        placeOrders("INV-P", 1);
        int events = Effects.recordedEvents().size();
        try (KafkaEventPublisher kafka = publisher("poison.")) {
            new OutboxRelay(store.outbox(), kafka, "relay-poison", 50, Duration.ofMinutes(5), Clock.systemUTC()).drain();
        }
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            raw.send(new ProducerRecord<>(topic, "INV-P0", "{\"not\":\"an envelope\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (KafkaEventConsumer consumer = consumer("poison", "poison-effects", topic)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            KafkaConsumeException failure = null;
            while (failure == null) {
                assertTrue(System.nanoTime() < deadline, "the bad record was never reached");
                try {
                    consumer.pollAndApply(Duration.ofMillis(500));
                } catch (KafkaConsumeException e) {
                    failure = e;
                }
            }
            assertTrue(failure.getMessage().contains("poison.order-0@" + events), failure.getMessage());
            assertEquals(events, Effects.count("poison"));
            // The consumer stays on the bad record: the next poll fails on it again.
            KafkaConsumeException again = assertThrows(KafkaConsumeException.class,
                    () -> consumer.pollAndApply(Duration.ofSeconds(5)));
            assertTrue(again.getMessage().contains("@" + events), again.getMessage());
        }
        assertEquals(events, Effects.count("poison"));
    }

    @Test
    void anEffectThatFailsIsRolledBackAndAppliedOnceOnTheNextPoll() {
        String topic = "retry.order";
        TestKafka.createTopic(topic, 1);
        Effects.reset("retry");
        placeOrders("INV-E", 3);
        int events = Effects.recordedEvents().size();
        try (KafkaEventPublisher kafka = publisher("retry.")) {
            new OutboxRelay(store.outbox(), kafka, "relay-retry", 50, Duration.ofMinutes(5), Clock.systemUTC()).drain();
        }
        // The effect of the first event with sequence 2 is written and then fails: its
        // transaction, processed-event mark included, rolls back.
        java.util.concurrent.atomic.AtomicBoolean failOnce = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.function.BiConsumer<dev.orderan.core.store.Transaction, EventEnvelope<?>> effect =
                Effects.handler("retry");
        IdempotentConsumer flaky = new IdempotentConsumer("retry", store, store.processedEvents(), (tx, e) -> {
            effect.accept(tx, e);
            if (e.sequence() == 2 && failOnce.getAndSet(false)) {
                throw new IllegalStateException("the effect failed");
            }
        });
        int failures = 0;
        try (KafkaEventConsumer consumer = KafkaEventConsumer.builder().bootstrapServers(TestKafka.bootstrapServers())
                .groupId("retry-effects").topics(List.of(topic)).consumer(flaky).build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (Effects.count("retry") < events) {
                assertTrue(System.nanoTime() < deadline, "not every event was applied within 120 s");
                try {
                    consumer.pollAndApply(Duration.ofMillis(500));
                } catch (IllegalStateException e) {
                    assertEquals("the effect failed", e.getMessage());
                    assertEquals(1, Effects.count("retry"), "only the event before the failing one is applied");
                    failures++;
                }
            }
        }
        assertEquals(1, failures);
        assertTrue(Effects.applications("retry").values().stream().allMatch(n -> n == 1), "an effect ran twice");
        assertAppliedInOrder("retry", 3);
    }

    @Test
    void publishingToATopicTheBrokerDoesNotHaveFailsAndTheRelayKeepsTheEvents() {
        placeOrders("INV-M", 1);
        long pending = store.outbox().pending();
        assertTrue(pending > 0);
        // Topics are not created automatically by this broker; "missing.order" does not exist.
        try (KafkaEventPublisher kafka = KafkaEventPublisher.builder().bootstrapServers(TestKafka.bootstrapServers())
                .topicNaming(TopicNaming.prefixed("missing.")).deliveryTimeout(Duration.ofSeconds(3)).build()) {
            OutboxRelay relay = new OutboxRelay(store.outbox(), kafka, "relay-missing", 10, Duration.ofMinutes(5),
                    Clock.systemUTC());
            KafkaPublishException e = assertThrows(KafkaPublishException.class, relay::relayBatch);
            assertTrue(e.getMessage().contains("missing.order"), e.getMessage());
        }
        assertEquals(pending, store.outbox().pending());
        // Released, not left claimed: a relay with a working publisher takes them at once.
        List<EventEnvelope<?>> seen = new java.util.ArrayList<>();
        assertEquals(pending, new OutboxRelay(store.outbox(), seen::add, "relay-after", 10, Duration.ofMinutes(5),
                Clock.systemUTC()).drain());
        assertFalse(seen.isEmpty());
    }

    private static void pollUntil(KafkaEventConsumer consumer, java.util.function.BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + ": not every event was applied within 120 s");
            consumer.pollAndApply(Duration.ofMillis(500));
        }
    }

    static void assertAppliedInOrder(String consumer, int aggregates) {
        Map<String, List<Long>> sequences = Effects.appliedSequences(consumer);
        assertEquals(aggregates, sequences.size());
        for (Map.Entry<String, List<Long>> e : sequences.entrySet()) {
            List<Long> s = e.getValue();
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i + 1, s.get(i), e.getKey() + " applied out of order: " + s);
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        return new String(r.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
