package dev.orderan.core.event;

import dev.orderan.core.common.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as it is stored and published: the payload with its unique id and metadata. The outbox,
 * the event tables and broker messages all carry envelopes.
 *
 * @param eventId unique for every event ever recorded (time-ordered, see {@link EventIds})
 * @param event the payload
 * @param metadata command, correlation and causation ids
 * @param <E> the payload type
 */
public record EventEnvelope<E extends DomainEvent>(UUID eventId, E event, EventMetadata metadata) {

    /** Checks that nothing is missing. */
    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The payload's published type and revision. */
    public EventType type() {
        return event.type();
    }

    /** The tenant of the aggregate. */
    public TenantId tenantId() {
        return event.tenantId();
    }

    /** The kind of aggregate. */
    public String aggregateType() {
        return event.aggregateType();
    }

    /** The aggregate's id. */
    public String aggregateId() {
        return event.aggregateId();
    }

    /** The event's position in its aggregate's history. */
    public long sequence() {
        return event.sequence();
    }

    /** When it happened. */
    public Instant occurredAt() {
        return event.occurredAt();
    }

    /** Type, aggregate and sequence; the payload's own {@code toString} says the rest. */
    @Override
    public String toString() {
        return "EventEnvelope[" + eventId + " " + type() + " " + event.tenantId() + "/" + aggregateType() + "/"
                + aggregateId() + "#" + sequence() + "]";
    }
}
