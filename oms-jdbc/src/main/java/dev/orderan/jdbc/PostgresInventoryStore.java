package dev.orderan.jdbc;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.VerificationReport;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.spi.InventoryStore;
import dev.orderan.inventory.spi.MovementDraft;
import dev.orderan.inventory.spi.MovementResult;
import dev.orderan.inventory.spi.ReservationState;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import dev.orderan.jdbc.internal.Times;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tenant's stock in PostgreSQL, in the transactions of a {@link PostgresStore}: a change made
 * inside an order's transaction commits or rolls back with the order, its events in the same
 * {@code events} and {@code outbox} tables. Get it from {@link PostgresStore#inventory(TenantId)}.
 *
 * <p>Every check-then-write is one conditional statement whose row count is the answer: reserving
 * is {@code UPDATE stock_cells SET reserved = reserved + q WHERE ... AND on_hand - reserved - safety
 * >= q}; a decrease of on hand carries its own condition; a reservation's change is checked by its
 * version. The row a statement changes stays locked until the transaction ends, so units a release
 * gives back are free for others only once it commits. Movements are numbered per tenant from a
 * counter row ({@code stock_ledger_heads}) that the appending transaction holds locked until it
 * ends: numbers have no gaps, and a rolled-back movement's number goes to the next one. Appending
 * movements is therefore one transaction at a time per tenant; reserving and releasing never touch
 * the counter.
 *
 * <p>A change the store runs in a transaction of its own is run again (up to five times in all,
 * after a short random pause that grows with each attempt) when PostgreSQL aborts it as a deadlock
 * victim, which can happen when two changes lock the same cells in opposite orders (two multi-line
 * reservations); inside an order's transaction the failure is the caller's to retry.
 *
 * <p>Why one class of this size: it is the PostgreSQL implementation of one SPI; its parts share the
 * statements and the row mapping.
 */
public final class PostgresInventoryStore implements InventoryStore {

    private static final int RETRIES = 5;

    private final PostgresStore store;
    private final TenantId tenant;

    private final String selectLevel;
    private final String selectLevels;
    private final String selectStocked;
    private final String selectSkus;
    private final String insertCell;
    private final String updateSafety;
    private final String reserve;
    private final String selectAvailable;
    private final String unreserve;
    private final String lockHead;
    private final String setHead;
    private final String selectHead;
    private final String selectIdempotent;
    private final String addOnHand;
    private final String selectCell;
    private final String sell;
    private final String insertMovement;
    private final String selectMovements;
    private final String selectMovementsAfter;
    private final String selectReservations;
    private final String selectVersion;
    private final String selectReservationAhead;
    private final String insertReservation;
    private final String insertReservationAndEvents;
    private final String updateReservation;
    private final String forgetReservation;
    private final String deleteLines;
    private final String deleteHeldAndSold;
    private final String insertLine;
    private final String selectExpired;
    private final String selectSupplies;
    private final String deleteSupply;
    private final String insertSupply;
    private final String insertBackorder;
    private final String selectBackorder;
    private final String nextSequence;
    private final String verify;
    private final String verifyCounts;

    PostgresInventoryStore(PostgresStore store, TenantId tenant) {
        this.store = store;
        this.tenant = tenant;
        String cells = store.table("stock_cells");
        String heads = store.table("stock_ledger_heads");
        String movements = store.table("stock_movements");
        String reservations = store.table("reservations");
        String lines = store.table("reservation_lines");
        String supplies = store.table("inbound_supplies");
        String backorders = store.table("backorders");
        String inbound = "COALESCE((SELECT sum(s.quantity) FROM " + supplies + " s WHERE s.tenant_id = c.tenant_id"
                + " AND s.sku = c.sku AND s.location = c.location), 0)";
        this.selectLevel = "SELECT c.sku, c.location, c.on_hand, c.reserved, c.safety, " + inbound + " FROM " + cells
                + " c WHERE c.tenant_id = ? AND c.sku = ? AND c.location = ?";
        this.selectLevels = "SELECT c.sku, c.location, c.on_hand, c.reserved, c.safety, " + inbound + " FROM " + cells
                + " c WHERE c.tenant_id = ? AND c.sku = ? ORDER BY c.position";
        this.selectStocked = "SELECT 1 FROM " + cells + " WHERE tenant_id = ? AND sku = ? AND location = ?";
        this.selectSkus = "SELECT sku FROM " + cells + " WHERE tenant_id = ? GROUP BY sku ORDER BY min(position)";
        this.insertCell = "INSERT INTO " + cells + " (tenant_id, sku, location) VALUES (?, ?, ?)"
                + " ON CONFLICT (tenant_id, sku, location) DO NOTHING";
        this.updateSafety = "UPDATE " + cells + " SET safety = ? WHERE tenant_id = ? AND sku = ? AND location = ?";
        this.reserve = "UPDATE " + cells + " SET reserved = reserved + ? WHERE tenant_id = ? AND sku = ? AND location = ?"
                + " AND on_hand - reserved - safety >= ? RETURNING on_hand - reserved - safety";
        this.selectAvailable = "SELECT on_hand - reserved - safety FROM " + cells
                + " WHERE tenant_id = ? AND sku = ? AND location = ?";
        this.unreserve = "UPDATE " + cells + " SET reserved = reserved - ? WHERE tenant_id = ? AND sku = ? AND location = ?";
        // Locks the tenant's counter row (creating it at 0) without changing it.
        this.lockHead = "INSERT INTO " + heads + " AS h (tenant_id, last_sequence) VALUES (?, 0)"
                + " ON CONFLICT (tenant_id) DO UPDATE SET last_sequence = h.last_sequence RETURNING h.last_sequence";
        this.setHead = "UPDATE " + heads + " SET last_sequence = ? WHERE tenant_id = ?";
        this.selectHead = "SELECT last_sequence FROM " + heads + " WHERE tenant_id = ?";
        String movementColumns = "sequence, sku, location, delta, reason, reference, at, at_nanos";
        this.selectIdempotent = "SELECT " + movementColumns + " FROM " + movements
                + " WHERE tenant_id = ? AND sku = ? AND location = ? AND reason = ? AND reference = ? AND idempotent";
        this.addOnHand = "UPDATE " + cells + " SET on_hand = on_hand + ? WHERE tenant_id = ? AND sku = ? AND location = ?"
                + " AND (? OR ? > 0 OR on_hand - reserved >= ?) AND on_hand + ? BETWEEN ? AND ?"
                + " RETURNING on_hand, reserved, safety";
        this.selectCell = "SELECT on_hand, reserved, safety FROM " + cells
                + " WHERE tenant_id = ? AND sku = ? AND location = ?";
        this.sell = "UPDATE " + cells + " SET on_hand = on_hand - ?, reserved = reserved - ?"
                + " WHERE tenant_id = ? AND sku = ? AND location = ? RETURNING on_hand, reserved, safety";
        this.insertMovement = "INSERT INTO " + movements + " (tenant_id, " + movementColumns + ", idempotent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.selectMovements = "SELECT " + movementColumns + " FROM " + movements
                + " WHERE tenant_id = ? AND sku = ? AND location = ? ORDER BY sequence";
        this.selectMovementsAfter = "SELECT " + movementColumns + " FROM " + movements
                + " WHERE tenant_id = ? AND sequence > ? ORDER BY sequence LIMIT ?";
        this.selectReservations = "SELECT r.reservation_id, r.owner_id, r.version, r.status, r.release_reason,"
                + " r.expires_at, r.expires_at_nanos, r.request_expires_at, r.request_expires_nanos,"
                + " r.destination_zone, r.destination_latitude, r.destination_longitude,"
                + " l.kind, l.line, l.sku, l.location, l.quantity FROM " + reservations + " r LEFT JOIN " + lines
                + " l ON l.tenant_id = r.tenant_id AND l.reservation_id = r.reservation_id"
                + " WHERE r.tenant_id = ? AND NOT r.forgotten AND ";
        // A reservation by id (even a forgotten one, for its last version), its lines and a backorder
        // with the same id, in one statement: what a reserve asks before it writes anything.
        this.selectReservationAhead = "SELECT v.reservation_id, v.owner_id, v.version, v.status, v.release_reason,"
                + " v.expires_at, v.expires_at_nanos, v.request_expires_at, v.request_expires_nanos,"
                + " v.destination_zone, v.destination_latitude, v.destination_longitude,"
                + " l.kind, l.line, l.sku, l.location, l.quantity, v.forgotten, b.reservation_id, b.owner_id, b.sku,"
                + " b.location, b.quantity, b.supply_reference, b.promised_on FROM (VALUES (1)) AS one (k)"
                + " LEFT JOIN " + reservations + " v ON v.tenant_id = ? AND v.reservation_id = ?"
                + " LEFT JOIN " + lines + " l ON NOT v.forgotten AND l.tenant_id = v.tenant_id"
                + " AND l.reservation_id = v.reservation_id"
                + " LEFT JOIN " + backorders + " b ON b.tenant_id = ? AND b.reservation_id = ?"
                + " ORDER BY l.kind, l.position";
        this.selectVersion = "SELECT version FROM " + reservations + " WHERE tenant_id = ? AND reservation_id = ?";
        String reservationColumns = "owner_id, version, status, release_reason, expires_at, expires_at_nanos,"
                + " request_expires_at, request_expires_nanos, destination_zone, destination_latitude,"
                + " destination_longitude";
        // The reservation row and all its lines in one statement: the lines are inserted only when
        // the row was (a new id, or a forgotten one taken again, whose lines were deleted when it
        // was forgotten); the answer is 1 when it was, 0 when the id is taken.
        this.insertReservation = "WITH r AS (INSERT INTO " + reservations + " AS r (tenant_id, reservation_id, "
                + reservationColumns + ", forgotten) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)"
                + " ON CONFLICT (tenant_id, reservation_id) DO UPDATE SET owner_id = EXCLUDED.owner_id,"
                + " version = EXCLUDED.version, status = EXCLUDED.status, release_reason = EXCLUDED.release_reason,"
                + " expires_at = EXCLUDED.expires_at, expires_at_nanos = EXCLUDED.expires_at_nanos,"
                + " request_expires_at = EXCLUDED.request_expires_at,"
                + " request_expires_nanos = EXCLUDED.request_expires_nanos,"
                + " destination_zone = EXCLUDED.destination_zone,"
                + " destination_latitude = EXCLUDED.destination_latitude,"
                + " destination_longitude = EXCLUDED.destination_longitude, forgotten = false WHERE r.forgotten"
                + " RETURNING r.tenant_id, r.reservation_id),"
                + " l AS (INSERT INTO " + lines + " (tenant_id, reservation_id, kind, position, line, sku, location,"
                + " quantity) SELECT r.tenant_id, r.reservation_id, x.kind, x.position, x.line, x.sku, x.location,"
                + " x.quantity FROM r, unnest(?::text[], ?::int4[], ?::int4[], ?::text[], ?::text[], ?::int8[])"
                + " AS x(kind, position, line, sku, location, quantity))"
                + " SELECT count(*) FROM r";
        // The same with the events the transaction holds back (a reserve's, emitted just before).
        // They are written only when the reservation was: a reserve that lost the id to another
        // ends (and is rolled back) anyway, and its events would collide with the winner's.
        int select = insertReservation.lastIndexOf(" SELECT count(*) FROM r");
        this.insertReservationAndEvents = insertReservation.substring(0, select) + ", "
                + store.eventRows().withClauses("EXISTS (SELECT 1 FROM r)") + insertReservation.substring(select);
        this.updateReservation = "UPDATE " + reservations + " SET version = ?, status = ?, release_reason = ?,"
                + " expires_at = ?, expires_at_nanos = ? WHERE tenant_id = ? AND reservation_id = ? AND version = ?"
                + " AND NOT forgotten";
        this.forgetReservation = "UPDATE " + reservations + " SET forgotten = true WHERE tenant_id = ?"
                + " AND reservation_id = ? AND NOT forgotten AND status <> 'ACTIVE'";
        this.deleteLines = "DELETE FROM " + lines + " WHERE tenant_id = ? AND reservation_id = ?";
        this.deleteHeldAndSold = "DELETE FROM " + lines + " WHERE tenant_id = ? AND reservation_id = ? AND kind <> 'R'";
        this.insertLine = "INSERT INTO " + lines + " (tenant_id, reservation_id, kind, position, line, sku, location,"
                + " quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        this.selectExpired = "SELECT reservation_id FROM " + reservations + " WHERE tenant_id = ? AND status = 'ACTIVE'"
                + " AND NOT forgotten AND expires_at IS NOT NULL AND expires_at <= ?"
                + " ORDER BY expires_at, reservation_id LIMIT ? FOR UPDATE SKIP LOCKED";
        this.selectSupplies = "SELECT s.reference, s.quantity, s.expected_on, s.slips, b.reservation_id, b.owner_id,"
                + " b.quantity, b.promised_on FROM " + supplies + " s LEFT JOIN " + backorders + " b"
                + " ON b.tenant_id = s.tenant_id AND b.sku = s.sku AND b.location = s.location"
                + " AND b.supply_reference = s.reference WHERE s.tenant_id = ? AND s.sku = ? AND s.location = ?"
                + " ORDER BY s.expected_on, s.position, b.position";
        this.deleteSupply = "DELETE FROM " + supplies + " WHERE tenant_id = ? AND sku = ? AND location = ?"
                + " AND reference = ?";
        this.insertSupply = "INSERT INTO " + supplies + " (tenant_id, sku, location, reference, quantity, expected_on,"
                + " slips) VALUES (?, ?, ?, ?, ?, ?, ?)";
        this.insertBackorder = "INSERT INTO " + backorders + " (tenant_id, reservation_id, owner_id, sku, location,"
                + " quantity, supply_reference, promised_on, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.selectBackorder = "SELECT reservation_id, owner_id, sku, location, quantity, supply_reference, promised_on"
                + " FROM " + backorders + " WHERE tenant_id = ? AND reservation_id = ?";
        this.nextSequence = "INSERT INTO " + store.table("inventory_sequences") + " AS q (tenant_id, aggregate_type,"
                + " aggregate_id, last_value) VALUES (?, ?, ?, 1) ON CONFLICT (tenant_id, aggregate_type, aggregate_id)"
                + " DO UPDATE SET last_value = q.last_value + 1 RETURNING q.last_value";
        // Every figure compared in SQL: one row per cell that breaks an invariant.
        this.verify = "WITH ledger AS (SELECT sku, location, sum(delta) AS total FROM " + movements
                + " WHERE tenant_id = ? GROUP BY sku, location),"
                + " held AS (SELECT l.sku, l.location, sum(l.quantity) AS total FROM " + lines + " l JOIN " + reservations
                + " r ON r.tenant_id = l.tenant_id AND r.reservation_id = l.reservation_id"
                + " WHERE l.tenant_id = ? AND l.kind = 'H' AND r.status = 'ACTIVE' AND NOT r.forgotten"
                + " GROUP BY l.sku, l.location)"
                + " SELECT c.sku, c.location, c.on_hand, c.reserved, COALESCE(ledger.total, 0),"
                + " COALESCE(held.total, 0) FROM " + cells + " c"
                + " LEFT JOIN ledger ON ledger.sku = c.sku AND ledger.location = c.location"
                + " LEFT JOIN held ON held.sku = c.sku AND held.location = c.location"
                + " WHERE c.tenant_id = ? AND (c.on_hand < c.reserved OR c.on_hand <> COALESCE(ledger.total, 0)"
                + " OR c.reserved <> COALESCE(held.total, 0)) ORDER BY c.position";
        this.verifyCounts = "SELECT (SELECT count(*) FROM " + cells + " WHERE tenant_id = ?),"
                + " (SELECT count(*) FROM " + reservations + " WHERE tenant_id = ? AND NOT forgotten),"
                + " (SELECT count(*) FROM " + movements + " WHERE tenant_id = ?)";
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public <T> T atomically(Optional<Transaction> outer, TransactionalWork<T> work) {
        Objects.requireNonNull(outer, "outer");
        Objects.requireNonNull(work, "work");
        if (outer.isPresent()) {
            PostgresTransaction t = store.open(outer.get());
            if (!t.tenant().equals(tenant)) {
                throw new IllegalArgumentException("tx: a transaction of " + t.tenant() + " cannot change the stock of "
                        + tenant);
            }
            return store.join(t, work);
        }
        if (store.inTransactionOnThisThread()) {
            return store.inTransaction(tenant, work);
        }
        for (int attempt = 1; ; attempt++) {
            boolean[] ran = new boolean[1];
            try {
                return store.inTransaction(tenant, t -> {
                    T result = work.run(t);
                    ran[0] = true;
                    return result;
                });
            } catch (DatabaseException e) {
                // Only a change that never got to commit is run again (never one whose after-commit
                // actions failed).
                if (ran[0] || attempt >= RETRIES || !retryable(e)) {
                    throw e;
                }
                backOff(attempt, e);
            }
        }
    }

    /**
     * Waits a little before running an aborted change again. The change that won the deadlock was
     * waiting for this one to end and takes its locks once woken; run again at once, this one could
     * take the first row back before the winner does and deadlock with it again.
     */
    private static void backOff(int attempt, DatabaseException cause) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 40) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static boolean retryable(DatabaseException e) {
        return e.sqlState().equals("40P01") || e.sqlState().equals("40001");
    }

    private PostgresTransaction tx(Transaction t) {
        PostgresTransaction pt = store.open(t);
        if (!pt.tenant().equals(tenant)) {
            throw new IllegalArgumentException("tx: a transaction of " + pt.tenant() + " cannot reach the stock of "
                    + tenant);
        }
        return pt;
    }

    /**
     * {@inheritDoc}
     *
     * <p>True: PostgreSQL hides uncommitted rows, so a reservation is stored (and its events
     * written) before the conditional {@code UPDATE} locks the stock row, and the row stays locked
     * only until the commit right after it.
     */
    @Override
    public boolean recordsReservationBeforeReserving() {
        return true;
    }

    @Override
    public void afterCommit(Transaction t, Runnable action) {
        Objects.requireNonNull(action, "action");
        tx(t).afterCommit(action);
    }

    /** Statements on the transaction's connection. */
    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T sql(Transaction t, String doing, Sql<T> work) {
        PostgresTransaction pt = tx(t);
        try {
            return work.run(pt.connection());
        } catch (SQLException e) {
            throw new DatabaseException(doing + " of " + tenant, e);
        }
    }

    /** A read that keeps what {@link #reservation} read ahead (stock reads, which cannot change it). */
    private <T> T readSql(PostgresTransaction pt, String doing, Sql<T> work) {
        try {
            return work.run(pt.connectionKeepingReadAhead());
        } catch (SQLException e) {
            throw new DatabaseException(doing + " of " + tenant, e);
        }
    }

    // ------------------------------------------------------------------ cells

    private PreparedStatement cellStatement(Connection c, String sql, int first, Sku sku, LocationId location)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(first, tenant.value());
        ps.setString(first + 1, sku.value());
        ps.setString(first + 2, location.value());
        return ps;
    }

    private static StockLevel level(ResultSet rs) throws SQLException {
        return new StockLevel(Sku.of(rs.getString(1)), LocationId.of(rs.getString(2)), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6));
    }

    @Override
    public Optional<StockLevel> level(Transaction t, Sku sku, LocationId location) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        return sql(t, "reading stock", c -> {
            try (PreparedStatement ps = cellStatement(c, selectLevel, 1, sku, location);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(level(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean isStocked(Transaction t, Sku sku, LocationId location) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        return readSql(tx(t), "reading stock", c -> {
            try (PreparedStatement ps = cellStatement(c, selectStocked, 1, sku, location);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public List<StockLevel> levels(Transaction t, Sku sku) {
        Objects.requireNonNull(sku, "sku");
        return readSql(tx(t), "reading stock", c -> {
            try (PreparedStatement ps = c.prepareStatement(selectLevels)) {
                ps.setString(1, tenant.value());
                ps.setString(2, sku.value());
                List<StockLevel> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(level(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Sku> skus(Transaction t) {
        return sql(t, "listing SKUs", c -> {
            try (PreparedStatement ps = c.prepareStatement(selectSkus)) {
                ps.setString(1, tenant.value());
                List<Sku> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Sku.of(rs.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void ensureStocked(Transaction t, Sku sku, LocationId location) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        sql(t, "stocking " + sku + " at " + location, c -> {
            try (PreparedStatement ps = cellStatement(c, insertCell, 1, sku, location)) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setSafetyStock(Transaction t, Sku sku, LocationId location, long units) {
        int rows = sql(t, "setting safety stock", c -> {
            try (PreparedStatement ps = cellStatement(c, updateSafety, 2, sku, location)) {
                ps.setLong(1, units);
                return ps.executeUpdate();
            }
        });
        if (rows == 0) {
            throw new UnknownStockException(sku, location);
        }
    }

    @Override
    public long tryReserve(Transaction t, Sku sku, LocationId location, long quantity) {
        return sql(t, "reserving " + sku + " at " + location, c -> {
            try (PreparedStatement ps = cellStatement(c, reserve, 2, sku, location)) {
                ps.setLong(1, quantity);
                ps.setLong(5, quantity);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1) + quantity;
                    }
                }
            }
            // Refused: say how many were available (for the error), never "enough".
            try (PreparedStatement ps = cellStatement(c, selectAvailable, 1, sku, location);
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownStockException(sku, location);
                }
                return Math.min(rs.getLong(1), quantity - 1);
            }
        });
    }

    @Override
    public void unreserve(Transaction t, Sku sku, LocationId location, long quantity) {
        int rows = sql(t, "releasing " + sku + " at " + location, c -> {
            try (PreparedStatement ps = cellStatement(c, unreserve, 2, sku, location)) {
                ps.setLong(1, quantity);
                return ps.executeUpdate();
            }
        });
        if (rows == 0) {
            throw new UnknownStockException(sku, location);
        }
    }

    /** Locks the tenant's ledger counter until the transaction ends; returns the last number. */
    private long lockLedger(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(lockHead)) {
            ps.setString(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Appends a movement numbered after {@code last} (the counter is locked) and moves the counter on. */
    private Movement append(Connection c, long last, Sku sku, LocationId location, long delta, MovementReason reason,
            String reference, Instant at, boolean idempotent) throws SQLException {
        long sequence = last + 1;
        try (PreparedStatement ps = c.prepareStatement(setHead)) {
            ps.setLong(1, sequence);
            ps.setString(2, tenant.value());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(insertMovement)) {
            ps.setString(1, tenant.value());
            ps.setLong(2, sequence);
            ps.setString(3, sku.value());
            ps.setString(4, location.value());
            ps.setLong(5, delta);
            ps.setString(6, reason.name());
            ps.setString(7, reference);
            Times.set(ps, 8, at);
            ps.setInt(9, at.getNano());
            ps.setBoolean(10, idempotent);
            ps.executeUpdate();
        }
        return new Movement(sequence, sku, location, delta, reason, reference, at);
    }

    private static Movement movement(ResultSet rs) throws SQLException {
        return new Movement(rs.getLong(1), Sku.of(rs.getString(2)), LocationId.of(rs.getString(3)), rs.getLong(4),
                MovementReason.valueOf(rs.getString(5)), rs.getString(6), exact(rs, 7, 8));
    }

    /** The exact instant of a timestamptz column and its nanosecond-of-second column; null when null. */
    private static Instant exact(ResultSet rs, int column, int nanos) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : Instant.ofEpochSecond(t.toEpochSecond(), rs.getInt(nanos));
    }

    private static void setExact(PreparedStatement ps, int column, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            Times.set(ps, column, at.get());
            ps.setInt(column + 1, at.get().getNano());
        } else {
            Times.set(ps, column, null);
            ps.setNull(column + 1, Types.INTEGER);
        }
    }

    @Override
    public MovementResult move(Transaction t, MovementDraft d) {
        Objects.requireNonNull(d, "draft");
        return sql(t, "booking " + d.reason() + " " + d.reference(), c -> {
            long last = lockLedger(c);
            if (d.idempotent()) {
                Movement earlier = null;
                try (PreparedStatement ps = cellStatement(c, selectIdempotent, 1, d.sku(), d.location())) {
                    ps.setString(4, d.reason().name());
                    ps.setString(5, d.reference());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            earlier = movement(rs);
                        }
                    }
                }
                if (earlier != null) {
                    long[] cell = cell(c, d.sku(), d.location());
                    long available = cell[0] - cell[1] - cell[2];
                    return new MovementResult(earlier, cell[0], available, available, true);
                }
            }
            long[] after = null;
            try (PreparedStatement ps = cellStatement(c, addOnHand, 2, d.sku(), d.location())) {
                ps.setLong(1, d.delta());
                ps.setBoolean(5, d.force());
                ps.setLong(6, d.delta());
                ps.setLong(7, -d.delta());
                ps.setLong(8, d.delta());
                ps.setLong(9, Integer.MIN_VALUE);
                ps.setLong(10, MAX_UNITS);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        after = new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                    }
                }
            }
            if (after == null) {
                long[] cell = cell(c, d.sku(), d.location());
                long next = cell[0] + d.delta();
                if (next > MAX_UNITS || next < Integer.MIN_VALUE) {
                    throw new ValidationFailedException("stock", List.of(new Violation("quantity", "Max",
                            "on hand of " + d.sku() + " at " + d.location() + " would exceed " + MAX_UNITS + " units")));
                }
                throw new InsufficientStockException(d.sku(), d.location(), -d.delta(), Math.max(0, cell[0] - cell[1]));
            }
            Movement m = append(c, last, d.sku(), d.location(), d.delta(), d.reason(), d.reference(), d.at(),
                    d.idempotent());
            long availableAfter = after[0] - after[1] - after[2];
            return new MovementResult(m, after[0], availableAfter - d.delta(), availableAfter, false);
        });
    }

    /** On hand, reserved and safety of a cell; throws when the SKU was never stocked there. */
    private long[] cell(Connection c, Sku sku, LocationId location) throws SQLException {
        try (PreparedStatement ps = cellStatement(c, selectCell, 1, sku, location); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new UnknownStockException(sku, location);
            }
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    @Override
    public MovementResult sellReserved(Transaction t, Sku sku, LocationId location, long quantity, String reference,
            Instant at) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        return sql(t, "selling " + sku + " at " + location, c -> {
            long last = lockLedger(c);
            long[] after = null;
            try (PreparedStatement ps = cellStatement(c, sell, 3, sku, location)) {
                ps.setLong(1, quantity);
                ps.setLong(2, quantity);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        after = new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                    }
                }
            }
            if (after == null) {
                throw new UnknownStockException(sku, location);
            }
            Movement m = append(c, last, sku, location, -quantity, MovementReason.SALE, reference, at, false);
            long available = after[0] - after[1] - after[2];
            return new MovementResult(m, after[0], available, available, false);
        });
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public List<Movement> movements(Transaction t, Sku sku, LocationId location) {
        return sql(t, "reading the ledger", c -> {
            try (PreparedStatement ps = cellStatement(c, selectMovements, 1, sku, location)) {
                return movements(ps);
            }
        });
    }

    private static List<Movement> movements(PreparedStatement ps) throws SQLException {
        List<Movement> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(movement(rs));
            }
        }
        return out;
    }

    @Override
    public List<Movement> movementsAfter(Transaction t, long sequence, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit: must not be negative, was " + limit);
        }
        return sql(t, "reading the ledger", c -> {
            try (PreparedStatement ps = c.prepareStatement(selectMovementsAfter)) {
                ps.setString(1, tenant.value());
                ps.setLong(2, sequence);
                ps.setInt(3, limit);
                return movements(ps);
            }
        });
    }

    @Override
    public long lastMovementSequence(Transaction t) {
        return sql(t, "reading the ledger", c -> {
            try (PreparedStatement ps = c.prepareStatement(selectHead)) {
                ps.setString(1, tenant.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    // ------------------------------------------------------------------ reservations

    /** Reads reservations with their lines; {@code condition} follows the tenant and forgotten checks. */
    private List<ReservationState> reservations(Connection c, String condition, Binder binder) throws SQLException {
        Map<String, Builder> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(selectReservations + condition
                + " ORDER BY r.reservation_id, l.kind, l.position")) {
            ps.setString(1, tenant.value());
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Builder b = found.get(id);
                    if (b == null) {
                        b = new Builder(rs);
                        found.put(id, b);
                    }
                    b.line(rs);
                }
            }
        }
        List<ReservationState> out = new ArrayList<>(found.size());
        for (Builder b : found.values()) {
            out.add(b.build());
        }
        return out;
    }

    /** Binds the parameters of a condition, from index 2 on. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** A reservation read row by row: the first row's columns, then a line per row. */
    private static final class Builder {
        private final ReservationId id;
        private final OrderId owner;
        private final long version;
        private final ReservationStatus status;
        private final Optional<ReleaseReason> reason;
        private final Optional<Instant> expiresAt;
        private final Optional<Instant> requested;
        private final Optional<Destination> destination;
        private final List<ReservationLine> lines = new ArrayList<>();
        private final List<ReservedLine> held = new ArrayList<>();
        private final List<ReservedLine> sold = new ArrayList<>();

        Builder(ResultSet rs) throws SQLException {
            id = ReservationId.of(rs.getString(1));
            owner = OrderId.of(rs.getString(2));
            version = rs.getLong(3);
            status = ReservationStatus.valueOf(rs.getString(4));
            reason = Optional.ofNullable(rs.getString(5)).map(ReleaseReason::valueOf);
            expiresAt = Optional.ofNullable(exact(rs, 6, 7));
            requested = Optional.ofNullable(exact(rs, 8, 9));
            String zone = rs.getString(10);
            destination = zone == null ? Optional.empty()
                    : Optional.of(new Destination(zone, rs.getDouble(11), rs.getDouble(12)));
        }

        void line(ResultSet rs) throws SQLException {
            String kind = rs.getString(13);
            if (kind == null) {
                return;
            }
            int line = rs.getInt(14);
            Sku sku = Sku.of(rs.getString(15));
            String location = rs.getString(16);
            long quantity = rs.getLong(17);
            switch (kind) {
                case "R" -> lines.add(new ReservationLine(line, sku, Optional.ofNullable(location).map(LocationId::of),
                        quantity));
                case "H" -> held.add(new ReservedLine(line, sku, LocationId.of(location), quantity));
                default -> sold.add(new ReservedLine(line, sku, LocationId.of(location), quantity));
            }
        }

        ReservationState build() {
            ReservationRequest request = new ReservationRequest(id, owner, lines, requested, destination);
            return new ReservationState(request, held, sold, expiresAt, status, reason, version);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The same statement reads the id's last version and a backorder with the id: the next
     * {@link #backorder} and {@link #lastVersion} of the id in the transaction answer from it (a
     * reserve asks all three) unless a statement other than a stock read runs in between.
     */
    @Override
    public Optional<ReservationState> reservation(Transaction t, ReservationId id) {
        Objects.requireNonNull(id, "id");
        PostgresTransaction pt = tx(t);
        ReadAhead ahead = readSql(pt, "reading reservation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectReservationAhead)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                ps.setString(3, tenant.value());
                ps.setString(4, id.value());
                Builder b = null;
                long version = 0;
                Backorder backorder = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            version = rs.getLong(3);
                            if (!rs.getBoolean(18)) {
                                if (b == null) {
                                    b = new Builder(rs);
                                }
                                b.line(rs);
                            }
                        }
                        if (backorder == null && rs.getString(19) != null) {
                            backorder = new Backorder(ReservationId.of(rs.getString(19)), OrderId.of(rs.getString(20)),
                                    Sku.of(rs.getString(21)), LocationId.of(rs.getString(22)), rs.getLong(23),
                                    rs.getString(24), rs.getObject(25, LocalDate.class));
                        }
                    }
                }
                return new ReadAhead(id, b == null ? Optional.empty() : Optional.of(b.build()), version,
                        Optional.ofNullable(backorder));
            }
        });
        pt.readAhead(ahead);
        return ahead.reservation();
    }

    /** What {@link #reservation} read of an id besides the reservation itself. */
    private record ReadAhead(ReservationId id, Optional<ReservationState> reservation, long lastVersion,
            Optional<Backorder> backorder) {
    }

    /** The read-ahead of the id in the transaction, if it is still current. */
    private ReadAhead ahead(Transaction t, ReservationId id) {
        return tx(t).readAhead() instanceof ReadAhead a && a.id().equals(id) ? a : null;
    }

    @Override
    public long lastVersion(Transaction t, ReservationId id) {
        Objects.requireNonNull(id, "id");
        ReadAhead a = ahead(t, id);
        if (a != null) {
            return a.lastVersion();
        }
        return sql(t, "reading reservation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public boolean insertReservation(Transaction t, ReservationState state) {
        Objects.requireNonNull(state, "state");
        ReservationRequest r = state.request();
        // The request's lines, then the held and the sold ones, as parallel arrays for unnest.
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (ReservationLine l : r.lines()) {
            rows.add(new Object[] {"R", i++, l.line(), l.sku().value(), l.location().map(LocationId::value).orElse(null),
                l.quantity()});
        }
        i = 0;
        for (ReservedLine l : state.held()) {
            rows.add(new Object[] {"H", i++, l.line(), l.sku().value(), l.location().value(), l.quantity()});
        }
        i = 0;
        for (ReservedLine l : state.sold()) {
            rows.add(new Object[] {"S", i++, l.line(), l.sku().value(), l.location().value(), l.quantity()});
        }
        PostgresTransaction pt = tx(t);
        List<EventEnvelope<?>> held = pt.takeEvents();
        return sql(t, "storing reservation " + r.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(held.isEmpty() ? insertReservation
                    : insertReservationAndEvents)) {
                if (!held.isEmpty()) {
                    store.eventRows().bindWith(c, ps, 20, held);
                }
                ps.setString(1, tenant.value());
                ps.setString(2, r.id().value());
                ps.setString(3, r.owner().value());
                ps.setLong(4, state.version());
                ps.setString(5, state.status().name());
                ps.setString(6, state.releaseReason().map(Enum::name).orElse(null));
                setExact(ps, 7, state.expiresAt());
                setExact(ps, 9, r.expiresAt());
                if (r.destination().isPresent()) {
                    Destination d = r.destination().get();
                    ps.setString(11, d.zone());
                    ps.setDouble(12, d.latitude());
                    ps.setDouble(13, d.longitude());
                } else {
                    ps.setNull(11, Types.VARCHAR);
                    ps.setNull(12, Types.DOUBLE);
                    ps.setNull(13, Types.DOUBLE);
                }
                String[] types = {"text", "int4", "int4", "text", "text", "int8"};
                for (int k = 0; k < types.length; k++) {
                    Object[] column = new Object[rows.size()];
                    for (int j = 0; j < column.length; j++) {
                        column[j] = rows.get(j)[k];
                    }
                    ps.setArray(14 + k, c.createArrayOf(types[k], column));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    private void lines(PreparedStatement ps, ReservationId id, ReservationState state) throws SQLException {
        int i = 0;
        for (ReservedLine l : state.held()) {
            line(ps, id, "H", i++, l.line(), l.sku(), l.location(), l.quantity());
        }
        i = 0;
        for (ReservedLine l : state.sold()) {
            line(ps, id, "S", i++, l.line(), l.sku(), l.location(), l.quantity());
        }
    }

    private void line(PreparedStatement ps, ReservationId id, String kind, int position, int line, Sku sku,
            LocationId location, long quantity) throws SQLException {
        ps.setString(1, tenant.value());
        ps.setString(2, id.value());
        ps.setString(3, kind);
        ps.setInt(4, position);
        ps.setInt(5, line);
        ps.setString(6, sku.value());
        ps.setString(7, location == null ? null : location.value());
        ps.setLong(8, quantity);
        ps.addBatch();
    }

    @Override
    public boolean updateReservation(Transaction t, ReservationState next, long expectedVersion) {
        Objects.requireNonNull(next, "next");
        ReservationId id = next.request().id();
        return sql(t, "changing reservation " + id, c -> {
            int rows;
            try (PreparedStatement ps = c.prepareStatement(updateReservation)) {
                ps.setLong(1, next.version());
                ps.setString(2, next.status().name());
                ps.setString(3, next.releaseReason().map(Enum::name).orElse(null));
                setExact(ps, 4, next.expiresAt());
                ps.setString(6, tenant.value());
                ps.setString(7, id.value());
                ps.setLong(8, expectedVersion);
                rows = ps.executeUpdate();
            }
            if (rows == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(deleteHeldAndSold)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                ps.executeUpdate();
            }
            if (!next.held().isEmpty() || !next.sold().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(insertLine)) {
                    lines(ps, id, next);
                    ps.executeBatch();
                }
            }
            return true;
        });
    }

    @Override
    public boolean forgetReservation(Transaction t, ReservationId id) {
        Objects.requireNonNull(id, "id");
        return sql(t, "forgetting reservation " + id, c -> {
            int rows;
            try (PreparedStatement ps = c.prepareStatement(forgetReservation)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                rows = ps.executeUpdate();
            }
            if (rows == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(deleteLines)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The candidates are locked with {@code FOR UPDATE SKIP LOCKED}: a reservation another
     * transaction is changing right now (committing, releasing, another sweeper) is left out of
     * this batch instead of being waited for.
     */
    @Override
    public List<ReservationState> expiredReservations(Transaction t, Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 0) {
            throw new IllegalArgumentException("limit: must not be negative, was " + limit);
        }
        return sql(t, "finding expired reservations", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(selectExpired)) {
                ps.setString(1, tenant.value());
                Times.set(ps, 2, now);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            Array array = c.createArrayOf("text", ids.toArray());
            List<ReservationState> out = new ArrayList<>();
            for (ReservationState s : reservations(c, "r.reservation_id = ANY (?)", ps -> ps.setArray(2, array))) {
                // The column is cut to the microsecond; the exact expiry decides.
                if (s.status() == ReservationStatus.ACTIVE && s.expiresAt().isPresent()
                        && !s.expiresAt().get().isAfter(now)) {
                    out.add(s);
                }
            }
            array.free();
            out.sort((a, b) -> a.expiresAt().get().compareTo(b.expiresAt().get()));
            return out;
        });
    }

    @Override
    public List<ReservationState> activeReservationsOf(Transaction t, OrderId owner) {
        Objects.requireNonNull(owner, "owner");
        return sql(t, "reading reservations of " + owner, c -> reservations(c, "r.status = 'ACTIVE' AND r.owner_id = ?",
                ps -> ps.setString(2, owner.value())));
    }

    @Override
    public List<ReservationState> activeReservations(Transaction t) {
        return sql(t, "reading reservations", c -> reservations(c, "r.status = 'ACTIVE'", ps -> { }));
    }

    // ------------------------------------------------------------------ inbound supply

    @Override
    public List<SupplyState> supplies(Transaction t, Sku sku, LocationId location) {
        return sql(t, "reading inbound supply", c -> {
            Map<String, Object[]> found = new LinkedHashMap<>();
            try (PreparedStatement ps = cellStatement(c, selectSupplies, 1, sku, location);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reference = rs.getString(1);
                    Object[] s = found.get(reference);
                    if (s == null) {
                        s = new Object[] {new InboundSupply(reference, sku, location, rs.getLong(2),
                                rs.getObject(3, LocalDate.class)), new ArrayList<Backorder>(), rs.getLong(4)};
                        found.put(reference, s);
                    }
                    String id = rs.getString(5);
                    if (id != null) {
                        @SuppressWarnings("unchecked")
                        List<Backorder> list = (List<Backorder>) s[1];
                        list.add(new Backorder(ReservationId.of(id), OrderId.of(rs.getString(6)), sku, location,
                                rs.getLong(7), reference, rs.getObject(8, LocalDate.class)));
                    }
                }
            }
            List<SupplyState> out = new ArrayList<>(found.size());
            for (Object[] s : found.values()) {
                @SuppressWarnings("unchecked")
                List<Backorder> list = (List<Backorder>) s[1];
                out.add(new SupplyState((InboundSupply) s[0], list, (Long) s[2]));
            }
            return out;
        });
    }

    @Override
    public void putSupply(Transaction t, SupplyState supply) {
        Objects.requireNonNull(supply, "supply");
        InboundSupply s = supply.supply();
        sql(t, "storing inbound supply " + s.reference(), c -> {
            try (PreparedStatement ps = cellStatement(c, deleteSupply, 1, s.sku(), s.location())) {
                ps.setString(4, s.reference());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = cellStatement(c, insertSupply, 1, s.sku(), s.location())) {
                ps.setString(4, s.reference());
                ps.setLong(5, s.quantity());
                ps.setObject(6, s.expectedOn());
                ps.setLong(7, supply.slips());
                ps.executeUpdate();
            }
            if (!supply.backorders().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(insertBackorder)) {
                    int i = 0;
                    for (Backorder b : supply.backorders()) {
                        ps.setString(1, tenant.value());
                        ps.setString(2, b.id().value());
                        ps.setString(3, b.owner().value());
                        ps.setString(4, s.sku().value());
                        ps.setString(5, s.location().value());
                        ps.setLong(6, b.quantity());
                        ps.setString(7, s.reference());
                        ps.setObject(8, b.promisedOn());
                        ps.setInt(9, i++);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public void removeSupply(Transaction t, String reference, Sku sku, LocationId location) {
        Objects.requireNonNull(reference, "reference");
        sql(t, "removing inbound supply " + reference, c -> {
            try (PreparedStatement ps = cellStatement(c, deleteSupply, 1, sku, location)) {
                ps.setString(4, reference);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Backorder> backorder(Transaction t, ReservationId id) {
        Objects.requireNonNull(id, "id");
        ReadAhead a = ahead(t, id);
        if (a != null) {
            return a.backorder();
        }
        return sql(t, "reading backorder " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectBackorder)) {
                ps.setString(1, tenant.value());
                ps.setString(2, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Backorder(ReservationId.of(rs.getString(1)), OrderId.of(rs.getString(2)),
                            Sku.of(rs.getString(3)), LocationId.of(rs.getString(4)), rs.getLong(5), rs.getString(6),
                            rs.getObject(7, LocalDate.class)));
                }
            }
        });
    }

    // ------------------------------------------------------------------ events and checks

    @Override
    public long nextSequence(Transaction t, String aggregateType, String aggregateId) {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        return sql(t, "numbering " + aggregateType + " " + aggregateId, c -> {
            try (PreparedStatement ps = c.prepareStatement(nextSequence)) {
                ps.setString(1, tenant.value());
                ps.setString(2, aggregateType);
                ps.setString(3, aggregateId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void emit(Transaction t, InventoryEvent event, EventMetadata metadata) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(metadata, "metadata");
        if (!event.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("event: belongs to " + event.tenantId() + ", not " + tenant);
        }
        EventEnvelope<InventoryEvent> envelope = new EventEnvelope<>(EventIds.timeOrdered(event.occurredAt()), event,
                metadata);
        // Written with the transaction's other events before its next statement or its commit.
        tx(t).addEvent(envelope);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed by PostgreSQL in one statement: each cell's on hand against the sum of its ledger,
     * its reserved units against the units active reservations hold there, and on hand against
     * reserved. Exact when nothing changes stock meanwhile.
     */
    @Override
    public VerificationReport verify(Transaction t) {
        return sql(t, "verifying stock", c -> {
            List<VerificationReport.Difference> diffs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(verify)) {
                ps.setString(1, tenant.value());
                ps.setString(2, tenant.value());
                ps.setString(3, tenant.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Sku sku = Sku.of(rs.getString(1));
                        LocationId location = LocationId.of(rs.getString(2));
                        long onHand = rs.getLong(3);
                        long reserved = rs.getLong(4);
                        long ledger = rs.getLong(5);
                        long held = rs.getLong(6);
                        if (onHand < reserved) {
                            diffs.add(new VerificationReport.Difference(VerificationReport.Invariant.NOT_OVERSOLD, sku,
                                    location, reserved, onHand));
                        }
                        if (held != reserved) {
                            diffs.add(new VerificationReport.Difference(
                                    VerificationReport.Invariant.RESERVED_MATCHES_RESERVATIONS, sku, location, held,
                                    reserved));
                        }
                        if (ledger != onHand) {
                            diffs.add(new VerificationReport.Difference(
                                    VerificationReport.Invariant.ON_HAND_MATCHES_LEDGER, sku, location, ledger, onHand));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(verifyCounts)) {
                ps.setString(1, tenant.value());
                ps.setString(2, tenant.value());
                ps.setString(3, tenant.value());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new VerificationReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), diffs);
                }
            }
        });
    }
}
