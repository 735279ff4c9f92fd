package dev.orderan.jdbc;

import dev.orderan.core.store.DuplicateCommandException;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.core.store.ProcessedCommands;
import dev.orderan.core.store.Transaction;
import dev.orderan.jdbc.internal.Times;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Processed command keys in {@code processed_commands}, keyed by tenant and key. Recording is an
 * {@code INSERT ... ON CONFLICT DO NOTHING}: when another transaction holds the same key
 * uncommitted, PostgreSQL makes this one wait for it; if it commits, no row is inserted here and
 * {@link DuplicateCommandException} tells the service to answer with the winner's result. The
 * transaction stays usable (no error was raised inside it), so the service can read that result in
 * the same transaction.
 */
final class PostgresProcessedCommands implements ProcessedCommands {

    private final PostgresStore store;
    private final String find;
    private final String insert;
    private final String purge;

    PostgresProcessedCommands(PostgresStore store) {
        this.store = store;
        String table = store.table("processed_commands");
        this.find = "SELECT fingerprint, aggregate_type, aggregate_id, version, processed_at, processed_at_nanos FROM "
                + table + " WHERE tenant_id = ? AND command_key = ?";
        this.insert = "INSERT INTO " + table + " (tenant_id, command_key, fingerprint, aggregate_type, aggregate_id,"
                + " version, processed_at, processed_at_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, command_key) DO NOTHING";
        // Exactly "before the cutoff": earlier microsecond, or the same microsecond and fewer nanoseconds.
        this.purge = "DELETE FROM " + table + " WHERE processed_at < ? OR (processed_at = ? AND processed_at_nanos < ?)";
    }

    @Override
    public Optional<ProcessedCommand> find(Transaction tx, String key) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(key, "key");
        try (PreparedStatement ps = t.connection().prepareStatement(find)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant at = Times.get(rs, "processed_at");
                return Optional.of(new ProcessedCommand(key, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), Instant.ofEpochSecond(at.getEpochSecond(), rs.getInt(6))));
            }
        } catch (SQLException e) {
            throw new DatabaseException("finding processed command " + key, e);
        }
    }

    @Override
    public void record(Transaction tx, ProcessedCommand command) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(command, "command");
        int rows;
        try (PreparedStatement ps = t.connection().prepareStatement(insert)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, command.key());
            ps.setString(3, command.fingerprint());
            ps.setString(4, command.aggregateType());
            ps.setString(5, command.aggregateId());
            ps.setLong(6, command.version());
            Times.set(ps, 7, command.processedAt());
            ps.setInt(8, command.processedAt().getNano());
            rows = ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("recording processed command " + command.key(), e);
        }
        if (rows == 0) {
            throw new DuplicateCommandException(command.key());
        }
    }

    @Override
    public long purgeProcessedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return store.withConnection("purging processed commands", c -> {
            try (PreparedStatement ps = c.prepareStatement(purge)) {
                Times.set(ps, 1, cutoff);
                Times.set(ps, 2, cutoff);
                ps.setInt(3, cutoff.getNano());
                return (long) ps.executeUpdate();
            }
        });
    }
}
