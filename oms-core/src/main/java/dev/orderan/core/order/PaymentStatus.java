package dev.orderan.core.order;

/** The payment status of an order (MISSION F1: paid, pending, failed). */
public enum PaymentStatus {
    /** Not paid yet. */
    PENDING,
    /** The last payment attempt failed. */
    FAILED,
    /** Paid in full. */
    PAID
}
