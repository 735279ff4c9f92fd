package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import dev.orderan.json.EventJson;
import dev.orderan.json.OrderanJson;
import dev.orderan.testkit.contract.AggregateStoreContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generic aggregate store contract, run against PostgreSQL with an aggregate type of a host's
 * own: a stamp card whose events count stamps, its state and its events in the host's JSON.
 */
class PostgresAggregateStoreTest extends AggregateStoreContract<PostgresAggregateStoreTest.StampCard,
        PostgresAggregateStoreTest.Stamped> {

    static final String TYPE = "stamp-card";

    record StampCard(TenantId tenant, String id, long stamps) {
    }

    record Stamped(TenantId tenantId, String aggregateId, long sequence, Instant occurredAt) implements DomainEvent {
        static final EventType EVENT_TYPE = EventType.of("stamp-card.stamped");

        @Override
        public String aggregateType() {
            return TYPE;
        }

        @Override
        public EventType type() {
            return EVENT_TYPE;
        }
    }

    static final EventJson<Stamped> STAMPED = new EventJson<>() {
        @Override
        public EventType type() {
            return Stamped.EVENT_TYPE;
        }

        @Override
        public Class<Stamped> eventClass() {
            return Stamped.class;
        }

        @Override
        public void write(Stamped event, ObjectNode data) {
            // Everything a stamp says is in the header.
        }

        @Override
        public Stamped read(EventHeader h, JsonNode data) {
            if (!data.isEmpty()) {
                throw new IllegalArgumentException("a stamp carries no data");
            }
            return new Stamped(h.tenant(), h.aggregateId(), h.sequence(), h.occurredAt());
        }
    };

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static String write(StampCard card) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("tenant", card.tenant().value());
        o.put("id", card.id());
        o.put("stamps", card.stamps());
        return o.toString();
    }

    static StampCard read(String json) {
        JsonNode o = MAPPER.readTree(json);
        return new StampCard(TenantId.of(o.get("tenant").asString()), o.get("id").asString(), o.get("stamps").asLong());
    }

    private PostgresStore store;

    @Override
    protected AggregateSubject<StampCard, Stamped> newAggregateSubject() {
        TestDatabase.emptyStore();
        store = PostgresStore.builder().dataSource(TestDatabase.dataSource()).schema(TestDatabase.SCHEMA).migrate(false)
                .json(OrderanJson.withEvents(STAMPED)).build();
        return new AggregateSubject<>(store, store.aggregates(TYPE, Stamped.class, PostgresAggregateStoreTest::write,
                PostgresAggregateStoreTest::read), store.outbox());
    }

    @Override
    protected StampCard stateAt(TenantId tenant, String aggregateId, long version) {
        return new StampCard(tenant, aggregateId, version);
    }

    @Override
    protected Stamped eventAt(TenantId tenant, String aggregateId, long sequence) {
        return new Stamped(tenant, aggregateId, sequence, T0.plusSeconds(sequence));
    }

    @Test
    void aStoreForANamelessTypeOrWithoutCodecsIsRefusedNamingTheArgument() {
        assertEquals("aggregateType: must not be blank", assertThrows(IllegalArgumentException.class,
                () -> store.aggregates(" ", Stamped.class, PostgresAggregateStoreTest::write,
                        PostgresAggregateStoreTest::read)).getMessage());
        assertEquals("readState", assertThrows(NullPointerException.class,
                () -> store.aggregates(TYPE, Stamped.class, PostgresAggregateStoreTest::write, null)).getMessage());
    }
}
