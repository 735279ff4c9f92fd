package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderanException;

/** Thrown when a commit or release names a reservation the engine does not know. */
public final class ReservationNotFoundException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient ReservationId id;

    /** Creates the exception for the unknown id. */
    public ReservationNotFoundException(ReservationId id) {
        super("no reservation " + id);
        this.id = id;
    }

    /** The unknown id. */
    public ReservationId id() {
        return id;
    }
}
