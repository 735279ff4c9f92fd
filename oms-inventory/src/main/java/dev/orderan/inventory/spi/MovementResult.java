package dev.orderan.inventory.spi;

import dev.orderan.inventory.stock.Movement;
import java.util.Objects;

/**
 * What appending a movement did.
 *
 * @param movement the movement in the ledger (the first one, for a repeated key)
 * @param onHandAfter on hand right after it
 * @param availableBefore units available (on hand − reserved − safety) right before it
 * @param availableAfter units available right after it
 * @param repeated true when a movement with the same key existed and nothing was applied
 */
public record MovementResult(Movement movement, long onHandAfter, long availableBefore, long availableAfter,
        boolean repeated) {

    /** Checks that nothing is missing. */
    public MovementResult {
        Objects.requireNonNull(movement, "movement");
    }
}
