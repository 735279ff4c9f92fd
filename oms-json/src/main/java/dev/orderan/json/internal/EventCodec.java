package dev.orderan.json.internal;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the {@code data} object of one event type at one revision. What every event has
 * (tenant, aggregate, sequence, time) travels in the header around it and is handed to the reader.
 *
 * @param <E> the event class
 */
public final class EventCodec<E extends DomainEvent> {

    /**
     * What the header of an event says, already read and checked.
     *
     * @param root the event object, for errors about header fields
     * @param tenant the tenant
     * @param aggregateType the aggregate type
     * @param aggregateId the aggregate id
     * @param sequence the sequence
     * @param occurredAt when
     */
    public record Header(In root, TenantId tenant, String aggregateType, String aggregateId, long sequence,
            Instant occurredAt) {
    }

    /** Reads an event from its header and data. */
    @FunctionalInterface
    public interface Reader<E> {
        /** The event. */
        E read(Header header, In data);
    }

    private final EventType type;
    private final Class<E> javaType;
    private final BiConsumer<E, ObjectNode> writer;
    private final Reader<E> reader;

    /** A codec for one event type. */
    public EventCodec(EventType type, Class<E> javaType, BiConsumer<E, ObjectNode> writer, Reader<E> reader) {
        this.type = Objects.requireNonNull(type, "type");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The event type and revision this codec handles. */
    public EventType type() {
        return type;
    }

    /** The Java class of the events. */
    public Class<E> javaType() {
        return javaType;
    }

    /** Writes the event's own fields into {@code data}. */
    public void write(DomainEvent event, ObjectNode data) {
        writer.accept(javaType.cast(event), data);
    }

    /** Reads the event. */
    public E read(Header header, In data) {
        return reader.read(header, data);
    }
}
