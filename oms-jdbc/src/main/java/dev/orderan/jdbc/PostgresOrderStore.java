package dev.orderan.jdbc;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderSnapshot;
import dev.orderan.core.order.OrderStore;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.Versioned;
import dev.orderan.jdbc.internal.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders in PostgreSQL: a row per order in {@code orders} with the columns queries and reports need
 * and the snapshot (without personal data) as JSONB, the personal data in
 * {@code order_personal_data}, the events in {@code events} and {@code outbox}, all written in the
 * caller's transaction. The version check is the {@code WHERE version = ?} of the update (or the
 * primary key of the insert, for a new order): of two writers that read the same version, the
 * second's statement waits for the first to commit and then changes no row.
 */
final class PostgresOrderStore implements OrderStore {

    private final PostgresStore store;
    private final EventRows events;
    private final String insertOrder;
    private final String updateOrder;
    private final String selectVersion;
    private final String selectOrder;
    private final String selectEvents;
    private final String selectPlacedSince;
    private final String selectOverdue;

    PostgresOrderStore(PostgresStore store) {
        this.store = store;
        this.events = new EventRows(store);
        String orders = store.table("orders");
        String personal = store.table("order_personal_data");
        String columns = "version, order_type, lifecycle, status, channel, customer_id, payment_method, placed_at, "
                + "updated_at, awaiting_payment, payment_deadline, currency, grand_total_minor, amount_paid_minor, "
                + "amount_refunded_minor, amount_due_minor, snapshot";
        // One round trip each: the personal data row is written by the same statement as the order row
        // (a data-modifying WITH), and on update only when it changed, so ordinary status changes do
        // not rewrite it.
        this.insertOrder = "WITH o AS (INSERT INTO " + orders + " (tenant_id, order_id, " + columns + ") VALUES (?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (tenant_id, order_id) DO NOTHING "
                + "RETURNING tenant_id, order_id) "
                + "INSERT INTO " + personal + " (tenant_id, order_id, erased, data) "
                + "SELECT tenant_id, order_id, ?, ?::jsonb FROM o";
        this.updateOrder = "WITH p AS (UPDATE " + personal + " SET erased = ?, data = ?::jsonb "
                + "WHERE tenant_id = ? AND order_id = ? AND (erased <> ? OR data <> ?::jsonb)) "
                + "UPDATE " + orders + " SET version = ?, order_type = ?, lifecycle = ?, status = ?, "
                + "channel = ?, customer_id = ?, payment_method = ?, placed_at = ?, updated_at = ?, "
                + "awaiting_payment = ?, payment_deadline = ?, currency = ?, grand_total_minor = ?, "
                + "amount_paid_minor = ?, amount_refunded_minor = ?, amount_due_minor = ?, snapshot = ?::jsonb "
                + "WHERE tenant_id = ? AND order_id = ? AND version = ?";
        this.selectVersion = "SELECT version FROM " + orders + " WHERE tenant_id = ? AND order_id = ?";
        this.selectOrder = "SELECT o.snapshot, p.data FROM " + orders + " o JOIN " + personal
                + " p ON p.tenant_id = o.tenant_id AND p.order_id = o.order_id WHERE o.tenant_id = ? AND o.order_id = ?";
        this.selectEvents = "SELECT envelope FROM " + store.table("events")
                + " WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ? ORDER BY sequence";
        this.selectPlacedSince = "SELECT o.snapshot, p.data FROM " + orders + " o JOIN " + personal
                + " p ON p.tenant_id = o.tenant_id AND p.order_id = o.order_id"
                + " WHERE o.tenant_id = ? AND o.customer_id = ? AND o.placed_at >= ? ORDER BY o.placed_at DESC";
        this.selectOverdue = "SELECT order_id FROM " + orders + " WHERE tenant_id = ? AND awaiting_payment"
                + " AND payment_deadline IS NOT NULL AND payment_deadline < ? ORDER BY payment_deadline, order_id LIMIT ?";
    }

    @Override
    public String aggregateType() {
        return OrderEvent.AGGREGATE_TYPE;
    }

