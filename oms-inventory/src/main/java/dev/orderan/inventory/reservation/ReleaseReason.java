package dev.orderan.inventory.reservation;

/** Why a reservation gave its units back. */
public enum ReleaseReason {
    /** The order was cancelled. */
    ORDER_CANCELLED,
    /** The payment failed or was refused. */
    PAYMENT_FAILED,
    /** The reservation's expiry passed before it was committed. */
    EXPIRED,
    /** The host released it for another reason (e.g. order edited and re-reserved). */
    OTHER
}
