package dev.orderan.analytics.metrics;

/**
 * The kinds of fulfilment error the error rate counts. An order with several counts once in the
 * overall rate and once under each kind.
 */
public enum OrderError {
    /** The shipping address had to be corrected after placement (host-supplied). */
    ADDRESS_CORRECTED,
    /** A wrong item was sent (host-supplied). */
    WRONG_ITEM,
    /** Delivery failed and the parcel went back to the seller. */
    FAILED_DELIVERY,
    /** The seller cancelled the order (out of stock, rejected, supplier declined). */
    CANCELLED_BY_SELLER;

    /** True when the order had this error. */
    public boolean in(OrderFact f) {
        return switch (this) {
            case ADDRESS_CORRECTED -> f.addressCorrected();
            case WRONG_ITEM -> f.wrongItem();
            case FAILED_DELIVERY -> f.deliveryFailed();
            case CANCELLED_BY_SELLER -> f.cancelledBy().filter("SELLER"::equals).isPresent();
        };
    }
}
