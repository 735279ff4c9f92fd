package dev.orderan.core.event;

import dev.orderan.core.common.TenantId;
import java.time.Instant;

/**
 * Something that happened to an aggregate: the payload of a stored, published event. Every
 * aggregate has a sealed sub-interface of its own whose implementations are immutable records of
 * plain values (no {@code Optional}, no live domain objects, no personal data), so the same record
 * can be written as JSON today and read back years later.
 *
 * <p>Events are numbered per aggregate from 1 without gaps; the number is the aggregate's version
 * after the event. The envelope that stores and brokers carry ({@link EventEnvelope}) adds the event
 * id and the command, correlation and causation ids.
 */
public interface DomainEvent {

    /** The tenant whose aggregate this event belongs to. */
    TenantId tenantId();

    /** The kind of aggregate, e.g. {@code order} or {@code reservation}. */
    String aggregateType();

    /** The identifier of the aggregate within its tenant and type. */
    String aggregateId();

    /** The position of the event in its aggregate's history, starting at 1. */
    long sequence();

    /** When the event happened, by the injected clock. */
    Instant occurredAt();

    /** The published name and schema revision of this kind of event. */
    EventType type();
}
