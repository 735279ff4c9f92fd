package dev.orderan.testkit.contract;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import java.time.Instant;

/**
 * The simplest aggregate there is, to run the generic store kit with: a count of what happened to
 * it, one event per step.
 *
 * @param tenant its tenant
 * @param id its id
 * @param count how many events it has had (its version)
 */
record Tally(TenantId tenant, String id, long count) {

    /** The aggregate type. */
    static final String TYPE = "tally";

    /**
     * One more was counted.
     *
     * @param tenantId the tally's tenant
     * @param aggregateId the tally's id
     * @param sequence the new count
     * @param occurredAt when
     */
    record Counted(TenantId tenantId, String aggregateId, long sequence, Instant occurredAt) implements DomainEvent {

        static final EventType EVENT_TYPE = EventType.of("tally.counted");

        @Override
        public String aggregateType() {
            return TYPE;
        }

        @Override
        public EventType type() {
            return EVENT_TYPE;
        }
    }
}
