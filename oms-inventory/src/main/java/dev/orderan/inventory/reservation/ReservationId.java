package dev.orderan.inventory.reservation;

import dev.orderan.core.common.Ids;

/**
 * Identifies a reservation; the idempotency key of {@code reserve}.
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record ReservationId(String value) implements Comparable<ReservationId> {

    /** Validates the identifier. */
    public ReservationId {
        Ids.check("reservationId", value);
    }

    /** The identifier with the given value. */
    public static ReservationId of(String value) {
        return new ReservationId(value);
    }

    @Override
    public int compareTo(ReservationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
