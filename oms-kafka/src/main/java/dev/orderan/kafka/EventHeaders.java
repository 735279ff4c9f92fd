package dev.orderan.kafka;

/**
 * The headers {@link KafkaEventPublisher} puts on every record, each a UTF-8 string. They repeat
 * what the envelope in the value says, so routers and filters can act without parsing the value.
 */
public final class EventHeaders {

    /** The event id, a UUID: the key consumers deduplicate by. */
    public static final String EVENT_ID = "orderan-event-id";

    /** The event's published type, e.g. {@code order.placed}. */
    public static final String EVENT_TYPE = "orderan-event-type";

    /** The schema revision of the event type, e.g. {@code 1}. */
    public static final String EVENT_REVISION = "orderan-event-revision";

    /** The tenant of the aggregate. */
    public static final String TENANT = "orderan-tenant";

    /** The aggregate type, e.g. {@code order}. */
    public static final String AGGREGATE_TYPE = "orderan-aggregate-type";

    /** The event's position in its aggregate's history, from 1. */
    public static final String SEQUENCE = "orderan-sequence";

    /** The id shared by everything one outside request set off, for tracing across services. */
    public static final String CORRELATION_ID = "orderan-correlation-id";

    private EventHeaders() {
    }
}
