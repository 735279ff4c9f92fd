package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.UnknownStockException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a reserve sends to PostgreSQL, counted by wrapping the JDBC connection: how many round trips,
 * and what runs while the stock row is locked (from the conditional UPDATE to the commit).
 */
class ReserveRoundTripsTest {

    private static final TenantId TENANT = TenantId.of("gayalokal");
    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");

    private static final Instant EXPIRES = Instant.parse("2099-01-01T00:00:00.123456789Z");
    private static final List<String> RESERVED = List.of("reservation.reserved", "reservation.expiry-set");

    /** Each round trip to the database: the statement's text, or "COMMIT", "ROLLBACK", "SAVEPOINT". */
    private final List<String> trips = Collections.synchronizedList(new ArrayList<>());
    private PostgresStore store;
    private InventoryService inventory;

    @BeforeEach
    void setUp() {
        TestDatabase.emptyStore();
        store = TestDatabase.store(traced(TestDatabase.dataSource()));
        inventory = InventoryService.builder(store.inventory(TENANT)).build();
        inventory.receive(SHIRT, JKT, 10, "PO-1");
        trips.clear();
    }

    @Test
    void aReserveOfOneLineTakesFourRoundTripsAndNothingRunsBetweenTheStockUpdateAndTheCommit() {
        inventory.reserve(request("R-1", 1));

        assertEquals(4, trips.size(), "round trips: " + trips);
        int update = indexOf("UPDATE " + TestDatabase.SCHEMA + ".stock_cells");
        assertEquals(trips.size() - 2, update, "the stock row is updated last before the commit: " + trips);
        assertEquals("COMMIT", trips.get(update + 1));
        int write = indexOf("WITH r AS (INSERT INTO " + TestDatabase.SCHEMA + ".reservations");
        assertTrue(write >= 0 && write < update, "the reservation is written before the stock row is locked: " + trips);
        assertTrue(trips.get(write).contains("INSERT INTO " + TestDatabase.SCHEMA + ".reservations")
                && trips.get(write).contains("INSERT INTO " + TestDatabase.SCHEMA + ".reservation_lines")
                && trips.get(write).contains("INSERT INTO " + TestDatabase.SCHEMA + ".outbox"),
                "the reservation, its lines and its events in one statement: " + trips.get(write));
        assertEquals(RESERVED, eventTypes("R-1"));
        assertEquals(1, count("SELECT count(*) FROM orderan.reservation_lines WHERE reservation_id = 'R-1'"
                + " AND kind = 'H'"), "the held line");
        assertEquals(1, count("SELECT reserved FROM orderan.stock_cells"));
    }

    @Test
    void aRefusedReserveLeavesNoReservationNoLinesNoEventsAndNoUnitsTaken() {
        assertThrows(InsufficientStockException.class, () -> inventory.reserve(request("R-BIG", 11)));

        assertEquals(0, count("SELECT count(*) FROM orderan.reservations WHERE reservation_id = 'R-BIG'"));
        assertEquals(0, count("SELECT count(*) FROM orderan.reservation_lines WHERE reservation_id = 'R-BIG'"));
        assertEquals(List.of(), eventTypes("R-BIG"));
        assertEquals(0, count("SELECT reserved FROM orderan.stock_cells"));
        assertEquals("ROLLBACK", trips.get(trips.size() - 1));
    }

    @Test
    void aReserveRefusedInsideALargerTransactionDropsOnlyItsOwnReservationAndEvents() {
        store.inTransaction(TENANT, tx -> {
            inventory.reserve(tx, request("R-OK", 4));
            assertThrows(InsufficientStockException.class, () -> inventory.reserve(tx, request("R-BIG", 7)));
            inventory.reserve(tx, request("R-TOO", 2));
            return null;
        });

        assertEquals(RESERVED, eventTypes("R-OK"));
        assertEquals(List.of(), eventTypes("R-BIG"));
        assertEquals(RESERVED, eventTypes("R-TOO"));
        assertEquals(0, count("SELECT count(*) FROM orderan.reservations WHERE reservation_id = 'R-BIG'"));
        assertEquals(6, count("SELECT reserved FROM orderan.stock_cells"));
        assertEquals(4, count("SELECT count(*) FROM orderan.outbox WHERE aggregateid LIKE 'R-%'"),
                "four reservation events and no others");
    }

