package dev.orderan.inventory.stocktake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.warehouse.BinCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.orderan.testkit.TestClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockTakeTest {

    private static final LocationId STORE = LocationId.of("TOKO-BDG");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");
    private static final Sku SCARF = Sku.of("SCARF-01");
    private static final BinCode A1 = BinCode.parse("A-01-1");
    private static final BinCode A2 = BinCode.parse("A-01-2");

    /** A ledger in a list: on hand is the sum of the movements. */
    static final class ListLedger implements StockLedgerView {
        final List<Object[]> rows = new ArrayList<>();
        final Clock clock;
        long sequence;

        ListLedger(Clock clock) {
            this.clock = clock;
        }

        void move(Sku sku, long quantity) {
            rows.add(new Object[] {sku, new Entry(++sequence, clock.instant(), quantity)});
        }

        long onHand(Sku sku) {
            return movements(sku, STORE).stream().mapToLong(Entry::quantity).sum();
        }

        @Override
        public long lastSequence() {
            return sequence;
        }

        @Override
        public List<Entry> movements(Sku sku, LocationId location) {
            return rows.stream().filter(r -> r[0].equals(sku)).map(r -> (Entry) r[1]).toList();
        }

        @Override
        public void postVariance(Sku sku, LocationId location, long delta, String reference) {
            move(sku, delta);
        }
    }


    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final ListLedger ledger = new ListLedger(clock);
    private final BarcodeCatalog catalog = new BarcodeCatalog();

    @BeforeEach
    void stock() {
        catalog.register(SHIRT, "8992761002015");
        catalog.register(TOTE, "4006381333931");
        ledger.move(SHIRT, 10);
        ledger.move(TOTE, 5);
        ledger.move(SCARF, 2);
        clock.advance(Duration.ofMinutes(1));
    }

    private StockTake start(boolean blind) {
        return new StockTake("OPN-2026-11", STORE, Map.of(SHIRT, Optional.of(A1), TOTE, Optional.of(A2),
                SCARF, Optional.empty()), blind, ledger, catalog, clock);
    }

    @Test
    void aSaleShippedDuringTheCountIsNeitherALossNorCountedTwice() {
        StockTake take = start(false);
        clock.advance(Duration.ofMinutes(1));
        ledger.move(SHIRT, -2); // two shirts sold and shipped before anyone reached bin A-01-1
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 8; i++) {
            take.scan(A1, "8992761002015");
        }
        clock.advance(Duration.ofMinutes(1));
        ledger.move(SHIRT, -1); // one more sold after the bin was counted
        take.record(A2, TOTE, 4);
        take.submit();

        VarianceReport report = take.varianceReport();
        VarianceLine shirt = report.lines().get(0);
        assertEquals(SHIRT, shirt.sku());
        assertEquals(10, shirt.onHandAtStart());
        assertEquals(-2, shirt.movedWhileCounting());
        assertEquals(0, shirt.variance(), "8 counted = 10 - 2 sold before the count");
        VarianceLine tote = report.lines().get(1);
        assertEquals(-1, tote.variance());
        assertEquals(Set.of(SCARF), report.notCounted());

        take.approve("Pak Agus");
        assertEquals(StockTakeStatus.APPROVED, take.status());
        assertEquals(7, ledger.onHand(SHIRT), "no adjustment: 10 - 2 - 1");
        assertEquals(4, ledger.onHand(TOTE), "the lost tote bag was written off");
        assertEquals(2, ledger.onHand(SCARF), "an uncounted SKU is not adjusted");
    }

    @Test
    void aBlindCountHidesExpectedQuantitiesFromCounters() {
        assertTrue(start(true).countSheet().stream().allMatch(l -> l.expected().isEmpty()));
        assertEquals(Optional.of(10L), start(false).countSheet().stream()
                .filter(l -> l.sku().equals(SHIRT)).findFirst().orElseThrow().expected());
    }

    @Test
    void recountReplacesABinAndApprovalFollowsTheLifecycle() {
        StockTake take = start(true);
        assertThrows(IllegalTransitionException.class, take::submit, "nothing counted yet");
        take.record(A1, SHIRT, 12);
        take.submit();
        assertThrows(IllegalStateException.class, () -> take.record(A1, SHIRT, 10));
        take.recount();
        take.record(A1, SHIRT, 10);
        take.submit();
        assertEquals(List.of(), take.varianceReport().differences());
        take.approve("Pak Agus");
        assertEquals(10, ledger.onHand(SHIRT));
        assertThrows(IllegalTransitionException.class, take::cancel);
    }

    @Test
    void unknownBarcodesAreRefusedAndCountNothing() {
        StockTake take = start(false);
        assertThrows(StockTake.UnknownBarcodeException.class, () -> take.scan(A1, "036000291452"));
        assertTrue(take.varianceReport().lines().isEmpty());
        take.cancel();
        assertEquals(StockTakeStatus.CANCELLED, take.status());
        assertEquals(10, ledger.onHand(SHIRT));
    }
}
