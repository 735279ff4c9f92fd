package dev.orderan.inventory.spi;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.stock.MovementReason;
import java.time.Instant;
import java.util.Objects;

/**
 * A movement to append, with the on-hand change it makes.
 *
 * @param sku the product
 * @param location the location
 * @param delta the change of on-hand units, never zero
 * @param reason why
 * @param reference the document behind it
 * @param at when
 * @param idempotent true when a second draft with the same SKU, location, reason and reference must
 *     not be applied again (goods receipts, adjustments, transfers)
 * @param force true to decrease on hand even into reserved units (a stock take posting what was counted)
 */
public record MovementDraft(Sku sku, LocationId location, long delta, MovementReason reason, String reference,
        Instant at, boolean idempotent, boolean force) {

    /** Checks that nothing is missing. */
    public MovementDraft {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (delta == 0) {
            throw new IllegalArgumentException("delta: must not be zero");
        }
    }
}
