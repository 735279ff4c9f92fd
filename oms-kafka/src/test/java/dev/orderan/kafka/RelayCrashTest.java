package dev.orderan.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.orderan.json.OrderanJson;
import dev.orderan.testkit.OrderFixtures;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The relay runs in a process of its own and is killed with SIGKILL again and again while orders
 * are being placed and paid: afterwards every event is on the topic at least once, and the
 * idempotent consumer has applied each exactly once, in order per order. The same holds for
 * consumer processes killed while they apply events.
 */
class RelayCrashTest {

    private static final int KILLS = 20;
    /**
     * Short, so that what a killed relay claimed comes free before the next relay starts. Only one
     * relay runs at a time here; relays that run side by side need a lease far longer than
     * publishing a batch takes (docs/kafka.md).
     */
    private static final long LEASE_MILLIS = 1_000;
    private static final String TOPIC_PREFIX = "crash.";

    @Test
    @Timeout(600)
    void relaysKilledTwentyTimesWhileOrdersFlowLoseNoEventAndTheConsumerAppliesEachOnce() throws Exception {
        long started = System.nanoTime();
        PostgresStore store = TestDatabase.emptyStore();
        String topic = TOPIC_PREFIX + "order";
        TestKafka.createTopic(topic, 3);
        Effects.reset("crash");
        OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).validator(Validators.createDefault()).build();

