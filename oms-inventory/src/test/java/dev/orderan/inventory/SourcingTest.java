package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.sourcing.SourcingLine;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingPlan;
import dev.orderan.inventory.sourcing.SourcingStrategies;
import dev.orderan.inventory.sourcing.SourcingStrategy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcingTest {

    static final Sku A = Sku.of("A");
    static final Sku B = Sku.of("B");
    static final LocationId JKT = LocationId.of("JKT");
    static final LocationId SBY = LocationId.of("SBY");
    static final LocationId MDN = LocationId.of("MDN");

    static InMemoryInventory engine(SourcingStrategy s) {
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).sourcing(s)
                .location(new SourcingLocation(JKT, 1, "DKI", -6.2, 106.8))
                .location(new SourcingLocation(SBY, 2, "JATIM", -7.25, 112.75))
                .location(new SourcingLocation(MDN, 3, "SUMUT", 3.59, 98.67))
                .build();
        inv.receive(A, JKT, 2, "PO");
        inv.receive(B, JKT, 1, "PO");
        inv.receive(A, SBY, 5, "PO");
        inv.receive(B, SBY, 5, "PO");
        inv.receive(A, MDN, 9, "PO");
        return inv;
    }

    static final List<SourcingLine> ORDER = List.of(new SourcingLine(1, A, 3), new SourcingLine(2, B, 2));

    @Test
    void singleLocationIfPossibleShipsEverythingFromOnePlaceAndSaysWhy() {
        SourcingPlan plan = engine(SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority()))
                .planSourcing(ORDER, Optional.empty());

        assertTrue(plan.complete());
        assertEquals(Set.of(SBY), plan.locationsUsed());
        assertFalse(plan.explanation().isEmpty());
    }

    @Test
    void singleLocationIfPossibleWithNearestServesASurabayaCustomerFromSurabayaWhenJakartaCouldToo() {
        InMemoryInventory inv = engine(SourcingStrategies.singleLocationIfPossible(SourcingStrategies.nearest()));
        inv.receive(A, JKT, 8, "PO-2");
        inv.receive(B, JKT, 8, "PO-2");
        // Jakarta (priority 1) and Surabaya (priority 2) can each serve the whole order.
        SourcingPlan plan = inv.planSourcing(ORDER, Optional.of(new Destination("JATIM", -7.26, 112.74)));

        assertEquals(List.of(new SourcingPlan.Allocation(1, A, SBY, 3), new SourcingPlan.Allocation(2, B, SBY, 2)),
                plan.allocations());
        assertTrue(plan.explanation().get(0).contains("nearest"), plan.explanation().toString());
        SourcingPlan toMedan = inv.planSourcing(ORDER, Optional.of(new Destination("SUMUT", 3.6, 98.7)));
        assertEquals(Set.of(JKT), toMedan.locationsUsed(),
                "Medan lacks B; of the two that can serve everything, Jakarta is nearer to Medan");
    }

    @Test
    void singleLocationIfPossibleWithPriorityTakesTheHighestPriorityLocationThatServesEverything() {
        InMemoryInventory inv = engine(SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority()));
        inv.receive(A, JKT, 8, "PO-2");
        inv.receive(B, JKT, 8, "PO-2");
        SourcingPlan plan = inv.planSourcing(ORDER, Optional.of(new Destination("JATIM", -7.26, 112.74)));
        assertEquals(Set.of(JKT), plan.locationsUsed());
    }

    @Test
    void singleLocationIfPossibleCountsTwoLinesOfOneSkuTogether() {
        // Jakarta holds 2 x A: enough for each line of 2, not for both.
        SourcingPlan plan = engine(SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority()))
                .planSourcing(List.of(new SourcingLine(1, A, 2), new SourcingLine(2, A, 2)), Optional.empty());
        assertTrue(plan.complete());
        assertEquals(Set.of(SBY), plan.locationsUsed());
    }

    @Test
    void singleLocationIfPossibleFallsBackWhenNoLocationServesEverything() {
        SourcingPlan plan = engine(SourcingStrategies.singleLocationIfPossible(SourcingStrategies.byPriority()))
                .planSourcing(List.of(new SourcingLine(1, A, 8), new SourcingLine(2, B, 1)), Optional.empty());
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, JKT, 2), new SourcingPlan.Allocation(1, A, SBY, 5),
                new SourcingPlan.Allocation(1, A, MDN, 1), new SourcingPlan.Allocation(2, B, JKT, 1)),
                plan.allocations());
        assertEquals("single-location-if-possible", plan.strategy());
    }

    @Test
    void priorityTakesFromTheFirstLocationAndSplitsWhenItRunsShort() {
        SourcingPlan plan = engine(SourcingStrategies.byPriority()).planSourcing(ORDER, Optional.empty());

        assertEquals(List.of(new SourcingPlan.Allocation(1, A, JKT, 2), new SourcingPlan.Allocation(1, A, SBY, 1),
                new SourcingPlan.Allocation(2, B, JKT, 1), new SourcingPlan.Allocation(2, B, SBY, 1)), plan.allocations());
    }

    @Test
    void nearestPrefersTheDestinationsZoneThenDistance() {
        SourcingPlan plan = engine(SourcingStrategies.nearest())
                .planSourcing(List.of(new SourcingLine(1, A, 4)), Optional.of(new Destination("SUMUT", 3.6, 98.7)));
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, MDN, 4)), plan.allocations());

        SourcingPlan toBali = engine(SourcingStrategies.nearest())
                .planSourcing(List.of(new SourcingLine(1, A, 4)), Optional.of(new Destination("BALI", -8.65, 115.2)));
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, SBY, 4)), toBali.allocations(), "Surabaya is nearest to Bali");
    }

    @Test
    void fewestSplitsMinimisesTheNumberOfShipments() {
        SourcingPlan plan = engine(SourcingStrategies.fewestSplits()).planSourcing(
                List.of(new SourcingLine(1, A, 8), new SourcingLine(2, B, 1)), Optional.empty());
        assertTrue(plan.complete());
        assertEquals(2, plan.locationsUsed().size());
        assertTrue(plan.locationsUsed().contains(MDN));
    }

    @Test
    void aPlanThatCannotBeServedNamesTheShortfall() {
        SourcingPlan plan = engine(SourcingStrategies.byPriority())
                .planSourcing(List.of(new SourcingLine(1, B, 10)), Optional.empty());
        assertFalse(plan.complete());
        assertEquals(List.of(new SourcingPlan.Shortfall(1, B, 4)), plan.shortfalls());
    }

    @Test
    void fewestSplitsPrefersLocationsServingWholeLinesThenMostUnitsAndExplainsEachChoice() {
        SourcingPlan plan = engine(SourcingStrategies.fewestSplits()).planSourcing(
                List.of(new SourcingLine(1, A, 8), new SourcingLine(2, B, 1)), Optional.empty());
        // Every location serves one line fully; Medan ships the most units (8), then Jakarta (by priority) the B.
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, MDN, 8), new SourcingPlan.Allocation(2, B, JKT, 1)),
                plan.allocations());
        assertEquals(List.of("chose MDN: serves 1 remaining line(s) fully, 8 unit(s)",
                "chose JKT: serves 1 remaining line(s) fully, 1 unit(s)"), plan.explanation());
    }

    @Test
    void fewestSplitsCountsWhatEarlierLinesTookAndNamesWhatIsLeft() {
        // Two lines of the same SKU: Surabaya's 5 go to the first, Medan serves the second.
        SourcingPlan same = engine(SourcingStrategies.fewestSplits()).planSourcing(
                List.of(new SourcingLine(1, A, 5), new SourcingLine(2, A, 5)), Optional.empty());
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, SBY, 5), new SourcingPlan.Allocation(2, A, MDN, 5)),
                same.allocations());
        // More than all locations hold: largest first, then the shortfall.
        SourcingPlan tooMuch = engine(SourcingStrategies.fewestSplits()).planSourcing(
                List.of(new SourcingLine(1, A, 20)), Optional.empty());
        assertEquals(List.of(new SourcingPlan.Allocation(1, A, MDN, 9), new SourcingPlan.Allocation(1, A, SBY, 5),
                new SourcingPlan.Allocation(1, A, JKT, 2)), tooMuch.allocations());
        assertEquals(List.of(new SourcingPlan.Shortfall(1, A, 4)), tooMuch.shortfalls());
        assertEquals("line 1: 4 x A not available anywhere", tooMuch.explanation().get(3));
    }
}