    @Override
    public Optional<Versioned<Order>> load(Transaction tx, String aggregateId) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        try (PreparedStatement ps = t.connection().prepareStatement(selectOrder)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Order o = order(rs);
                return Optional.of(new Versioned<>(o, o.version()));
            }
        } catch (SQLException e) {
            throw new DatabaseException("loading order " + t.tenant() + "/" + aggregateId, e);
        }
    }

    private Order order(ResultSet rs) throws SQLException {
        OrderSnapshot s = store.json().readSnapshot(rs.getString(1), store.json().readPersonalData(rs.getString(2)));
        return Order.restore(s);
    }

    @Override
    public List<EventEnvelope<OrderEvent>> events(Transaction tx, String aggregateId) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        List<EventEnvelope<OrderEvent>> out = new ArrayList<>();
        try (PreparedStatement ps = t.connection().prepareStatement(selectEvents)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, OrderEvent.AGGREGATE_TYPE);
            ps.setString(3, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(orderEnvelope(store.json().readEnvelope(rs.getString(1))));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading the events of order " + t.tenant() + "/" + aggregateId, e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static EventEnvelope<OrderEvent> orderEnvelope(EventEnvelope<DomainEvent> e) {
        if (!(e.event() instanceof OrderEvent)) {
            throw new IllegalStateException("the order history holds a " + e.type() + " event: " + e);
        }
        return (EventEnvelope<OrderEvent>) (EventEnvelope<?>) e;
    }

    @Override
    public void save(Transaction tx, String aggregateId, long expectedVersion, Order state,
            List<EventEnvelope<OrderEvent>> newEvents) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(state, "state");
        if (newEvents.isEmpty()) {
            throw new IllegalArgumentException("newEvents: must not be empty");
        }
        for (int i = 0; i < newEvents.size(); i++) {
            DomainEvent e = newEvents.get(i).event();
            if (!e.tenantId().equals(t.tenant()) || !e.aggregateType().equals(OrderEvent.AGGREGATE_TYPE)
                    || !e.aggregateId().equals(aggregateId) || e.sequence() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("newEvents[" + i + "]: must belong to " + t.tenant() + "/order/"
                        + aggregateId + " with sequence " + (expectedVersion + 1 + i) + ", was " + e.tenantId() + "/"
                        + e.aggregateType() + "/" + e.aggregateId() + "#" + e.sequence());
            }
        }
        if (!state.tenantId().equals(t.tenant()) || !state.id().value().equals(aggregateId)) {
            throw new IllegalArgumentException("state: order " + state.ref() + " is not " + t.tenant() + "/" + aggregateId);
        }
        if (state.version() != expectedVersion + newEvents.size()) {
            throw new IllegalArgumentException("state: version " + state.version() + " does not follow "
                    + expectedVersion + " plus " + newEvents.size() + " events");
        }
        OrderSnapshot s = state.snapshot();
        String snapshot = store.json().writeSnapshotWithoutPersonalData(s);
        String personal = store.json().writePersonalData(s.personalData());
        Connection c = t.connection();
        try {
            int rows;
            boolean erased = s.personalData().erased();
            if (expectedVersion == 0) {
                try (PreparedStatement ps = c.prepareStatement(insertOrder)) {
                    ps.setString(1, t.tenant().value());
                    ps.setString(2, aggregateId);
                    int next = columns(ps, 3, state, snapshot);
                    ps.setBoolean(next, erased);
                    ps.setString(next + 1, personal);
                    rows = ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(updateOrder)) {
                    ps.setBoolean(1, erased);
                    ps.setString(2, personal);
                    ps.setString(3, t.tenant().value());
                    ps.setString(4, aggregateId);
                    ps.setBoolean(5, erased);
                    ps.setString(6, personal);
                    int next = columns(ps, 7, state, snapshot);
                    ps.setString(next, t.tenant().value());
                    ps.setString(next + 1, aggregateId);
                    ps.setLong(next + 2, expectedVersion);
                    rows = ps.executeUpdate();
                }
            }
            if (rows == 0) {
                throw conflict(t, aggregateId, expectedVersion, c);
            }
            events.append(c, newEvents);
        } catch (SQLException e) {
            throw new DatabaseException("saving order " + t.tenant() + "/" + aggregateId, e);
        }
    }

    /** Sets the order's columns from {@code index} on; returns the next index. */
    private static int columns(PreparedStatement ps, int index, Order o, String snapshot) throws SQLException {
        int i = index;
        ps.setLong(i++, o.version());
        ps.setString(i++, o.type().name());
        ps.setString(i++, o.lifecycle());
        ps.setString(i++, o.status().name());
        ps.setString(i++, o.channel().name());
        ps.setString(i++, o.customerId().value());
        ps.setString(i++, o.paymentMethod().name());
        Times.set(ps, i++, o.placedAt());
        Times.set(ps, i++, o.updatedAt());
        ps.setBoolean(i++, o.isAwaitingPayment());
        Times.set(ps, i++, o.paymentDeadline().orElse(null));
        ps.setString(i++, o.grandTotal().currency().getCurrencyCode());
        ps.setLong(i++, o.grandTotal().minor());
        ps.setLong(i++, o.amountPaid().minor());
        ps.setLong(i++, o.amountRefunded().minor());
        ps.setLong(i++, o.amountDue().minor());
        ps.setString(i++, snapshot);
        return i;
    }

    private ConcurrentModificationException conflict(PostgresTransaction t, String aggregateId, long expected,
            Connection c) throws SQLException {
        long actual = 0;
        try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    actual = rs.getLong(1);
                }
            }
        }
        return new ConcurrentModificationException("order " + t.tenant() + "/" + aggregateId, expected, actual);
    }

    @Override
    public List<Order> placedSince(Transaction tx, CustomerId customer, Instant since) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(since, "since");
        List<Order> out = new ArrayList<>();
        try (PreparedStatement ps = t.connection().prepareStatement(selectPlacedSince)) {
            ps.setString(1, t.tenant().value());
            ps.setString(2, customer.value());
            Times.set(ps, 3, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Order o = order(rs);
                    // The column is cut to the microsecond; the snapshot has the exact time.
                    if (!o.placedAt().isBefore(since)) {
                        out.add(o);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("finding orders of customer " + customer, e);
        }
        out.sort(Comparator.comparing(Order::placedAt).reversed());
        return out;
    }

    @Override
    public List<OrderId> paymentOverdue(Transaction tx, Instant now, int limit) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(now, "now");
        if (limit < 0) {
            throw new IllegalArgumentException("limit: must not be negative, was " + limit);
        }
        List<OrderId> out = new ArrayList<>();
        try (PreparedStatement ps = t.connection().prepareStatement(selectOverdue)) {
            ps.setString(1, t.tenant().value());
            Times.set(ps, 2, now);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(OrderId.of(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("finding overdue payments", e);
        }
        return out;
    }
}
