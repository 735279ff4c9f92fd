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
    private final String insertEvent;
    private final String insertOutbox;

    EventRows(PostgresStore store) {
        this.store = store;
        this.insertEvent = "INSERT INTO " + store.table("events") + " (tenant_id, aggregate_type, aggregate_id, "
                + "sequence, event_id, type, revision, occurred_at, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        this.insertOutbox = "INSERT INTO " + store.table("outbox") + " (tenant_id, id, aggregatetype, aggregateid, "
                + "type, revision, sequence, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
    }

    /** Appends the events, already checked to belong to the transaction's tenant and aggregate. */
    void append(Connection c, List<? extends EventEnvelope<?>> envelopes) throws SQLException {
        String[] texts = new String[envelopes.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = store.json().writeEnvelope(envelopes.get(i));
        }
        try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
            for (int i = 0; i < texts.length; i++) {
                EventEnvelope<?> e = envelopes.get(i);
                ps.setString(1, e.tenantId().value());
                ps.setString(2, e.aggregateType());
                ps.setString(3, e.aggregateId());
                ps.setLong(4, e.sequence());
                ps.setObject(5, e.eventId());
                ps.setString(6, e.type().name());
                ps.setInt(7, e.type().revision());
                Times.set(ps, 8, e.occurredAt());
                ps.setString(9, texts[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(insertOutbox)) {
            for (int i = 0; i < texts.length; i++) {
                EventEnvelope<?> e = envelopes.get(i);
                ps.setString(1, e.tenantId().value());
                ps.setObject(2, e.eventId());
                ps.setString(3, e.aggregateType());
                ps.setString(4, e.aggregateId());
                ps.setString(5, e.type().name());
                ps.setInt(6, e.type().revision());
                ps.setLong(7, e.sequence());
                Times.set(ps, 8, e.occurredAt());
                ps.setString(9, texts[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
