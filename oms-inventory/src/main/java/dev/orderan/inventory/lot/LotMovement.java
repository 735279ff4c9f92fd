package dev.orderan.inventory.lot;

import dev.orderan.inventory.stock.MovementReason;
import java.time.Instant;
import java.util.Objects;

/**
 * The share of one stock movement that belongs to one lot: {@code delta} units (negative for a sale or
 * write-off) of the movement with ledger sequence {@code movementSequence}. A movement that took from
 * two lots has two lot movements with the same sequence.
 *
 * @param lotId the lot
 * @param movementSequence the sequence of the movement in the inventory ledger
 * @param delta units of this lot, positive into the lot, negative out of it
 * @param reason the movement's reason
 * @param reference the movement's reference (an order id for a sale, a goods-receipt number for a receipt)
 * @param at when the movement was booked
 */
public record LotMovement(String lotId, long movementSequence, long delta, MovementReason reason, String reference,
        Instant at) {

    public LotMovement {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
    }
}
