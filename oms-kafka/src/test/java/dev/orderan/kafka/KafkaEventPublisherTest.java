package dev.orderan.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings the publisher and the consumer refuse, each with the field and the rule named. */
class KafkaEventPublisherTest {

    @Test
    void theDefaultTopicIsOrderanDotAggregateTypeAndDebeziumsDefaultIsOutboxEventDotAggregateType() {
        assertEquals("orderan.order", TopicNaming.DEFAULT.topicFor("order"));
        assertEquals("outbox.event.order", TopicNaming.DEBEZIUM_DEFAULT.topicFor("order"));
        assertEquals("shop-a.order", TopicNaming.prefixed("shop-a.").topicFor("order"));
        assertEquals("order", TopicNaming.prefixed("").topicFor("order"));
    }

    @Test
    void aPrefixWithCharactersKafkaRefusesInTopicNamesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicNaming.prefixed("orders/"));
        assertTrue(e.getMessage().startsWith("prefix: must hold only letters, digits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TopicNaming.prefixed("x".repeat(250)));
    }

    @Test
    void settingsDeliveryDependsOnCannotBeChanged() {
        KafkaEventPublisher.Builder b = KafkaEventPublisher.builder();
        for (String fixed : new String[] {"acks", "enable.idempotence", "transactional.id", "value.serializer"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.property(fixed, "x"));
            assertTrue(e.getMessage().startsWith("property " + fixed + ": set by the publisher"), e.getMessage());
        }
        IllegalArgumentException inFlight = assertThrows(IllegalArgumentException.class,
                () -> b.property("max.in.flight.requests.per.connection", 6));
        assertTrue(inFlight.getMessage().contains("between 1 and 5"), inFlight.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.property("max.in.flight.requests.per.connection", "many"));
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> b.property("delivery.timeout.ms", 1_000));
        assertTrue(timeout.getMessage().contains("deliveryTimeout(Duration)"), timeout.getMessage());
        b.property("max.in.flight.requests.per.connection", 1).property("compression.type", "zstd");
    }

    @Test
    void missingOrBlankBootstrapServersAndOutOfRangeTimeoutsAreRefused() {
        assertEquals("bootstrapServers: must be given",
                assertThrows(IllegalStateException.class, () -> KafkaEventPublisher.builder().build()).getMessage());
        assertEquals("bootstrapServers: must not be blank", assertThrows(IllegalArgumentException.class,
                () -> KafkaEventPublisher.builder().bootstrapServers(" ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> KafkaEventPublisher.builder().deliveryTimeout(Duration.ofMillis(10))).getMessage()
                .startsWith("deliveryTimeout: must be between 1 second and 1 day"));
    }

    @Test
    void theConsumerRefusesAutoCommitIllegalTopicsAndMissingParts() {
        KafkaEventConsumer.Builder b = KafkaEventConsumer.builder();
        IllegalArgumentException autoCommit = assertThrows(IllegalArgumentException.class,
                () -> b.property("enable.auto.commit", true));
        assertTrue(autoCommit.getMessage().startsWith("property enable.auto.commit: set by the consumer"));
        IllegalArgumentException topic = assertThrows(IllegalArgumentException.class,
                () -> b.topics(java.util.List.of("orderan.order", "bad topic")));
        assertTrue(topic.getMessage().startsWith("topics[1]: must hold only letters"), topic.getMessage());
        assertEquals("groupId: must be given", assertThrows(IllegalStateException.class,
                () -> KafkaEventConsumer.builder().bootstrapServers("127.0.0.1:9").build()).getMessage());
    }
}
