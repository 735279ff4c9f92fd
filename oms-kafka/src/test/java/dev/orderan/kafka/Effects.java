package dev.orderan.kafka;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Transaction;
import dev.orderan.jdbc.PostgresTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A consumer's effect that can be counted: one row per event in {@code kafka_test.effects}, whose
 * {@code applications} goes up each time the effect runs for the event again. Written through the
 * consumer's transaction, so it commits with the processed-event mark or not at all.
 */
final class Effects {

    private Effects() {
    }

    /** Creates the table when missing and forgets the effects of {@code consumer}. */
    static void reset(String consumer) {
        TestDatabase.sql("CREATE SCHEMA IF NOT EXISTS kafka_test");
        TestDatabase.sql("CREATE TABLE IF NOT EXISTS kafka_test.effects (consumer text NOT NULL, event_id uuid NOT NULL,"
                + " aggregate_id text NOT NULL, sequence bigint NOT NULL, applications integer NOT NULL,"
                + " applied_order bigserial, PRIMARY KEY (consumer, event_id))");
        TestDatabase.sql("DELETE FROM kafka_test.effects WHERE consumer = '" + consumer + "'");
    }

    /** The effect of {@code consumer}. */
    static BiConsumer<Transaction, EventEnvelope<?>> handler(String consumer) {
        return (tx, e) -> {
            Connection c = ((PostgresTransaction) tx).connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kafka_test.effects"
                    + " (consumer, event_id, aggregate_id, sequence, applications) VALUES (?, ?, ?, ?, 1)"
                    + " ON CONFLICT (consumer, event_id) DO UPDATE SET applications = effects.applications + 1")) {
                ps.setString(1, consumer);
                ps.setObject(2, e.eventId());
                ps.setString(3, e.aggregateId());
                ps.setLong(4, e.sequence());
                ps.executeUpdate();
            } catch (SQLException x) {
                throw new IllegalStateException(x);
            }
        };
    }

    /** How many times the effect ran for each event. */
    static Map<UUID, Integer> applications(String consumer) {
        Map<UUID, Integer> out = new HashMap<>();
        query("SELECT event_id, applications FROM kafka_test.effects WHERE consumer = ?", consumer,
                rs -> out.put(rs.getObject(1, UUID.class), rs.getInt(2)));
        return out;
    }

    /** The sequences of each aggregate in the order the effects were applied. */
    static Map<String, List<Long>> appliedSequences(String consumer) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        query("SELECT aggregate_id, sequence FROM kafka_test.effects WHERE consumer = ? ORDER BY applied_order",
                consumer, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return out;
    }

    static int count(String consumer) {
        int[] n = {0};
        query("SELECT count(*) FROM kafka_test.effects WHERE consumer = ?", consumer, rs -> n[0] = rs.getInt(1));
        return n[0];
    }

    /** The ids of every event in Orderan's event table. */
    static Map<UUID, String> recordedEvents() {
        Map<UUID, String> out = new HashMap<>();
        try (Connection c = TestDatabase.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT event_id, aggregate_id FROM "
                        + TestDatabase.SCHEMA + ".events");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, String consumer, Row row) {
        try (Connection c = TestDatabase.pool().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
