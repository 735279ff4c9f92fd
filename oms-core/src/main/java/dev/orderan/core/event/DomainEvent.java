package dev.orderan.core.event;

import dev.orderan.core.common.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate. Every aggregate has a sealed sub-interface of its own
 * whose implementations are immutable records.
 *
 * <p>Events are numbered per aggregate from 1 without gaps; the number doubles as the aggregate's
 * version after the event. The event id is derived from tenant, aggregate type, aggregate id and
 * sequence number, so an event re-created by a retried command or by a replay has the same id, and consumers
 * can deduplicate by it.
 */
public interface DomainEvent {

    /** The tenant whose aggregate this event belongs to. */
    TenantId tenantId();

    /** The kind of aggregate, e.g. {@code order}. */
    String aggregateType();

    /** The identifier of the aggregate the event belongs to. */
    String aggregateId();

    /** The position of the event in its aggregate's history, starting at 1. */
    long sequence();

    /** When the event happened, by the injected clock. */
    Instant occurredAt();

    /** A globally unique, deterministic identifier of this event. */
    default UUID eventId() {
        return eventId(tenantId(), aggregateType(), aggregateId(), sequence());
    }

    /** The deterministic event id for a tenant, aggregate type, aggregate id and sequence number. */
    static UUID eventId(TenantId tenant, String aggregateType, String aggregateId, long sequence) {
        String name = tenant.value() + '\u0000' + aggregateType + '\u0000' + aggregateId + '\u0000' + sequence;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
