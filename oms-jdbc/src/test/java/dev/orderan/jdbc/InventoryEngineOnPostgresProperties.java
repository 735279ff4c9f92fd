package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.memory.InMemoryInventoryStore;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.stock.MovementReason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The inventory rules give the same answers over PostgreSQL as over memory: random sequences of
 * receipts, reservations of one or two lines (expiring or held until shipment, sourced or at a named
 * location), commits, releases, expiry sweeps, damage, transfers, safety stock, forgetting, inbound
 * supply, backorders and their receipt run against both engines; every call returns the same
 * result or throws the same exception, and afterwards every level, ledger entry, reservation and
 * inbound supply is the same and both {@code verify()} reports are clean.
 */
class InventoryEngineOnPostgresProperties {

    private static final TenantId TENANT = TenantId.of("gayalokal");
    private static final Sku[] SKUS = {Sku.of("KMJ-BTK-M"), Sku.of("SRG-TNN-L")};
    private static final LocationId[] LOCS = {LocationId.of("WH-JKT"), LocationId.of("WH-SBY")};
    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00.123456789Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void randomOperationSequencesGiveTheSameAnswersAndStateOnPostgresAsInMemory() {
        qt().withExamples(25).withShrinkCycles(40)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 40))
                .checkAssert(InventoryEngineOnPostgresProperties::run);
    }

    private static void run(List<Integer> ops) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        Inventory memory = InventoryService.builder(new InMemoryInventoryStore(new InMemoryStore(), TENANT))
                .clock(clock).lowStockThreshold(2).build();
        Inventory postgres = InventoryService.builder(TestDatabase.emptyStore().inventory(TENANT))
                .clock(clock).lowStockThreshold(2).build();
        List<String> ids = new ArrayList<>();
        int step = 0;
        for (int op : ops) {
            step++;
            int s = step;
            String expected = outcome(() -> apply(memory, op, s, ids));
            String actual = outcome(() -> apply(postgres, op, s, ids));
            assertEquals(expected, actual, "step " + step + " (op " + op + ") of " + ops);
            if (!ids.contains("r" + step) && (op % 12 == 1 || op % 12 == 11)) {
                ids.add("r" + step);
            }
        }
        for (Sku sku : SKUS) {
            assertEquals(memory.levels(sku).stream().sorted((a, b) -> a.location().compareTo(b.location())).toList(),
                    postgres.levels(sku).stream().sorted((a, b) -> a.location().compareTo(b.location())).toList(),
                    "levels of " + sku + " after " + ops);
            for (LocationId loc : LOCS) {
                assertEquals(memory.movements(sku, loc), postgres.movements(sku, loc), "ledger after " + ops);
                assertEquals(memory.inbound(sku, loc), postgres.inbound(sku, loc), "inbound after " + ops);
            }
        }
        assertEquals(memory.movementsAfter(0), postgres.movementsAfter(0));
        for (String id : ids) {
            assertEquals(memory.reservation(ReservationId.of(id)), postgres.reservation(ReservationId.of(id)),
                    "reservation " + id + " after " + ops);
        }
        assertTrue(memory.verify().clean(), "memory: " + memory.verify());
        assertTrue(postgres.verify().clean(), "postgres: " + postgres.verify());
    }

    private static String outcome(Supplier<Object> call) {
        try {
            return String.valueOf(call.get());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Object apply(Inventory inv, int op, int step, List<String> ids) {
        int kind = op % 12;
        int a = (op / 12) % 4;
        int q = (op / 48) % 6;
        int r = op / 288;
        Sku sku = SKUS[a / 2];
        LocationId loc = LOCS[a % 2];
        LocationId other = LOCS[1 - a % 2];
        ReservationId some = ids.isEmpty() ? ReservationId.of("none") : ReservationId.of(ids.get(r % ids.size()));
        return switch (kind) {
            case 0 -> inv.receive(sku, loc, q + 1, "PO-" + (r % 3));
            case 1 -> {
                List<ReservationLine> lines = new ArrayList<>();
                lines.add(r % 3 == 0 ? ReservationLine.anywhere(1, sku, q + 1) : ReservationLine.at(1, sku, loc, q + 1));
                if (r % 2 == 0) {
                    lines.add(ReservationLine.at(2, SKUS[1 - a / 2], other, 1 + r % 2));
                }
                Optional<Instant> expiry = r % 4 == 0 ? Optional.empty() : Optional.of(T0.plusSeconds(r % 50));
                yield inv.reserve(new ReservationRequest(ReservationId.of("r" + step), OrderId.of("o" + step), lines,
                        expiry));
            }
            case 2 -> inv.commit(some);
            case 3 -> inv.release(some, ReleaseReason.ORDER_CANCELLED);
            case 4 -> inv.releaseExpired(T0.plusSeconds(r % 60)).stream().map(Object::toString).sorted().toList();
            case 5 -> inv.adjust(sku, loc, -(q + 1), MovementReason.DAMAGE, "DMG-" + (r % 3));
            case 6 -> inv.transfer(sku, loc, other, q + 1, "TR-" + (r % 3));
            case 7 -> {
                inv.setSafetyStock(sku, loc, q % 3);
                yield "safety";
            }
            case 8 -> inv.forget(some);
            case 9 -> {
                inv.expectInbound(new InboundSupply("IN-" + (r % 2), sku, loc, q + 2, DAY.plusDays(r % 3)));
                yield "expected";
            }
            case 10 -> inv.receiveInbound("IN-" + (r % 2), sku, loc, q + 1);
            default -> inv.backorder(ReservationId.of("r" + step), OrderId.of("o" + step), sku, loc, q + 1);
        };
    }
}
