package dev.orderan.kafka;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.EventPublisher;
import dev.orderan.json.OrderanJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox events to Kafka, for an {@link dev.orderan.core.store.OutboxRelay}:
 *
 * <ul>
 *   <li>the topic is chosen per aggregate type by a {@link TopicNaming} (default
 *       {@code orderan.<aggregatetype>});</li>
 *   <li>the key is the aggregate id, so all events of one aggregate land in one partition, in the
 *       order the relay publishes them;</li>
 *   <li>the value is the event's envelope in Orderan's stable JSON ({@link OrderanJson#writeEnvelope}),
 *       UTF-8;</li>
 *   <li>the headers of {@link EventHeaders} carry the event id, type, revision, tenant, aggregate
 *       type, sequence and correlation id;</li>
 *   <li>the producer is idempotent with {@code acks=all}: a retry inside the producer never writes a
 *       record twice or out of order, and a record counts as sent only when every in-sync replica
 *       has it.</li>
 * </ul>
 *
 * <p>{@link #publish} returns only when the broker acknowledged the record, so the relay
 * acknowledges only delivered events; if it throws {@link KafkaPublishException} the relay releases
 * the event and the rest of its batch for another attempt. A process that dies between the
 * broker's acknowledgement and the outbox's leaves the event to be published again: delivery is at
 * least once, and consumers deduplicate by event id ({@link KafkaEventConsumer}).
 *
 * <pre>{@code
 * try (KafkaEventPublisher kafka = KafkaEventPublisher.builder()
 *         .bootstrapServers("kafka-1:9092,kafka-2:9092")
 *         .build()) {
 *     OutboxRelay relay = new OutboxRelay(store.outbox(), kafka, "relay-" + host, 100,
 *             Duration.ofMinutes(2), Clock.systemUTC());
 *     // from the host's scheduler: relay.relayBatch() or relay.drain()
 * }
 * }</pre>
 *
 * Thread-safe: one publisher may serve several relays of a process.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    /** Producer settings Orderan sets and a host may not change, since delivery depends on them. */
    static final Set<String> FIXED = Set.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, ProducerConfig.ACKS_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private final Producer<String, byte[]> producer;
    private final TopicNaming topics;
    private final OrderanJson json;
    private final long waitMillis;

    private KafkaEventPublisher(Builder b) {
        Map<String, Object> config = new HashMap<>(b.properties);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) b.deliveryTimeout.toMillis());
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(30_000, b.deliveryTimeout.toMillis()));
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) b.deliveryTimeout.toMillis());
        this.producer = new KafkaProducer<>(config);
        this.topics = b.topics;
        this.json = b.json;
        // The producer completes every send within its delivery timeout; the extra wait only
        // guards against a producer that never answers.
        this.waitMillis = b.deliveryTimeout.toMillis() + 10_000;
    }

    /** Starts configuring a publisher: give at least the bootstrap servers. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the event and waits until the broker acknowledged it.
     *
     * @throws KafkaPublishException when the broker refused it or did not confirm it in time; the
     *     message names the event and the topic
     * @throws IllegalArgumentException when the topic naming gives an illegal topic name
     */
    @Override
    public void publish(EventEnvelope<?> envelope) {
        Objects.requireNonNull(envelope, "envelope");
        String topic = Topics.requireLegal("topic of aggregate type '" + envelope.aggregateType() + "'",
                topics.topicFor(envelope.aggregateType()));
        byte[] value = json.writeEnvelope(envelope).getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, envelope.aggregateId(), value,
                headers(envelope));
        Future<RecordMetadata> sent;
        try {
            sent = producer.send(record);
        } catch (KafkaException e) {
            throw new KafkaPublishException("publishing " + envelope + " to " + topic + " failed: " + e, e);
        }
        try {
            sent.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KafkaPublishException("publishing " + envelope + " to " + topic + " failed: " + cause, cause);
        } catch (TimeoutException e) {
            throw new KafkaPublishException("publishing " + envelope + " to " + topic + ": no answer from Kafka in "
                    + waitMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublishException("publishing " + envelope + " to " + topic + ": interrupted", e);
        }
    }

    private static List<Header> headers(EventEnvelope<?> e) {
        return List.of(
                header(EventHeaders.EVENT_ID, e.eventId().toString()),
                header(EventHeaders.EVENT_TYPE, e.type().name()),
                header(EventHeaders.EVENT_REVISION, Integer.toString(e.type().revision())),
                header(EventHeaders.TENANT, e.tenantId().value()),
                header(EventHeaders.AGGREGATE_TYPE, e.aggregateType()),
                header(EventHeaders.SEQUENCE, Long.toString(e.sequence())),
                header(EventHeaders.CORRELATION_ID, e.metadata().correlationId()));
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends what is buffered and closes the producer, waiting up to 30 seconds. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    /** Configures a {@link KafkaEventPublisher}. */
    public static final class Builder {
        private String bootstrapServers;
        private TopicNaming topics = TopicNaming.DEFAULT;
        private OrderanJson json;
        private Duration deliveryTimeout = Duration.ofMinutes(2);
        private final Map<String, Object> properties = new HashMap<>();

        private Builder() {
        }

        /**
         * The brokers to connect to first.
         *
         * @param value e.g. {@code kafka-1:9092,kafka-2:9092}
         */
        public Builder bootstrapServers(String value) {
            this.bootstrapServers = Settings.requireText("bootstrapServers", value);
            return this;
        }

        /** The rule naming each aggregate type's topic (default {@link TopicNaming#DEFAULT}). */
        public Builder topicNaming(TopicNaming value) {
            this.topics = Objects.requireNonNull(value, "topicNaming");
            return this;
        }

        /** The JSON codecs (default a new {@link OrderanJson}). */
        public Builder json(OrderanJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /**
         * How long the producer keeps trying to deliver one event before {@link #publish} fails
         * (default 2 minutes, Kafka's {@code delivery.timeout.ms}); also bounds waiting for metadata.
         */
        public Builder deliveryTimeout(Duration value) {
            Objects.requireNonNull(value, "deliveryTimeout");
            if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("deliveryTimeout: must be between 1 second and 1 day, was " + value);
            }
            this.deliveryTimeout = value;
            return this;
        }

        /**
         * Any other producer setting ({@code client.id}, {@code compression.type}, security
         * settings). Idempotence, {@code acks}, the serializers, the bootstrap servers and
         * {@code transactional.id} are Orderan's and refused here; {@code delivery.timeout.ms} and
         * {@code max.block.ms} are set with {@link #deliveryTimeout(Duration)}.
         */
        public Builder property(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (FIXED.contains(name)) {
                throw new IllegalArgumentException("property " + name + ": set by the publisher and not changeable"
                        + " (the relay relies on an idempotent producer with acks=all)");
            }
            if (name.equals(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG) || name.equals(ProducerConfig.MAX_BLOCK_MS_CONFIG)) {
                throw new IllegalArgumentException("property " + name + ": set it with deliveryTimeout(Duration), which"
                        + " also bounds how long publish waits");
            }
            if (name.equals(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)) {
                int n;
                try {
                    n = Integer.parseInt(value.toString().trim());
                } catch (NumberFormatException e) {
                    n = 0;
                }
                if (n < 1 || n > 5) {
                    throw new IllegalArgumentException("property " + name
                            + ": must be between 1 and 5 for an idempotent producer to keep order, was " + value);
                }
            }
            properties.put(name, value);
            return this;
        }

        /** The publisher, connected lazily (the first publish waits for the cluster's metadata). */
        public KafkaEventPublisher build() {
            if (bootstrapServers == null) {
                throw new IllegalStateException("bootstrapServers: must be given");
            }
            if (json == null) {
                json = new OrderanJson();
            }
            return new KafkaEventPublisher(this);
        }
    }
}
