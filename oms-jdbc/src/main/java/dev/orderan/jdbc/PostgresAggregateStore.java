package dev.orderan.jdbc;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.AggregateStore;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The aggregate store for any aggregate type on PostgreSQL: a row per aggregate in
 * {@code aggregate_states} (version and state as the host's JSON), its events in {@code events} and
 * {@code outbox} in the same transaction, exactly as orders and stock keep theirs. Get one from
 * {@link PostgresStore#aggregates}; the events' JSON form must be known to the store's
 * {@link dev.orderan.json.OrderanJson} ({@code OrderanJson.withEvents}).
 *
 * <p>A save is one conditional statement, {@code INSERT ... ON CONFLICT DO NOTHING} for a new aggregate
 * and {@code UPDATE ... WHERE version = expected} for a known one; no row written means another
 * writer saved first, answered with {@link ConcurrentModificationException} naming both versions.
 *
 * @param <A> the aggregate's state
 * @param <E> its events
 */
public final class PostgresAggregateStore<A, E extends DomainEvent> implements AggregateStore<A, E> {

    private final PostgresStore store;
    private final String aggregateType;
    private final Class<E> eventClass;
    private final Function<A, String> writeState;
    private final Function<String, A> readState;
    private final EventRows events;
    private final String select;
    private final String insert;
    private final String update;
    private final String selectVersion;
    private final String selectEvents;

    PostgresAggregateStore(PostgresStore store, String aggregateType, Class<E> eventClass,
            Function<A, String> writeState, Function<String, A> readState) {
        this.store = store;
        this.aggregateType = aggregateType;
        this.eventClass = eventClass;
        this.writeState = writeState;
        this.readState = readState;
        this.events = new EventRows(store);
        String table = store.table("aggregate_states");
        this.select = "SELECT version, state FROM " + table
                + " WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ?";
        this.insert = "INSERT INTO " + table + " (tenant_id, aggregate_type, aggregate_id, version, state) "
                + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (tenant_id, aggregate_type, aggregate_id) DO NOTHING";
        this.update = "UPDATE " + table + " SET version = ?, state = ?::jsonb, updated_at = now() "
                + "WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ? AND version = ?";
        this.selectVersion = "SELECT version FROM " + table
                + " WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ?";
        this.selectEvents = "SELECT envelope FROM " + store.table("events")
                + " WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ? ORDER BY sequence";
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public Optional<Versioned<A>> load(Transaction tx, String aggregateId) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        try (PreparedStatement ps = t.connection().prepareStatement(select)) {
            key(ps, 1, t, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Versioned<>(readState.apply(rs.getString(2)), rs.getLong(1)));
            }
        } catch (SQLException e) {
            throw new DatabaseException("loading " + aggregateType + " " + t.tenant() + "/" + aggregateId, e);
        }
    }

    @Override
    public List<EventEnvelope<E>> events(Transaction tx, String aggregateId) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        List<EventEnvelope<E>> out = new ArrayList<>();
        try (PreparedStatement ps = t.connection().prepareStatement(selectEvents)) {
            key(ps, 1, t, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(typed(store.json().readEnvelope(rs.getString(1))));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading the events of " + aggregateType + " " + t.tenant() + "/"
                    + aggregateId, e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private EventEnvelope<E> typed(EventEnvelope<DomainEvent> e) {
        if (!eventClass.isInstance(e.event())) {
            throw new IllegalStateException("the history of " + aggregateType + " holds a " + e.type() + " event");
        }
        return (EventEnvelope<E>) (EventEnvelope<?>) e;
    }

    @Override
    public void save(Transaction tx, String aggregateId, long expectedVersion, A state,
            List<EventEnvelope<E>> newEvents) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(newEvents, "newEvents");
        if (newEvents.isEmpty()) {
            throw new IllegalArgumentException("newEvents: must not be empty");
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion: must not be negative, was " + expectedVersion);
        }
        for (int i = 0; i < newEvents.size(); i++) {
            DomainEvent e = newEvents.get(i).event();
            if (!e.tenantId().equals(t.tenant()) || !e.aggregateType().equals(aggregateType)
                    || !e.aggregateId().equals(aggregateId) || e.sequence() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("newEvents[" + i + "]: must belong to " + t.tenant() + "/"
                        + aggregateType + "/" + aggregateId + " with sequence " + (expectedVersion + 1 + i) + ", was "
                        + e.tenantId() + "/" + e.aggregateType() + "/" + e.aggregateId() + "#" + e.sequence());
            }
        }
        long version = expectedVersion + newEvents.size();
        String json = writeState.apply(state);
        Connection c = t.connection();
        try {
            int rows;
            if (expectedVersion == 0) {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    key(ps, 1, t, aggregateId);
                    ps.setLong(4, version);
                    ps.setString(5, json);
                    rows = ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(update)) {
                    ps.setLong(1, version);
                    ps.setString(2, json);
                    key(ps, 3, t, aggregateId);
                    ps.setLong(6, expectedVersion);
                    rows = ps.executeUpdate();
                }
            }
            if (rows == 0) {
                throw new ConcurrentModificationException(aggregateType + " " + t.tenant() + "/" + aggregateId,
                        expectedVersion, currentVersion(c, t, aggregateId));
            }
            events.append(c, newEvents);
        } catch (SQLException e) {
            throw new DatabaseException("saving " + aggregateType + " " + t.tenant() + "/" + aggregateId, e);
        }
    }

    private long currentVersion(Connection c, PostgresTransaction t, String aggregateId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
            key(ps, 1, t, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void key(PreparedStatement ps, int index, PostgresTransaction t, String aggregateId) throws SQLException {
        ps.setString(index, t.tenant().value());
        ps.setString(index + 1, aggregateType);
        ps.setString(index + 2, aggregateId);
    }
}
