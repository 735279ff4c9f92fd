package dev.orderan.kafka;

/**
 * A record that cannot be applied: its value is not an Orderan event envelope this version reads.
 * The message names the topic, partition and offset. Nothing at or after that offset of the
 * partition was committed; the consumer is positioned on the record again.
 */
public final class KafkaConsumeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KafkaConsumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
