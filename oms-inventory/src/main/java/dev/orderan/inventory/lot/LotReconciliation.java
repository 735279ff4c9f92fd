package dev.orderan.inventory.lot;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.stock.Movement;
import java.util.List;
import java.util.Objects;

/**
 * Lots compared with the inventory ledger for one SKU at one location.
 *
 * @param sku the SKU
 * @param location the location
 * @param onHand units on hand according to the inventory
 * @param inLots units held by lots (expired lots included until they are written off)
 * @param unassigned movements booked since the first lot receipt that no lot accounts for yet (sales
 *     not yet assigned to lots, corrections, transfers), oldest first
 */
public record LotReconciliation(Sku sku, LocationId location, long onHand, long inLots, List<Movement> unassigned) {

    public LotReconciliation {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        unassigned = List.copyOf(unassigned);
    }

    /** Whether every unit on hand is in a lot and every movement since tracking began is assigned. */
    public boolean balanced() {
        return onHand == inLots && unassigned.isEmpty();
    }
}
