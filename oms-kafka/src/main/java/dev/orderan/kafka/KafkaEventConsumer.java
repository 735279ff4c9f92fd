package dev.orderan.kafka;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.json.OrderanJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Orderan events from Kafka and applies each exactly once through an
 * {@link IdempotentConsumer}: every record's envelope is applied in a transaction of its tenant
 * together with the processed-event mark, and the offsets are committed only after the effects.
 * A crash between the two makes Kafka deliver the records again, and the marks make the second
 * delivery a no-op; a duplicate written by the relay is skipped the same way.
 *
 * <p>Records are applied one at a time in partition order, so a consumer sees one aggregate's events
 * in the order they were published. Nothing runs in the background: call {@link #pollAndApply}
 * in a loop on one thread (a Kafka consumer is not thread-safe), and {@link #wakeup()} from another
 * thread to interrupt a poll.
 *
 * <pre>{@code
 * IdempotentConsumer shipping = new IdempotentConsumer("shipping", store, store.processedEvents(),
 *         (tx, event) -> ...);                       // the effect, written through tx
 * try (KafkaEventConsumer consumer = KafkaEventConsumer.builder()
 *         .bootstrapServers("kafka-1:9092").groupId("shipping")
 *         .topics(List.of(TopicNaming.DEFAULT.topicFor("order")))
 *         .consumer(shipping).build()) {
 *     while (running) {
 *         consumer.pollAndApply(Duration.ofSeconds(1));
 *     }
 * }
 * }</pre>
 */
public final class KafkaEventConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventConsumer.class);

    /** Consumer settings this class sets and a host may not change. */
    static final Set<String> FIXED = Set.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsumerConfig.GROUP_ID_CONFIG);

    private final Consumer<String, byte[]> consumer;
    private final IdempotentConsumer target;
    private final OrderanJson json;

    /**
     * What one poll did.
     *
     * @param received records polled
     * @param applied events applied now; the others had been applied before and were skipped
     */
    public record Polled(int received, int applied) {
    }

    private KafkaEventConsumer(Builder b) {
        Map<String, Object> config = new HashMap<>(b.properties);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, b.groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        this.consumer = new KafkaConsumer<>(config);
        this.target = b.target;
        this.json = b.json;
        consumer.subscribe(b.topics);
    }

    /** Starts configuring a consumer: give bootstrap servers, group id, topics and the idempotent consumer. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Polls once, applies every record received in partition order, then commits their offsets.
     *
     * @param timeout how long to wait for records when none are ready
     * @return how many records arrived and how many were applied now
     * @throws KafkaConsumeException for a record whose value is not an envelope this version reads;
     *     the records before it are applied and committed, and the consumer is positioned on it
     * @throws RuntimeException whatever the effect threw (its transaction rolled back); the
     *     consumer is positioned on that record again, so the next poll retries it
     */
    public Polled pollAndApply(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        int applied = 0;
        try {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, byte[]> r : records.records(partition)) {
                    if (target.accept(read(r))) {
                        applied++;
                    }
                    done.put(partition, new OffsetAndMetadata(r.offset() + 1));
                }
            }
        } catch (RuntimeException e) {
            try {
                commit(done);
            } catch (RuntimeException c) {
                e.addSuppressed(c);
            }
            Set<TopicPartition> assigned = consumer.assignment();
            for (TopicPartition partition : records.partitions()) {
                if (assigned.contains(partition)) { // a partition taken away during the commit is another member's now
                    OffsetAndMetadata next = done.get(partition);
                    consumer.seek(partition, next != null ? next.offset() : records.records(partition).get(0).offset());
                }
            }
            throw e;
        }
        commit(done);
        return new Polled(records.count(), applied);
    }

    private EventEnvelope<?> read(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            throw new KafkaConsumeException("record " + r.topic() + "-" + r.partition() + "@" + r.offset()
                    + " has no value", null);
        }
        try {
            return json.readEnvelope(new String(r.value(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new KafkaConsumeException("record " + r.topic() + "-" + r.partition() + "@" + r.offset()
                    + " is not an Orderan event envelope: " + e.getMessage(), e);
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions moved to another member, which will receive these records again; the
            // processed-event marks make that a no-op.
            LOG.warn("committing offsets {} failed; the records will be delivered again and skipped", offsets, e);
        }
    }

    /** Makes a poll in progress, or the next one, return early with {@link org.apache.kafka.common.errors.WakeupException}. */
    public void wakeup() {
        consumer.wakeup();
    }

    /** Leaves the group and closes the consumer. */
    @Override
    public void close() {
        consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(30)));
    }

    /** Configures a {@link KafkaEventConsumer}. */
    public static final class Builder {
        private String bootstrapServers;
        private String groupId;
        private List<String> topics;
        private IdempotentConsumer target;
        private OrderanJson json;
        private final Map<String, Object> properties = new HashMap<>();

        private Builder() {
        }

        /** The brokers to connect to first, e.g. {@code kafka-1:9092,kafka-2:9092}. */
        public Builder bootstrapServers(String value) {
            this.bootstrapServers = Settings.requireText("bootstrapServers", value);
            return this;
        }

        /** The consumer group: members of one group share the partitions. */
        public Builder groupId(String value) {
            this.groupId = Settings.requireText("groupId", value);
            return this;
        }

        /** The topics to read, e.g. {@code TopicNaming.DEFAULT.topicFor("order")}. */
        public Builder topics(Collection<String> value) {
            Objects.requireNonNull(value, "topics");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("topics: must name at least one topic");
            }
            List<String> checked = new ArrayList<>(value.size());
            int i = 0;
            for (String t : value) {
                checked.add(Topics.requireLegal("topics[" + i++ + "]", t));
            }
            this.topics = List.copyOf(checked);
            return this;
        }

        /** The effect, applied once per event. */
        public Builder consumer(IdempotentConsumer value) {
            this.target = Objects.requireNonNull(value, "consumer");
            return this;
        }

        /** The JSON codecs (default a new {@link OrderanJson}). */
        public Builder json(OrderanJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /**
         * Any other consumer setting ({@code auto.offset.reset}, default {@code earliest};
         * {@code max.poll.records}, default 200; security settings). Auto-commit, the deserializers,
         * the bootstrap servers and the group id are set here or by the consumer and refused.
         */
        public Builder property(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (FIXED.contains(name)) {
                throw new IllegalArgumentException("property " + name + ": set by the consumer and not changeable"
                        + " (offsets are committed only after the effects)");
            }
            properties.put(name, value);
            return this;
        }

        /** The consumer, subscribed to its topics. */
        public KafkaEventConsumer build() {
            if (bootstrapServers == null) {
                throw new IllegalStateException("bootstrapServers: must be given");
            }
            if (groupId == null) {
                throw new IllegalStateException("groupId: must be given");
            }
            if (topics == null) {
                throw new IllegalStateException("topics: must be given");
            }
            if (target == null) {
                throw new IllegalStateException("consumer: must be given");
            }
            if (json == null) {
                json = new OrderanJson();
            }
            return new KafkaEventConsumer(this);
        }
    }
}
