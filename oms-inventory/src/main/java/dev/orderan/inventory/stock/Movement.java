package dev.orderan.inventory.stock;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only stock ledger. On hand at a SKU and location always equals the sum
 * of the deltas of its movements.
 *
 * @param sequence position in the engine's ledger, starting at 1, without gaps
 * @param sku the product
 * @param location where the stock changed
 * @param delta the change of on-hand units, positive or negative, never zero
 * @param reason why it changed
 * @param reference the document behind it (purchase order, reservation id, count session, ...)
 * @param at when it was recorded, by the engine's clock
 */
public record Movement(long sequence, Sku sku, LocationId location, long delta, MovementReason reason,
        String reference, Instant at) {

    /** Checks that nothing is missing. */
    public Movement {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
    }
}
