package dev.orderan.inventory.reservation;

/** Where a reservation is in its life. Only {@link #ACTIVE} reservations hold stock. */
public enum ReservationStatus {
    /** Holding stock. */
    ACTIVE,
    /** Shipped: the units became a sale movement. */
    COMMITTED,
    /** Given back (cancel, payment failure, expiry). */
    RELEASED
}
