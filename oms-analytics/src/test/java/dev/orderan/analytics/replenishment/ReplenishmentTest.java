package dev.orderan.analytics.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.validation.ValidationFailedException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Worked examples of safety stock, EOQ, rounding and the planner's decision. */
class ReplenishmentTest {

    @Test
    void safetyStock_combinesDemandAndLeadTimeVariability() {
        // 95 %: k = 1.6448536; d = 20/day, sd 5, L = 4 days, sd_L = 1 day: k sqrt(4*25 + 400*1)
        double ss = InventoryMath.safetyStock(0.95, 20, 5, 4, 1);
        assertEquals(1.6448536269514722 * Math.sqrt(500), ss, 1e-9);
        assertEquals(36.7800, ss, 1e-4);
        // fixed lead time: only demand variability
        assertEquals(1.6448536269514722 * 10, InventoryMath.safetyStock(0.95, 20, 5, 4, 0), 1e-9);
    }

    @Test
    void safetyFactor_isTheNormalQuantileOfTheServiceLevel() {
        assertEquals(1.2815515655446004, InventoryMath.safetyFactor(0.90), 1e-12);
        assertEquals(2.3263478740408408, InventoryMath.safetyFactor(0.99), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> InventoryMath.safetyFactor(1.0));
    }

    @Test
    void economicOrderQuantity_isHarrissFormula() {
        // 7,300 units a year, Rp 150,000 per order, Rp 5,000 per unit-year: sqrt(2 * 7300 * 150000 / 5000)
        assertEquals(Math.sqrt(438_000), InventoryMath.economicOrderQuantity(7_300, 150_000, 5_000), 1e-9);
        assertEquals(661.8157, InventoryMath.economicOrderQuantity(7_300, 150_000, 5_000), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> InventoryMath.economicOrderQuantity(1, 1, 0));
    }

    @Test
    void orderQuantities_meetTheMinimumAndAreWholePacks() {
        assertEquals(720, InventoryMath.roundToOrder(708.6, 500, 24));
        assertEquals(504, InventoryMath.roundToOrder(100, 500, 24)); // MOQ 500 -> 21 packs of 24
        assertEquals(12, InventoryMath.roundToOrder(12, 0, 12));
        assertEquals(0, InventoryMath.roundToOrder(0, 500, 24));
    }

    @Test
    void planner_ordersUpToReorderPointPlusEoq_whenThePositionIsAtOrBelowTheReorderPoint() {
        double[] daily = new double[30];
        Arrays.fill(daily, 20);
        DemandOutlook outlook = new DemandOutlook(daily, 5, 365);
        SupplyTerms terms = new SupplyTerms(4, 1, 150_000, 5_000, 500, 24);
        StockPosition stock = new StockPosition("KMJ-BTK-M", "WH-JKT", 100, 30, 0, 0);
        ReplenishmentPlanner.Line line = new ReplenishmentPlanner().plan(
                new ReplenishmentPlanner.Item(stock, outlook, terms, 0.95));
        assertEquals(80, line.leadTimeDemand(), 1e-9);
        assertEquals(36.7800, line.safetyStock(), 1e-4);
        assertEquals(116.7800, line.reorderPoint(), 1e-4);
        assertEquals(661.8157, line.economicOrderQuantity(), 1e-4);
        assertEquals(70, line.inventoryPosition());
        ReplenishmentPlanner.PurchaseOrderSuggestion po = line.order().orElseThrow();
        assertEquals(720, po.quantity()); // 116.78 + 661.82 - 70 = 708.6 -> 30 packs of 24
        assertEquals(30, po.packs());
        assertTrue(line.explanation().contains("reorder point 116.8"), line.explanation());
    }

    @Test
    void planner_ordersNothing_abovetheReorderPoint_andCountsInboundAndBackorders() {
        double[] daily = new double[10];
        Arrays.fill(daily, 20);
        DemandOutlook outlook = new DemandOutlook(daily, 5, 365);
        SupplyTerms terms = new SupplyTerms(4, 1, 150_000, 5_000, 0, 1);
        StockPosition stocked = new StockPosition("S", "L", 100, 10, 200, 50); // position 240
        assertTrue(new ReplenishmentPlanner().plan(new ReplenishmentPlanner.Item(stocked, outlook, terms, 0.95))
                .order().isEmpty());
        StockPosition promised = new StockPosition("S", "L", 100, 10, 200, 180); // position 110 < 116.8
        assertTrue(new ReplenishmentPlanner().plan(new ReplenishmentPlanner.Item(promised, outlook, terms, 0.95))
                .order().isPresent());
    }

    @Test
    void leadTimeDemand_followsTheForecastPath_notItsAverage() {
        // Lebaran run-up inside the lead time: 10, 10, 40, 40 units on the next four days
        DemandOutlook outlook = new DemandOutlook(new double[] {10, 10, 40, 40, 10}, 0, 365);
        assertEquals(100, outlook.demandOver(4), 1e-9);
        assertEquals(10 + 10 + 20, outlook.demandOver(2.5), 1e-9);
    }

    @Test
    void supplyTerms_nameEveryInvalidField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> new SupplyTerms(-1, 0, 100, 0, -5, 0));
        assertTrue(e.violationAt("leadTime").isPresent());
        assertTrue(e.violationAt("holdingCostPerUnitYear").isPresent());
        assertTrue(e.violationAt("minimumOrderQuantity").isPresent());
        assertTrue(e.violationAt("packSize").isPresent());
    }
}
