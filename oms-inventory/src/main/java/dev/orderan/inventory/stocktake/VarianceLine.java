package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.Sku;

/**
 * The variance of one SKU.
 *
 * @param sku the product
 * @param booked on hand on the books when the session opened (the count snapshot)
 * @param counted units counted over all bins
 * @param variance counted − booked: what approval posts
 * @param movedSinceSnapshot on hand now − booked: sales, receipts and other movements during the count
 * @param onHandAfterApproval on hand now + variance: what on hand becomes when approved now
 */
public record VarianceLine(Sku sku, long booked, long counted, long variance, long movedSinceSnapshot,
        long onHandAfterApproval) {
}