        // Orders keep coming while the relays are killed.
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger placed = new AtomicInteger();
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 1_500 && !stop.get(); i++) {
                    Order o = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-K" + i).build()).order();
                    orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + i));
                    placed.incrementAndGet();
                    Thread.sleep(50);
                }
            } catch (Throwable t) {
                writerFailed.set(t);
            }
        }, "order-writer");
        writer.start();

        Random random = new Random();
        Path logs = Files.createDirectories(Path.of("target", "relay-processes"));
        int batchesBeforeKills = 0;
        for (int k = 0; k < KILLS; k++) {
            RelayProcess relay = RelayProcess.start("relay-" + k, topic, logs);
            try {
                assertTrue(relay.awaitReady(Duration.ofSeconds(90)), "relay " + k + " never published (see "
                        + logs + ")");
                Thread.sleep(random.nextInt(500)); // a random point in the flow of batches
            } finally {
                relay.kill();
            }
            batchesBeforeKills += relay.batches();
            assertEquals(null, writerFailed.get(), "placing orders failed");
        }
        stop.set(true);
        writer.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(writer.isAlive());
        assertEquals(null, writerFailed.get(), "placing orders failed");

        // What the killed relays left claimed comes free when their leases run out; a last relay
        // publishes it and everything else still waiting.
        try (KafkaEventPublisher kafka = KafkaEventPublisher.builder().bootstrapServers(TestKafka.bootstrapServers())
                .topicNaming(TopicNaming.prefixed(TOPIC_PREFIX)).build()) {
            OutboxRelay last = new OutboxRelay(store.outbox(), kafka, "relay-last", 50, Duration.ofSeconds(30),
                    Clock.systemUTC());
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (store.outbox().pending() > 0) {
                assertTrue(System.nanoTime() < deadline, "the outbox was not drained in 120 s");
                if (last.relayBatch() == 0) {
                    Thread.sleep(50);
                }
            }
        }

        Map<UUID, String> recorded = Effects.recordedEvents();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(topic);
        OrderanJson json = new OrderanJson();
        Map<UUID, Integer> copies = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            EventEnvelope<?> e = json.readEnvelope(new String(r.value(), StandardCharsets.UTF_8));
            copies.merge(e.eventId(), 1, Integer::sum);
        }
        Set<UUID> missing = new HashSet<>(recorded.keySet());
        missing.removeAll(copies.keySet());
        assertEquals(Set.of(), missing, "events never published");
        assertEquals(recorded.keySet(), copies.keySet());

        // The consumer reads every record, duplicates included, and applies each event once.
        IdempotentConsumer effects = new IdempotentConsumer("crash", store, store.processedEvents(),
                Effects.handler("crash"));
        int received = 0;
        int applied = 0;
        try (KafkaEventConsumer consumer = KafkaEventConsumer.builder().bootstrapServers(TestKafka.bootstrapServers())
                .groupId("crash-effects").topics(List.of(topic)).consumer(effects).build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (received < records.size()) {
                assertTrue(System.nanoTime() < deadline, "consumed " + received + " of " + records.size() + " records");
                KafkaEventConsumer.Polled p = consumer.pollAndApply(Duration.ofMillis(500));
                received += p.received();
                applied += p.applied();
            }
        }
        assertEquals(records.size(), received);
        assertEquals(recorded.size(), applied);
        Map<UUID, Integer> applications = Effects.applications("crash");
        assertEquals(recorded.keySet(), applications.keySet());
        assertTrue(applications.values().stream().allMatch(n -> n == 1), "an effect ran twice");
        OrderFlowThroughKafkaTest.assertAppliedInOrder("crash", placed.get());

        System.out.printf("RelayCrashTest: %d kills, each after the relay's first batch; %d batches published by"
                + " killed relays, %d orders, %d events, %d records on the topic (%d duplicates), %.1f s%n", KILLS,
                batchesBeforeKills, placed.get(), recorded.size(), records.size(),
                records.size() - recorded.size(), (System.nanoTime() - started) / 1e9);
    }

    @Test
    @Timeout(600)
    void consumersKilledTenTimesWhileApplyingLeaveEveryEventAppliedExactlyOnce() throws Exception {
        long started = System.nanoTime();
        PostgresStore store = TestDatabase.emptyStore();
        String topic = "ckill.order";
        TestKafka.createTopic(topic, 3);
        Effects.reset("ckill");
        OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).validator(Validators.createDefault()).build();
        int count = 250;
        for (int i = 0; i < count; i++) {
            Order o = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-C" + i).build()).order();
            orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + i));
        }
        Map<UUID, String> recorded = Effects.recordedEvents();
        try (KafkaEventPublisher kafka = KafkaEventPublisher.builder().bootstrapServers(TestKafka.bootstrapServers())
                .topicNaming(TopicNaming.prefixed("ckill.")).build()) {
            new OutboxRelay(store.outbox(), kafka, "relay-ckill", 100, Duration.ofMinutes(5), Clock.systemUTC())
                    .drain();
        }

        // Each consumer process applies events ten at a time and is killed at a random point; the
        // next one takes the same static group membership, so the partitions come back to it at
        // once, from the last committed offsets. Ten kills, fewer only if the events run out.
        Random random = new Random();
        Path logs = Files.createDirectories(Path.of("target", "consumer-processes"));
        int kills = 10;
        int killedMidway = 0;
        int redelivered = 0;
        for (int k = 0; k < kills && Effects.count("ckill") < recorded.size(); k++) {
            RelayProcess consumer = RelayProcess.start(ConsumerMain.class, "consumer-" + k, logs,
                    TestDatabase.jdbcUrl(), TestKafka.bootstrapServers(), topic, "ckill-effects", "ckill-member",
                    "ckill");
            try {
                assertTrue(consumer.awaitReady(Duration.ofSeconds(90)), "consumer " + k + " never applied an event"
                        + " (see " + logs + ")");
                Thread.sleep(random.nextInt(150));
            } finally {
                consumer.kill();
            }
            killedMidway++;
            redelivered += consumer.skipped();
        }
        int appliedByKilled = Effects.count("ckill");

        IdempotentConsumer effects = new IdempotentConsumer("ckill", store, store.processedEvents(),
                Effects.handler("ckill"));
        try (KafkaEventConsumer last = KafkaEventConsumer.builder().bootstrapServers(TestKafka.bootstrapServers())
                .groupId("ckill-effects").topics(List.of(topic)).consumer(effects)
                .property("group.instance.id", "ckill-member").build()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (Effects.count("ckill") < recorded.size()) {
                assertTrue(System.nanoTime() < deadline, "applied " + Effects.count("ckill") + " of "
                        + recorded.size() + " events");
                last.pollAndApply(Duration.ofMillis(500));
            }
        }
        Map<UUID, Integer> applications = Effects.applications("ckill");
        assertEquals(recorded.keySet(), applications.keySet());
        assertTrue(applications.values().stream().allMatch(n -> n == 1), "an effect ran twice");
        OrderFlowThroughKafkaTest.assertAppliedInOrder("ckill", count);
        System.out.printf("RelayCrashTest: %d consumer processes killed while applying; they applied %d of %d"
                + " events and skipped %d redelivered ones, the last consumer applied the rest; %.1f s%n",
                killedMidway, appliedByKilled, recorded.size(), redelivered,
                (System.nanoTime() - started) / 1e9);
    }

    /** A relay or a consumer in a JVM of its own, on the test class path. */
    private static final class RelayProcess {
        private final Process process;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final AtomicInteger batches = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();

        private RelayProcess(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.equals("ready")) {
                            ready.countDown();
                        } else if (line.startsWith("published ") || line.startsWith("applied ")) {
                            batches.incrementAndGet();
                        } else if (line.startsWith("skipped ")) {
                            skipped.addAndGet(Integer.parseInt(line.substring("skipped ".length())));
                        }
                    }
                } catch (IOException ignored) {
                    // The process was killed.
                }
            }, "relay-output");
            reader.setDaemon(true);
            reader.start();
        }

        static RelayProcess start(String relayId, String topic, Path logs) throws IOException {
            return start(RelayMain.class, relayId, logs, TestDatabase.jdbcUrl(), TestKafka.bootstrapServers(),
                    TOPIC_PREFIX, relayId, Long.toString(LEASE_MILLIS));
        }

        static RelayProcess start(Class<?> main, String name, Path logs, String... args) throws IOException {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp", classPath, main.getName()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectError(new File(logs.toFile(), name + ".err"));
            return new RelayProcess(pb.start());
        }

        boolean awaitReady(Duration timeout) throws InterruptedException {
            return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        int batches() {
            return batches.get();
        }

        /** Records received again after a killed consumer had applied them, and skipped. */
        int skipped() {
            return skipped.get();
        }

        /** SIGKILL: no shutdown hook, no finally block, no acknowledgement runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "a killed relay did not end");
        }
    }
}
