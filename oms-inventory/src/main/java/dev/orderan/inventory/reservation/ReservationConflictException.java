package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown when {@code reserve} is repeated with an id already used for different content. The
 * first reservation is left as it was.
 */
public final class ReservationConflictException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient ReservationId id;

    /** Creates the exception for the reused id. */
    public ReservationConflictException(ReservationId id) {
        super("reservation " + id + " already exists with different owner, lines or expiry");
        this.id = id;
    }

    /** The reused id. */
    public ReservationId id() {
        return id;
    }
}
