package dev.orderan.jdbc;

import dev.orderan.core.store.ProcessedEvents;
import dev.orderan.core.store.Transaction;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The events each consumer applied, in {@code processed_events}, marked in the consumer's
 * transaction with {@code INSERT ... ON CONFLICT DO NOTHING}: one row inserted means first time.
 * Two deliveries of one event racing each other: the second insert waits for the first
 * transaction and then inserts nothing.
 */
final class PostgresProcessedEvents implements ProcessedEvents {

    private final PostgresStore store;
    private final String insert;

    PostgresProcessedEvents(PostgresStore store) {
        this.store = store;
        this.insert = "INSERT INTO " + store.table("processed_events") + " (tenant_id, consumer, event_id)"
                + " VALUES (?, ?, ?) ON CONFLICT (tenant_id, consumer, event_id) DO NOTHING";
    }

    @Override
    public boolean markProcessed(Transaction tx, String consumer, UUID eventId) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(eventId, "eventId");
        try (PreparedStatement ps = t.connection().prepareStatement(insert)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, consumer);
            ps.setObject(3, eventId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("marking event " + eventId + " processed by " + consumer, e);
        }
    }
}
