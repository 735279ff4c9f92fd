package dev.orderan.jdbc;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.jdbc.internal.Times;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The outbox table shared by every tenant. A claim is one short transaction of its own:
 * <ol>
 *   <li>select, in position order, rows without a live lease that have no earlier row of their
 *       aggregate under a live lease, {@code FOR UPDATE SKIP LOCKED} so that relays claiming at the
 *       same time take different rows without waiting for each other;</li>
 *   <li>drop every selected row that has an earlier unacknowledged row of its aggregate this claim
 *       did not select (another relay is claiming that one right now, so its lock made this claim
 *       skip it): an aggregate's events are never handed to two relays at once;</li>
 *   <li>set the relay, the lease end and the attempt count on the rows kept.</li>
 * </ol>
 * Acknowledging deletes the rows the relay still holds; releasing clears their claim. Positions
 * come from an identity column: increasing in insert order, with gaps, and only per aggregate also
 * in commit order (an aggregate's writes are serialized by its row in the aggregate's table).
 */
final class PostgresOutbox implements Outbox {

    private final PostgresStore store;
    private final String select;
    private final String earlier;
    private final String claim;
    private final String acknowledge;
    private final String release;
    private final String pending;

    PostgresOutbox(PostgresStore store) {
        this.store = store;
        String outbox = store.table("outbox");
        this.select = "SELECT o.tenant_id, o.position, o.aggregatetype, o.aggregateid, o.attempts, o.payload FROM "
                + outbox + " o WHERE (o.lease_until IS NULL OR o.lease_until <= ?) AND NOT EXISTS (SELECT 1 FROM "
                + outbox + " e WHERE e.tenant_id = o.tenant_id AND e.aggregatetype = o.aggregatetype"
                + " AND e.aggregateid = o.aggregateid AND e.position < o.position AND e.lease_until > ?)"
                + " ORDER BY o.position LIMIT ? FOR UPDATE OF o SKIP LOCKED";
        this.earlier = "SELECT e.tenant_id, e.aggregatetype, e.aggregateid, e.position FROM " + outbox + " e"
                + " JOIN unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) AS a(tenant_id, aggregatetype, aggregateid, last)"
                + " ON e.tenant_id = a.tenant_id AND e.aggregatetype = a.aggregatetype AND e.aggregateid = a.aggregateid"
                + " AND e.position < a.last";
        this.claim = "UPDATE " + outbox + " SET claimed_by = ?, lease_until = ?, attempts = attempts + 1"
                + " WHERE tenant_id = ? AND position = ?";
        this.acknowledge = "DELETE FROM " + outbox + " WHERE tenant_id = ? AND position = ? AND claimed_by = ?";
        this.release = "UPDATE " + outbox + " SET claimed_by = NULL, lease_until = NULL"
                + " WHERE tenant_id = ? AND position = ? AND claimed_by = ?";
        this.pending = "SELECT count(*) FROM " + outbox;
    }

    private record Row(String tenant, long position, String aggregateType, String aggregateId, int attempts,
            String payload) {
        String aggregateKey() {
            return tenant + '\u0000' + aggregateType + '\u0000' + aggregateId;
        }
    }

    @Override
    public List<OutboxEntry> claim(String relayId, int max, Instant now, Duration lease) {
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1) {
            throw new IllegalArgumentException("max: must be at least 1, was " + max);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease: must be positive, was " + lease);
        }
        Instant until = now.plus(lease);
        // The envelopes are read inside the claim's transaction: a row this version cannot read
        // fails the claim and leaves every row unclaimed, instead of claimed by a relay that never
        // publishes it.
        return store.withConnection("claiming from the outbox", c -> {
            List<Row> selected = select(c, now, max);
            if (selected.isEmpty()) {
                return List.<OutboxEntry>of();
            }
            Set<String> blocked = blockedAggregates(c, selected);
            List<Row> rows = new ArrayList<>(selected.size());
            for (Row r : selected) {
                if (!blocked.contains(r.aggregateKey())) {
                    rows.add(r);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(claim)) {
                for (Row r : rows) {
                    ps.setString(1, relayId);
                    Times.set(ps, 2, until);
                    ps.setString(3, r.tenant());
                    ps.setLong(4, r.position());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<OutboxEntry> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                EventEnvelope<?> envelope = store.json().readEnvelope(r.payload());
                out.add(new OutboxEntry(r.position(), envelope, r.attempts()));
            }
            return out;
        });
    }

    private List<Row> select(Connection c, Instant now, int max) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            Times.set(ps, 1, now);
            Times.set(ps, 2, now);
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /**
     * The aggregates of the selection that have an earlier unacknowledged row this claim did not
     * select: that row is locked by a concurrent claim (or its lease began after this claim's
     * snapshot), so none of the aggregate's rows may be handed out now.
     */
    private Set<String> blockedAggregates(Connection c, List<Row> selected) throws SQLException {
        Map<String, Row> last = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        for (Row r : selected) {
            last.put(r.aggregateKey(), r);
            mine.add(r.position());
        }
        int n = last.size();
        String[] tenants = new String[n];
        String[] types = new String[n];
        String[] ids = new String[n];
        Long[] positions = new Long[n];
        int i = 0;
        for (Row r : last.values()) {
            tenants[i] = r.tenant();
            types[i] = r.aggregateType();
            ids[i] = r.aggregateId();
            positions[i] = r.position();
            i++;
        }
        Set<String> blocked = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(earlier)) {
            Array a1 = c.createArrayOf("text", tenants);
            Array a2 = c.createArrayOf("text", types);
            Array a3 = c.createArrayOf("text", ids);
            Array a4 = c.createArrayOf("bigint", positions);
            ps.setArray(1, a1);
            ps.setArray(2, a2);
            ps.setArray(3, a3);
            ps.setArray(4, a4);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!mine.contains(rs.getLong(4))) {
                        blocked.add(rs.getString(1) + '\u0000' + rs.getString(2) + '\u0000' + rs.getString(3));
                    }
                }
            }
        }
        return blocked;
    }

    @Override
    public void acknowledge(String relayId, List<OutboxEntry> entries) {
        forEachClaimed("acknowledging outbox entries", acknowledge, relayId, entries);
    }

    @Override
    public void release(String relayId, List<OutboxEntry> entries) {
        forEachClaimed("releasing outbox entries", release, relayId, entries);
    }

    /** Runs {@code sql} (parameters: tenant, position, relay) for each entry, in one batch. */
    private void forEachClaimed(String doing, String sql, String relayId, List<OutboxEntry> entries) {
        Objects.requireNonNull(relayId, "relayId");
        if (entries.isEmpty()) {
            return;
        }
        store.withConnection(doing, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (OutboxEntry e : entries) {
                    ps.setString(1, e.envelope().tenantId().value());
                    ps.setLong(2, e.position());
                    ps.setString(3, relayId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long pending() {
        return store.withConnection("counting outbox entries", c -> {
            try (PreparedStatement ps = c.prepareStatement(pending); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
