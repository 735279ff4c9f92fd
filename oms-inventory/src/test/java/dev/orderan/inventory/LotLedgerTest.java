package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.lot.Lot;
import dev.orderan.inventory.lot.LotLedger;
import dev.orderan.inventory.lot.LotPick;
import dev.orderan.inventory.lot.PickingRule;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LotLedgerTest {

    static final Sku SUSU = Sku.of("SUSU-1L");
    static final LocationId JKT = LocationId.of("JKT");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static LotLedger ledger() {
        LotLedger l = new LotLedger();
        l.receive(new Lot("L1", SUSU, JKT, 5, TODAY.minusDays(20), Optional.of(TODAY.plusDays(30))));
        l.receive(new Lot("L2", SUSU, JKT, 5, TODAY.minusDays(10), Optional.of(TODAY.plusDays(5))));
        l.receive(new Lot("L0", SUSU, JKT, 5, TODAY.minusDays(40), Optional.of(TODAY.minusDays(1))));
        return l;
    }

    @Test
    void fifoTakesTheOldestUnexpiredLotFirst() {
        List<LotPick> picks = ledger().pick(SUSU, JKT, 7, PickingRule.FIFO, TODAY);
        assertEquals(List.of(new LotPick("L1", 5, Optional.of(TODAY.plusDays(30))),
                new LotPick("L2", 2, Optional.of(TODAY.plusDays(5)))), picks);
    }

    @Test
    void fefoTakesTheEarliestExpiryFirstAndNeverAnExpiredLot() {
        LotLedger l = ledger();
        List<LotPick> picks = l.pick(SUSU, JKT, 7, PickingRule.FEFO, TODAY);
        assertEquals(List.of("L2", "L1"), picks.stream().map(LotPick::lotId).toList());
        assertEquals(3, l.pickable(SUSU, JKT, TODAY));
        assertEquals(List.of("L0"), l.expiringBy(SUSU, JKT, TODAY).stream().map(Lot::lotId).toList());
    }

    @Test
    void aPickLargerThanTheUnexpiredLotsChangesNothing() {
        LotLedger l = ledger();
        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> l.pick(SUSU, JKT, 11, PickingRule.FEFO, TODAY));
        assertEquals(10, e.available());
        assertEquals(10, l.pickable(SUSU, JKT, TODAY));
    }
}
