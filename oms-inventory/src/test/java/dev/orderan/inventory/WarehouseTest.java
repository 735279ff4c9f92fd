package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.warehouse.Bin;
import dev.orderan.inventory.warehouse.BinMap;
import dev.orderan.inventory.warehouse.PickList;
import dev.orderan.inventory.warehouse.PickLists;
import dev.orderan.inventory.warehouse.PickRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseTest {

    static final LocationId WH = LocationId.of("WH-JKT");
    static final Sku A = Sku.of("A");
    static final Sku B = Sku.of("B");
    static final Sku C = Sku.of("C");
    static final Sku D = Sku.of("D");

    static BinMap bins() {
        BinMap m = new BinMap();
        m.assign(A, new Bin(WH, "C-01-1", 30));
        m.assign(B, new Bin(WH, "A-02-3", 10));
        m.assign(C, new Bin(WH, "B-07-2", 20));
        return m;
    }

    @Test
    void aBatchPickListMergesOrdersPerSkuAndWalksTheBinsInPathOrder() {
        List<PickRequest> requests = List.of(
                new PickRequest(OrderId.of("o1"), A, 1), new PickRequest(OrderId.of("o1"), C, 2),
                new PickRequest(OrderId.of("o2"), A, 3), new PickRequest(OrderId.of("o2"), D, 1),
                new PickRequest(OrderId.of("o3"), B, 1));

        PickList list = PickLists.batch(WH, requests, bins());

        assertEquals(List.of(B, C, A, D), list.stops().stream().map(PickList.Stop::sku).toList());
        assertEquals("A-02-3", list.stops().get(0).bin().orElseThrow().code());
        assertEquals(4, list.stops().get(2).total());
        assertEquals(Map.of(OrderId.of("o1"), 1L, OrderId.of("o2"), 3L), list.stops().get(2).perOrder());
        assertEquals(8, list.totalUnits());
        assertEquals(true, list.stops().get(3).bin().isEmpty(), "a SKU without a bin comes last");
    }

    @Test
    void batchesKeepEachOrderWhole() {
        List<PickRequest> requests = List.of(
                new PickRequest(OrderId.of("o1"), A, 1), new PickRequest(OrderId.of("o2"), B, 1),
                new PickRequest(OrderId.of("o1"), C, 1), new PickRequest(OrderId.of("o3"), A, 1));

        List<PickList> batches = PickLists.batches(WH, requests, bins(), 2);

        assertEquals(2, batches.size());
        assertEquals(3, batches.get(0).totalUnits());
        assertEquals(1, batches.get(1).totalUnits());
    }
}