    @Test
    void eventsHeldBackWhenASavepointIsRolledBackAreNeverWrittenAndTheOthersAreWrittenAtTheCommit() {
        PostgresInventoryStore stock = store.inventory(TENANT);
        EventMetadata metadata = new EventMetadata(Optional.empty(), "test", Optional.empty());
        store.inTransaction(TENANT, tx -> {
            stock.emit(tx, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-KEPT"), 1,
                    Instant.EPOCH), metadata);
            assertThrows(IllegalStateException.class, () -> stock.atomically(Optional.of(tx), t -> {
                stock.emit(t, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-GONE"), 1,
                        Instant.EPOCH), metadata);
                throw new IllegalStateException("the inner change fails");
            }));
            stock.emit(tx, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-LATE"), 1,
                    Instant.EPOCH), metadata);
            return null;
        });

        assertEquals(List.of("reservation.held-until-shipment"), eventTypes("R-KEPT"));
        assertEquals(List.of(), eventTypes("R-GONE"));
        assertEquals(List.of("reservation.held-until-shipment"), eventTypes("R-LATE"));
        assertEquals(2, count("SELECT count(*) FROM orderan.events WHERE aggregate_id LIKE 'R-%'"), "history");
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverWritten() {
        PostgresInventoryStore stock = store.inventory(TENANT);
        EventMetadata metadata = new EventMetadata(Optional.empty(), "test", Optional.empty());
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            stock.emit(tx, new InventoryEvent.ReservationHeldUntilShipment(TENANT, ReservationId.of("R-GONE"), 1,
                    Instant.EPOCH), metadata);
            throw new IllegalStateException("the change fails");
        }));

        assertEquals(List.of(), eventTypes("R-GONE"));
        assertEquals(List.of("ROLLBACK"), trips, "nothing was sent before the rollback");
    }

    @Test
    void aReserveOfTwoLinesChecksBothLocationsFirstAndAnUnknownOneLeavesNothing() {
        LocationId sby = LocationId.of("WH-SBY");
        ReservationRequest twoLines = ReservationRequest.of(ReservationId.of("R-2"), OrderId.of("O-2"), EXPIRES,
                ReservationLine.at(0, SHIRT, JKT, 1), ReservationLine.at(1, SHIRT, sby, 1));

        assertThrows(UnknownStockException.class, () -> inventory.reserve(twoLines));

        assertEquals(-1, indexOf("UPDATE " + TestDatabase.SCHEMA + ".stock_cells"), "no unit was taken: " + trips);
        assertEquals(0, count("SELECT count(*) FROM orderan.reservations"));
        assertEquals(0, count("SELECT reserved FROM orderan.stock_cells"));
    }

    @Test
    void aReserveOfOneLineAtAnUnknownLocationIsRefusedByTheStockUpdateAndLeavesNothing() {
        ReservationRequest unknown = ReservationRequest.of(ReservationId.of("R-3"), OrderId.of("O-3"), EXPIRES,
                ReservationLine.at(0, SHIRT, LocationId.of("WH-SBY"), 1));

        UnknownStockException e = assertThrows(UnknownStockException.class, () -> inventory.reserve(unknown));

        assertTrue(e.getMessage().contains("WH-SBY"), e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM orderan.reservations"));
        assertEquals(List.of(), eventTypes("R-3"));
        assertEquals(0, count("SELECT reserved FROM orderan.stock_cells"));
    }

    @Test
    void aReserveWaitingOnTheSameIdUncommittedElsewhereAnswersAsARepeatOnceTheFirstCommits() throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Reservation> first = pool.submit(() -> store.inTransaction(TENANT, tx -> {
                Reservation r = inventory.reserve(tx, request("R-SAME", 3));
                firstWrote.countDown();
                await(finishFirst);
                return r;
            }));
            assertTrue(firstWrote.await(30, TimeUnit.SECONDS), "the first reserve wrote");
            Future<Reservation> second = pool.submit(() -> inventory.reserve(request("R-SAME", 3)));
            waitForALockWait();
            finishFirst.countDown();

            assertEquals(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            finishFirst.countDown();
            pool.shutdownNow();
        }
        assertEquals(3, count("SELECT reserved FROM orderan.stock_cells"), "the units were taken once");
        assertEquals(RESERVED, eventTypes("R-SAME"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 30 s) until a session of the database waits for a lock another one holds. */
    private static void waitForALockWait() throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            if (count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no session waited for a lock");
    }

    @Test
    void aRepeatedReserveAnswersFromOneReadAndChangesNothing() {
        inventory.reserve(request("R-1", 2));
        trips.clear();

        inventory.reserve(request("R-1", 2));

        assertEquals(2, trips.size(), "the read and the commit: " + trips);
        assertEquals(2, count("SELECT reserved FROM orderan.stock_cells"));
        assertEquals(RESERVED, eventTypes("R-1"));
    }

    private static ReservationRequest request(String id, long quantity) {
        return ReservationRequest.of(ReservationId.of(id), OrderId.of("O-" + id), EXPIRES,
                ReservationLine.at(0, SHIRT, JKT, quantity));
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < trips.size(); i++) {
            if (trips.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static long count(String sql) {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<String> eventTypes(String reservation) {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT type FROM orderan.outbox WHERE aggregateid = ?"
                        + " ORDER BY sequence")) {
            ps.setString(1, reservation);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataSource traced(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return method.getName().equals("getConnection") ? wrap(result, Connection.class, null) : result;
                });
    }

    /** Counts a round trip for every execution, commit, rollback and savepoint. */
    private Object wrap(Object target, Class<?> type, String sql) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                trips.add(sql != null ? sql : String.valueOf(args == null ? "" : args[0]));
            } else if (name.equals("commit")) {
                trips.add("COMMIT");
            } else if (name.equals("rollback")) {
                trips.add("ROLLBACK");
            } else if (name.equals("setSavepoint")) {
                trips.add("SAVEPOINT");
            }
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement) {
                return wrap(result, PreparedStatement.class, (String) args[0]);
            }
            if (result instanceof Statement) {
                return wrap(result, Statement.class, null);
            }
            return result;
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
