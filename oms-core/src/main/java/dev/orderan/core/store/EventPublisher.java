package dev.orderan.core.store;

import dev.orderan.core.event.EventEnvelope;

/**
 * Hands one event to the host's broker or process steps: Kafka, a message queue, an in-process bus.
 * Throwing means the event was not delivered; the relay releases it to be claimed again.
 */
@FunctionalInterface
public interface EventPublisher {

    /** Publishes the event; returns when the broker has it. */
    void publish(EventEnvelope<?> envelope);
}
