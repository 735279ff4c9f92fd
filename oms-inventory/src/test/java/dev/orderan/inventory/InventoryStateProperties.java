package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static dev.orderan.inventory.testing.PropertyExamples.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.inventory.stock.UnknownStockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Model-based stateful property: random sequences of receive, reserve (1–3 lines), repeat, release,
 * commit, expire, adjust and transfer run against the engine and against a plain model written
 * independently. After every step the engine agrees with the model cell by cell, nothing is
 * oversold and {@code verify()} is clean. Each operation is encoded as one integer, so QuickTheories
 * shrinks a failing run to a short sequence of operations.
 */
class InventoryStateProperties {

    static final Sku[] SKUS = {Sku.of("A"), Sku.of("B")};
    static final LocationId[] LOCS = {LocationId.of("L1"), LocationId.of("L2")};
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void everyRandomSequenceKeepsTheInvariantsAfterEveryStep() {
        qt().withExamples(examples(400)).withShrinkCycles(500)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 80))
                .checkAssert(InventoryStateProperties::run);
    }

    /** The model: plain numbers per cell and a list of reservations. */
    static final class Model {
        final long[] onHand = new long[4];
        final long[] reserved = new long[4];
        final long[] safety = new long[4];
        final boolean[] known = new boolean[4];
        final Map<String, ModelReservation> reservations = new HashMap<>();
        final List<String> ids = new ArrayList<>();
        long now;

        long available(int c) {
            return onHand[c] - reserved[c] - safety[c];
        }
    }

    record ModelReservation(ReservationRequest request, int[] cells, long[] qty, long expires, String[] status) {
    }

    static int cell(int sku, int loc) {
        return sku * 2 + loc;
    }

    static void run(List<Integer> ops) {
        Model m = new Model();
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).build();
        int step = 0;
        for (int op : ops) {
            step++;
            apply(op, step, m, inv);
            check(m, inv, step, ops);
        }
    }

    static void apply(int op, int step, Model m, InMemoryInventory inv) {
        int kind = op % 9;
        int a = (op / 9) % 4;
        int b = (op / 36) % 4;
        int q = (op / 144) % 7;
        int r = op / 1008;
        Sku sku = SKUS[a / 2];
        LocationId loc = LOCS[a % 2];
        switch (kind) {
            case 0 -> { // receive
                if (q == 0) {
                    expect(ValidationFailedException.class, () -> inv.receive(sku, loc, q, "PO-" + step));
                } else {
                    inv.receive(sku, loc, q, "PO-" + step);
                    m.onHand[a] += q;
                    m.known[a] = true;
                    // A goods receipt delivered twice is booked once.
                    inv.receive(sku, loc, q, "PO-" + step);
                }
            }
            case 1, 2 -> { // reserve one to three lines
                int n = 1 + r % 3;
                List<ReservationLine> lines = new ArrayList<>();
                int[] cells = new int[n];
                long[] qty = new long[n];
                for (int i = 0; i < n; i++) {
                    int c = i == 0 ? a : (i == 1 ? b : (a + b) % 4);
                    long lq = i == 0 ? q : 1 + ((r / 3 + i) % 3);
                    cells[i] = c;
                    qty[i] = lq;
                    lines.add(ReservationLine.at(i + 1, SKUS[c / 2], LOCS[c % 2], lq));
                }
                String id = "r" + step;
                long expires = m.now + 1 + r % 5;
                ReservationRequest req = new ReservationRequest(ReservationId.of(id), OrderId.of("o" + step), lines,
                        java.util.Optional.of(T0.plusSeconds(expires)));
                reserve(m, inv, req, cells, qty, expires);
            }
            case 3 -> { // repeat an earlier request
                if (m.ids.isEmpty()) {
                    return;
                }
                ModelReservation mr = m.reservations.get(m.ids.get(r % m.ids.size()));
                assertEquals(mr.status[0], inv.reserve(mr.request).status().name(), "repeat returns current status");
            }
            case 4 -> { // release
                if (m.ids.isEmpty()) {
                    return;
                }
                ModelReservation mr = m.reservations.get(m.ids.get(r % m.ids.size()));
                ReservationId id = mr.request.id();
                switch (mr.status[0]) {
                    case "COMMITTED" -> expect(ReservationStateException.class,
                            () -> inv.release(id, ReleaseReason.ORDER_CANCELLED));
                    case "RELEASED" -> inv.release(id, ReleaseReason.ORDER_CANCELLED);
                    default -> {
                        inv.release(id, ReleaseReason.ORDER_CANCELLED);
                        for (int i = 0; i < mr.cells.length; i++) {
                            m.reserved[mr.cells[i]] -= mr.qty[i];
                        }
                        mr.status[0] = "RELEASED";
                    }
                }
            }
            case 5 -> { // commit
                if (m.ids.isEmpty()) {
                    return;
                }
                ModelReservation mr = m.reservations.get(m.ids.get(r % m.ids.size()));
                ReservationId id = mr.request.id();
                switch (mr.status[0]) {
                    case "RELEASED" -> expect(ReservationStateException.class, () -> inv.commit(id));
                    case "COMMITTED" -> inv.commit(id);
                    default -> {
                        inv.commit(id);
                        for (int i = 0; i < mr.cells.length; i++) {
                            m.reserved[mr.cells[i]] -= mr.qty[i];
                            m.onHand[mr.cells[i]] -= mr.qty[i];
                        }
                        mr.status[0] = "COMMITTED";
                    }
                }
            }
            case 6 -> { // time passes, the sweeper runs
                m.now += 1 + r % 3;
                int expected = 0;
                for (ModelReservation mr : m.reservations.values()) {
                    if (mr.status[0].equals("ACTIVE") && mr.expires <= m.now) {
                        expected++;
                        mr.status[0] = "RELEASED";
                        for (int i = 0; i < mr.cells.length; i++) {
                            m.reserved[mr.cells[i]] -= mr.qty[i];
                        }
                    }
                }
                assertEquals(expected, inv.releaseExpired(T0.plusSeconds(m.now)).size(), "expired count");
            }
            case 7 -> { // damage, restock or manual adjustment
                long delta = (r % 3 == 1) ? q : -q;
                MovementReason reason = switch (r % 3) {
                    case 0 -> MovementReason.DAMAGE;
                    case 1 -> MovementReason.RETURN_RESTOCK;
                    default -> MovementReason.ADJUSTMENT;
                };
                if (q == 0) {
                    expect(ValidationFailedException.class, () -> inv.adjust(sku, loc, delta, reason, "adj-" + step));
                } else if (!m.known[a] && !(reason == MovementReason.RETURN_RESTOCK)) {
                    expect(UnknownStockException.class, () -> inv.adjust(sku, loc, delta, reason, "adj-" + step));
                } else if (delta < 0 && m.onHand[a] - m.reserved[a] < -delta) {
                    expect(InsufficientStockException.class, () -> inv.adjust(sku, loc, delta, reason, "adj-" + step));
                } else {
                    inv.adjust(sku, loc, delta, reason, "adj-" + step);
                    m.onHand[a] += delta;
                    m.known[a] = true;
                }
            }
            default -> { // transfer between the two locations of a SKU, or set safety stock
                if (r % 4 == 0) {
                    inv.setSafetyStock(sku, loc, q % 3);
                    m.safety[a] = q % 3;
                    m.known[a] = true;
                    return;
                }
                int to = (a / 2) * 2 + (1 - a % 2);
                if (q == 0) {
                    expect(ValidationFailedException.class, () -> inv.transfer(sku, loc, LOCS[to % 2], q, "tr-" + step));
                } else if (!m.known[a]) {
                    expect(UnknownStockException.class, () -> inv.transfer(sku, loc, LOCS[to % 2], q, "tr-" + step));
                } else if (m.onHand[a] - m.reserved[a] < q) {
                    expect(InsufficientStockException.class, () -> inv.transfer(sku, loc, LOCS[to % 2], q, "tr-" + step));
                } else {
                    inv.transfer(sku, loc, LOCS[to % 2], q, "tr-" + step);
                    m.onHand[a] -= q;
                    m.onHand[to] += q;
                    m.known[to] = true;
                }
            }
        }
    }

    static void reserve(Model m, InMemoryInventory inv, ReservationRequest req, int[] cells, long[] qty, long expires) {
        if (qty[0] == 0) {
            expect(ValidationFailedException.class, () -> inv.reserve(req));
            return;
        }
        for (int c : cells) {
            if (!m.known[c]) {
                expect(UnknownStockException.class, () -> inv.reserve(req));
                return;
            }
        }
        long[] need = new long[4];
        for (int i = 0; i < cells.length; i++) {
            need[cells[i]] += qty[i];
        }
        for (int c = 0; c < 4; c++) {
            if (need[c] > 0 && m.available(c) < need[c]) {
                expect(InsufficientStockException.class, () -> inv.reserve(req));
                return;
            }
        }
        inv.reserve(req);
        for (int c = 0; c < 4; c++) {
            m.reserved[c] += need[c];
        }
        String id = req.id().value();
        m.reservations.put(id, new ModelReservation(req, cells, qty, expires, new String[] {"ACTIVE"}));
        m.ids.add(id);
    }

    static void check(Model m, InMemoryInventory inv, int step, List<Integer> ops) {
        for (int c = 0; c < 4; c++) {
            Sku sku = SKUS[c / 2];
            LocationId loc = LOCS[c % 2];
            if (!m.known[c]) {
                assertTrue(inv.level(sku, loc).isEmpty(), "cell " + c + " unknown at step " + step);
                continue;
            }
            StockLevel l = inv.level(sku, loc).orElseThrow();
            assertEquals(m.onHand[c], l.onHand(), "on hand of cell " + c + " at step " + step + " of " + ops);
            assertEquals(m.reserved[c], l.reserved(), "reserved of cell " + c + " at step " + step + " of " + ops);
            assertTrue(l.onHand() - l.reserved() >= 0, "oversold at step " + step);
            assertTrue(l.reserved() >= 0, "negative reservation at step " + step);
        }
        VerificationReport report = inv.verify();
        if (!report.clean()) {
            fail("verify() at step " + step + " of " + ops + ": " + report.differences());
        }
    }

    static void expect(Class<? extends RuntimeException> type, Runnable op) {
        try {
            op.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        fail("expected " + type.getSimpleName());
    }
}
