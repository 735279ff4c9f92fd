package dev.orderan.jdbc;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.jdbc.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends events to the history table and the outbox in the caller's transaction: one batch per
 * table, the same JSON envelope in both.
 */
final class EventRows {

    private final PostgresStore store;
    private final String insert;

    EventRows(PostgresStore store) {
        this.store = store;
        // The history row and the outbox row of an event in one statement, and all of a
        // transaction's events in one batch: one round trip however many events a change has.
        this.insert = "WITH e AS (INSERT INTO " + store.table("events") + " (tenant_id, aggregate_type, aggregate_id, "
                + "sequence, event_id, type, revision, occurred_at, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)) "
                + "INSERT INTO " + store.table("outbox") + " (tenant_id, aggregatetype, aggregateid, "
                + "sequence, id, type, revision, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
    }

    /** Appends the events, already checked to belong to the transaction's tenant and aggregate. */
    void append(Connection c, List<? extends EventEnvelope<?>> envelopes) throws SQLException {
        String[] texts = new String[envelopes.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = store.json().writeEnvelope(envelopes.get(i));
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (int i = 0; i < texts.length; i++) {
                bind(ps, 0, envelopes.get(i), texts[i]);
                bind(ps, 9, envelopes.get(i), texts[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // The nine columns of a history row and of an outbox row, in the same order in both statements.
    private static void bind(PreparedStatement ps, int offset, EventEnvelope<?> e, String text) throws SQLException {
        ps.setString(offset + 1, e.tenantId().value());
        ps.setString(offset + 2, e.aggregateType());
        ps.setString(offset + 3, e.aggregateId());
        ps.setLong(offset + 4, e.sequence());
        ps.setObject(offset + 5, e.eventId());
        ps.setString(offset + 6, e.type().name());
        ps.setInt(offset + 7, e.type().revision());
        Times.set(ps, offset + 8, e.occurredAt());
        ps.setString(offset + 9, text);
    }
}
