package dev.orderan.kafka;

/**
 * Kafka did not confirm an event: the broker refused it, or the producer gave up after its delivery
 * timeout. The event may still have reached the topic (its acknowledgement may be what was lost), so
 * the relay releases it to be published again and consumers deduplicate by event id.
 */
public final class KafkaPublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KafkaPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
