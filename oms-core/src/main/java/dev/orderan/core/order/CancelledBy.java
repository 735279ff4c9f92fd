package dev.orderan.core.order;

/** Who cancelled an order. */
public enum CancelledBy {
    /** The customer. */
    CUSTOMER,
    /** The seller. */
    SELLER,
    /** The system, e.g. when a payment window expired. */
    SYSTEM
}
