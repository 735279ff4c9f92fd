package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.Sku;
import java.time.Instant;

/**
 * The count of one SKU against the ledger.
 *
 * @param sku the SKU
 * @param onHandAtStart on hand when the stock take started
 * @param movedWhileCounting the ledger's movements between the start and the moment this SKU was
 *        last counted (sales shipped, goods received during the count); the count already reflects them
 * @param expected {@code onHandAtStart + movedWhileCounting}
 * @param counted the units counted, over all bins
 * @param countedAt when the SKU was last counted
 */
public record VarianceLine(Sku sku, long onHandAtStart, long movedWhileCounting, long expected, long counted,
                           Instant countedAt) {

    /** {@code counted - expected}: positive means stock was found, negative means it was lost. */
    public long variance() {
        return counted - expected;
    }
}
