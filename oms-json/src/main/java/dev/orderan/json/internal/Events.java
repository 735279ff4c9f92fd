package dev.orderan.json.internal;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.event.EventType;
import dev.orderan.json.EventJson;
import dev.orderan.json.JsonInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event codec, found by event type name and revision (reading) or by Java class (writing),
 * and the header and envelope around each event's data.
 */
public final class Events {

    private final Map<String, Map<Integer, EventCodec<?>>> byName = new HashMap<>();
    private final Map<Class<?>, EventCodec<?>> byClass = new HashMap<>();

    /** The codecs of every order, inventory and packing event, and of the host's own event types. */
    public Events(List<EventJson<?>> hostEvents) {
        List<EventCodec<?>> all = new ArrayList<>(OrderEventCodecs.all());
        all.addAll(InventoryEventCodecs.all());
        for (EventCodec<?> c : all) {
            if (!add(c)) {
                throw new IllegalStateException("two codecs for " + c.type() + " / " + c.javaType().getName());
            }
        }
        for (int i = 0; i < hostEvents.size(); i++) {
            EventCodec<?> c = codec(hostEvents.get(i));
            if (!add(c)) {
                throw new IllegalArgumentException("hostEvents[" + i + "]: " + c.type() + " or "
                        + c.javaType().getName() + " already has a JSON form");
            }
        }
    }

    private boolean add(EventCodec<?> c) {
        Map<Integer, EventCodec<?>> revisions = byName.computeIfAbsent(c.type().name(), n -> new HashMap<>());
        if (revisions.containsKey(c.type().revision()) || byClass.containsKey(c.javaType())) {
            return false;
        }
        revisions.put(c.type().revision(), c);
        byClass.put(c.javaType(), c);
        return true;
    }

    private static <E extends DomainEvent> EventCodec<E> codec(EventJson<E> host) {
        EventType type = Objects.requireNonNull(host.type(), "type");
        Class<E> cls = Objects.requireNonNull(host.eventClass(), "eventClass");
        return new EventCodec<>(type, cls, host::write, (h, data) -> host.read(new EventJson.EventHeader(h.tenant(),
                h.aggregateType(), h.aggregateId(), h.sequence(), h.occurredAt()), data.rest()));
    }

    /** The event types and revisions that can be read and written. */
    public Set<EventType> types() {
        Set<EventType> out = new LinkedHashSet<>();
        byClass.values().forEach(c -> out.add(c.type()));
        return Collections.unmodifiableSet(out);
    }

    /** The header and data of an event. */
    public ObjectNode writeEvent(DomainEvent e) {
        ObjectNode o = Out.object();
        header(o, e);
        return o;
    }

    /** The envelope: the event id first, then the event's header, its metadata and its data. */
    public ObjectNode writeEnvelope(EventEnvelope<?> envelope) {
        ObjectNode o = Out.object();
        o.put("eventId", envelope.eventId().toString());
        header(o, envelope.event());
        ObjectNode m = Out.object();
        Out.text(m, "commandId", envelope.metadata().commandId());
        m.put("correlationId", envelope.metadata().correlationId());
        Out.text(m, "causationId", envelope.metadata().causationId());
        // Metadata before data keeps the small fields together at the top of a stored document.
        ObjectNode data = (ObjectNode) o.remove("data");
        o.set("metadata", m);
        o.set("data", data);
        return o;
    }

    private void header(ObjectNode o, DomainEvent e) {
        EventCodec<?> codec = byClass.get(e.getClass());
        if (codec == null) {
            throw new IllegalArgumentException("event: no JSON form for " + e.getClass().getName() + " (" + e.type()
                    + ")");
        }
        if (!codec.type().equals(e.type())) {
            throw new IllegalStateException("event " + e.getClass().getName() + " says " + e.type()
                    + " but its JSON form is " + codec.type());
        }
        o.put("type", e.type().name());
        o.put("revision", e.type().revision());
        o.put("tenant", e.tenantId().value());
        o.put("aggregateType", e.aggregateType());
        o.put("aggregateId", e.aggregateId());
        o.put("sequence", e.sequence());
        o.put("occurredAt", e.occurredAt().toString());
        ObjectNode data = o.putObject("data");
        codec.write(e, data);
    }

    /** Reads an event written by {@link #writeEvent}. */
    public DomainEvent readEvent(JsonNode node) {
        return In.root(node, this::event);
    }

    /** Reads an envelope written by {@link #writeEnvelope}. */
    public EventEnvelope<DomainEvent> readEnvelope(JsonNode node) {
        return In.root(node, in -> {
            UUID id = in.uuid("eventId");
            DomainEvent event = event(in);
            EventMetadata metadata = in.object("metadata", m -> new EventMetadata(m.optionalText("commandId"),
                    m.text("correlationId"), m.optionalText("causationId")));
            return new EventEnvelope<>(id, event, metadata);
        });
    }

    private DomainEvent event(In in) {
        String name = in.text("type");
        Map<Integer, EventCodec<?>> revisions = byName.get(name);
        if (revisions == null) {
            throw new JsonInputException(in.pathOf("type"), "'" + name + "' is not a known event type");
        }
        int revision = in.intValue("revision");
        EventCodec<?> codec = revisions.get(revision);
        if (codec == null) {
            throw new JsonInputException(in.pathOf("revision"), name + " revision " + revision
                    + " is not known; known: " + revisions.keySet());
        }
        TenantId tenant = in.value("tenant", TenantId::of);
        String aggregateType = in.text("aggregateType");
        String aggregateId = in.text("aggregateId");
        long sequence = in.longValue("sequence");
        if (sequence < 1) {
            throw new JsonInputException(in.pathOf("sequence"), "must be at least 1, was " + sequence);
        }
        Instant at = in.instant("occurredAt");
        EventCodec.Header h = new EventCodec.Header(in, tenant, aggregateType, aggregateId, sequence, at);
        DomainEvent e = in.object("data", d -> codec.read(h, d));
        // The header repeats what the event derives from its data; a document where they differ is refused.
        check(in, "aggregateType", aggregateType, e.aggregateType());
        check(in, "aggregateId", aggregateId, e.aggregateId());
        check(in, "sequence", sequence, e.sequence());
        check(in, "occurredAt", at, e.occurredAt());
        check(in, "tenant", tenant, e.tenantId());
        return e;
    }

    private static void check(In in, String field, Object header, Object derived) {
        if (!Objects.equals(header, derived)) {
            throw new JsonInputException(in.pathOf(field), "'" + header + "' does not match the event's data, which gives '"
                    + derived + "'");
        }
    }

    /** The codec of an event type, if known. */
    public Optional<EventType> typeOf(Class<?> eventClass) {
        EventCodec<?> c = byClass.get(eventClass);
        return c == null ? Optional.empty() : Optional.of(c.type());
    }
}
