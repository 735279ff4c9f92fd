package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown when a reservation cannot take a step from its current status, e.g. committing a released
 * reservation. Nothing was changed.
 */
public final class ReservationStateException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient ReservationId id;
    private final ReservationStatus status;
    private final ReservationStatus attempted;

    /** Creates the exception for the reservation, its status and the status the caller asked for. */
    public ReservationStateException(ReservationId id, ReservationStatus status, ReservationStatus attempted) {
        super("reservation " + id + " is " + status + " and cannot become " + attempted);
        this.id = id;
        this.status = status;
        this.attempted = attempted;
    }

    /** The reservation. */
    public ReservationId id() {
        return id;
    }

    /** Its status when the step was refused. */
    public ReservationStatus status() {
        return status;
    }

    /** The status the caller asked for. */
    public ReservationStatus attempted() {
        return attempted;
    }
}
