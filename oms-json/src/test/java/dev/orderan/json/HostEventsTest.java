package dev.orderan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.event.EventType;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HostEventsTest {

    /** A host's own event: points earned on a loyalty account. */
    record PointsEarned(TenantId tenantId, String aggregateId, long sequence, Instant occurredAt, long points)
            implements DomainEvent {

        static final EventType TYPE = EventType.of("loyalty.points-earned");

        @Override
        public String aggregateType() {
            return "loyalty-account";
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    static final EventJson<PointsEarned> POINTS = new EventJson<>() {
        @Override
        public EventType type() {
            return PointsEarned.TYPE;
        }

        @Override
        public Class<PointsEarned> eventClass() {
            return PointsEarned.class;
        }

        @Override
        public void write(PointsEarned e, ObjectNode data) {
            data.put("points", e.points());
        }

        @Override
        public PointsEarned read(EventHeader h, JsonNode data) {
            JsonNode points = data.get("points");
            if (points == null || !points.isIntegralNumber() || points.asLong() < 0) {
                throw new IllegalArgumentException("points: must be a whole number of at least 0");
            }
            return new PointsEarned(h.tenant(), h.aggregateId(), h.sequence(), h.occurredAt(), points.asLong());
        }
    };

    static final Instant AT = Instant.parse("2026-12-06T03:00:00Z");
    final OrderanJson json = OrderanJson.withEvents(POINTS);

    @Test
    void aHostEventTravelsInOrderansEnvelopeAndReadsBackEqual() {
        EventEnvelope<PointsEarned> envelope = new EventEnvelope<>(EventIds.timeOrdered(AT),
                new PointsEarned(TenantId.of("toko-a"), "LA-7", 3, AT, 150),
                new EventMetadata(Optional.of("cmd-1"), "corr-1", Optional.empty()));

        String text = json.writeEnvelope(envelope);

        assertTrue(text.contains("\"type\":\"loyalty.points-earned\""), text);
        assertTrue(text.contains("\"data\":{\"points\":150}"), text);
        assertEquals(envelope, json.readEnvelope(text));
        assertTrue(json.eventTypes().contains(PointsEarned.TYPE));
    }

    @Test
    void dataTheHostRefusesIsReportedAtTheDataPath() {
        String text = json.writeEnvelope(new EventEnvelope<>(EventIds.timeOrdered(AT),
                new PointsEarned(TenantId.of("toko-a"), "LA-7", 1, AT, 5),
                new EventMetadata(Optional.empty(), "corr-1", Optional.empty()))).replace("\"points\":5", "\"points\":-5");

        JsonInputException e = assertThrows(JsonInputException.class, () -> json.readEnvelope(text));

        assertEquals("$.data", e.path());
        assertTrue(e.getMessage().contains("points: must be a whole number"), e.getMessage());
    }

    @Test
    void withoutItsCodecAHostEventIsNeitherWrittenNorRead() {
        EventEnvelope<PointsEarned> envelope = new EventEnvelope<>(EventIds.timeOrdered(AT),
                new PointsEarned(TenantId.of("toko-a"), "LA-7", 1, AT, 5),
                new EventMetadata(Optional.empty(), "corr-1", Optional.empty()));
        String text = json.writeEnvelope(envelope);
        OrderanJson plain = new OrderanJson();

        assertThrows(IllegalArgumentException.class, () -> plain.writeEnvelope(envelope));
        assertEquals("$.type", assertThrows(JsonInputException.class, () -> plain.readEnvelope(text)).path());
    }

    @Test
    void aCodecForATypeOrClassThatAlreadyHasOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderanJson.withEvents(POINTS, POINTS));
        EventJson<PointsEarned> clash = new EventJson<>() {
            @Override
            public EventType type() {
                return EventType.of("order.placed");
            }

            @Override
            public Class<PointsEarned> eventClass() {
                return PointsEarned.class;
            }

            @Override
            public void write(PointsEarned e, ObjectNode data) {
            }

            @Override
            public PointsEarned read(EventHeader h, JsonNode data) {
                return null;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> OrderanJson.withEvents(clash));
    }
}
