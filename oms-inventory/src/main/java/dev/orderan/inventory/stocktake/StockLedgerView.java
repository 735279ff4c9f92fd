package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.time.Instant;
import java.util.List;

/**
 * What a stock take needs from the stock ledger: its movements (on hand is their sum), the newest
 * sequence number, and a way to post the approved variances. An inventory engine provides it.
 */
public interface StockLedgerView {

    /** The sequence number of the newest movement in the ledger (0 when empty). */
    long lastSequence();

    /** Every movement of a SKU at a location, in sequence order. */
    List<Entry> movements(Sku sku, LocationId location);

    /** Posts a stock-take variance as an adjustment movement (positive: found stock; negative: lost). */
    void postVariance(Sku sku, LocationId location, long delta, String reference);

    /**
     * One movement.
     *
     * @param sequence ledger-wide, increasing
     * @param at when it happened
     * @param quantity signed change of on hand
     */
    record Entry(long sequence, Instant at, long quantity) {
    }
}
