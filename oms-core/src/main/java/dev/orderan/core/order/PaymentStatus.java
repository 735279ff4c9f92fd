package dev.orderan.core.order;

/** Where the money of an order stands. Names are frozen: they appear in stored state and reports. */
public enum PaymentStatus {
    /** Nothing received yet. */
    PENDING,
    /** Some money received, not yet the whole amount due. */
    PARTIALLY_PAID,
    /** The last payment attempt failed and nothing was received. */
    FAILED,
    /** Paid in full (or nothing to pay), nothing refunded. */
    PAID,
    /** Some of the money received was paid back. */
    PARTIALLY_REFUNDED,
    /** Everything received was paid back. */
    REFUNDED
}
