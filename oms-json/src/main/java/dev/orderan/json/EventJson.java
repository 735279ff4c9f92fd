package dev.orderan.json;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an event type of the host's own (the events of an aggregate it stores through
 * Orderan's stores, such as a loyalty account or a work order), added to an {@link OrderanJson}
 * with {@link OrderanJson#withEvents}. Orderan writes the envelope and the event's header (type,
 * revision, tenant, aggregate, sequence, time); the host writes and reads only the event's own
 * fields, the {@code data} object.
 *
 * <p>Keep the form stable like Orderan's own: add a revision ({@code new EventType(name, 2)})
 * and a codec for it when the fields change, and keep reading the old revisions.
 *
 * @param <E> the event class
 */
public interface EventJson<E extends DomainEvent> {

    /** The event type and revision this codec writes and reads. */
    EventType type();

    /** The event's class (exactly: events are matched by their class when written). */
    Class<E> eventClass();

    /** Writes the event's own fields into {@code data}. */
    void write(E event, ObjectNode data);

    /**
     * Reads the event from its header and its own fields. Throw {@link IllegalArgumentException} for
     * data you refuse; the reader reports it as a {@link JsonInputException} at {@code $.data}.
     */
    E read(EventHeader header, JsonNode data);

    /**
     * The header Orderan read around an event's data.
     *
     * @param tenant the tenant
     * @param aggregateType the aggregate type
     * @param aggregateId the aggregate id
     * @param sequence the event's number in its aggregate, from 1
     * @param occurredAt when it happened
     */
    record EventHeader(dev.orderan.core.common.TenantId tenant, String aggregateType, String aggregateId, long sequence,
            java.time.Instant occurredAt) {
    }
}
