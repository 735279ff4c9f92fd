package dev.orderan.inventory.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickListPlannerTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");

    @Test
    void binsAreWalkedUpOddAislesAndDownEvenOnes() {
        List<BinCode> bins = new java.util.ArrayList<>(List.of(BinCode.parse("A-02-1"), BinCode.parse("A-01-3"),
                BinCode.parse("A-02-4"), BinCode.parse("A-01-1"), BinCode.parse("B-01-2"), BinCode.parse("a-3-2")));
        bins.sort(BinCode.PICK_PATH);
        assertEquals("[A-01-1, A-01-3, A-02-4, A-02-1, A-03-2, B-01-2]", bins.toString());
        assertThrows(IllegalArgumentException.class, () -> BinCode.parse("shelf 3"));
    }

    @Test
    void aBatchVisitsEachBinOnceInPathOrderAndSplitsUnitsPerOrder() {
        Sku shirt = Sku.of("KMJ-BTK-M");
        Sku tote = Sku.of("TOTE-01");
        Sku scarf = Sku.of("SCARF-01");
        Sku hat = Sku.of("HAT-01");
        BinMap bins = new BinMap()
                .assign(JKT, shirt, BinCode.parse("A-02-1"))
                .assign(JKT, tote, BinCode.parse("A-01-5"))
                .assign(JKT, scarf, BinCode.parse("A-02-6"));
        PickListPlanner planner = new PickListPlanner(bins);
        PickList list = planner.batch(JKT, List.of(
                new PickRequest(OrderId.of("INV-1"), Map.of(shirt, 2L, tote, 1L)),
                new PickRequest(OrderId.of("INV-2"), Map.of(shirt, 1L, scarf, 1L, hat, 3L)),
                new PickRequest(OrderId.of("INV-3"), Map.of(tote, 4L))));
        assertEquals(List.of("A-01-5 TOTE-01 5", "A-02-6 SCARF-01 1", "A-02-1 KMJ-BTK-M 3"),
                list.stops().stream().map(s -> s.bin() + " " + s.sku() + " " + s.units()).toList());
        assertEquals(Map.of(OrderId.of("INV-1"), 2L, OrderId.of("INV-2"), 1L), list.stops().get(2).perOrder());
        assertEquals(Map.of(hat, 3L), list.unlocated());
        assertEquals(12, list.totalUnits());

        List<PickList> waves = planner.waves(JKT, List.of(
                new PickRequest(OrderId.of("INV-1"), Map.of(shirt, 1L)),
                new PickRequest(OrderId.of("INV-2"), Map.of(shirt, 1L)),
                new PickRequest(OrderId.of("INV-3"), Map.of(tote, 1L))), 2);
        assertEquals(2, waves.size());
        assertEquals(2, waves.get(0).stops().get(0).units());
    }

    @Test
    void pickRequestsRejectEmptyOrNonPositiveUnits() {
        assertThrows(IllegalArgumentException.class, () -> new PickRequest(OrderId.of("X"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PickRequest(OrderId.of("X"), Map.of(Sku.of("A"), 0L)));
    }
}
