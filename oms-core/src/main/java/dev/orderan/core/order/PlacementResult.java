package dev.orderan.core.order;

/**
 * The outcome of placing an order.
 *
 * @param order the order
 * @param replayed true when the placement repeated an earlier one (same idempotency key, same
 *        content) and the earlier order was returned unchanged
 */
public record PlacementResult(Order order, boolean replayed) {

    /** True when a recent order of the same customer has the same lines (flagged, not rejected). */
    public boolean isProbableDuplicate() {
        return order.probableDuplicateOf().isPresent();
    }
}
