package dev.orderan.jdbc;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.jdbc.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends events to the history table and the outbox in the caller's transaction: one statement
 * writes an event's two rows, with the same JSON envelope in both, and a change's events go in one
 * batch (or into another statement's {@code WITH}, see {@link #withClauses}).
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

    /**
     * Clauses of a {@code WITH} that append events as part of another statement (saving their own
     * round trip), only when {@code condition} (SQL over the earlier clauses) holds; they take nine
     * parameters, bound by {@link #bindWith}.
     */
    String withClauses(String condition) {
        // Nine arrays of text, one element per event.
        String columns = "tenant_id, x.aggregate_type, x.aggregate_id, x.sequence::bigint, x.event_id::uuid, x.type,"
                + " x.revision::integer, x.occurred_at::timestamptz, x.envelope::jsonb";
        return "ev AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS x (tenant_id, aggregate_type,"
                + " aggregate_id, sequence, event_id, type, revision, occurred_at, envelope, n)),"
                + " eh AS (INSERT INTO " + store.table("events") + " (tenant_id, aggregate_type, aggregate_id,"
                + " sequence, event_id, type, revision, occurred_at, envelope) SELECT x." + columns + " FROM ev x"
                + " WHERE " + condition + " ORDER BY x.n),"
                + " eo AS (INSERT INTO " + store.table("outbox") + " (tenant_id, aggregatetype, aggregateid,"
                + " sequence, id, type, revision, occurred_at, payload) SELECT x." + columns + " FROM ev x"
                + " WHERE " + condition + " ORDER BY x.n)";
    }

    /** Binds the parameters of {@link #withClauses(String)} from {@code first} on. */
    void bindWith(Connection c, PreparedStatement ps, int first, List<? extends EventEnvelope<?>> envelopes)
            throws SQLException {
        int n = envelopes.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            EventEnvelope<?> e = envelopes.get(i);
            columns[0][i] = e.tenantId().value();
            columns[1][i] = e.aggregateType();
            columns[2][i] = e.aggregateId();
            columns[3][i] = Long.toString(e.sequence());
            columns[4][i] = e.eventId().toString();
            columns[5][i] = e.type().name();
            columns[6][i] = Integer.toString(e.type().revision());
            columns[7][i] = OffsetDateTime.ofInstant(Times.micros(e.occurredAt()), ZoneOffset.UTC).toString();
            columns[8][i] = store.json().writeEnvelope(e);
        }
        for (int k = 0; k < 9; k++) {
            ps.setArray(first + k, c.createArrayOf("text", columns[k]));
        }
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
