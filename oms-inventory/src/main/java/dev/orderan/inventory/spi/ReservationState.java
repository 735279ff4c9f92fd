package dev.orderan.inventory.spi;

import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reservation as a store keeps it: the request that made it (to tell a repeat from a conflict),
 * the units it holds and has sold per line and location, its expiry and status, and its version,
 * the sequence of its last event (a reused id continues the sequence).
 *
 * @param request the request that made it
 * @param held units still held per line and location (zero once sold or released)
 * @param sold units sold from it so far per line and location
 * @param expiresAt when it lapses; empty when held until shipment
 * @param status active, committed or released
 * @param releaseReason why it was released
 * @param version the sequence of its last event
 */
public record ReservationState(ReservationRequest request, List<ReservedLine> held, List<ReservedLine> sold,
        Optional<Instant> expiresAt, ReservationStatus status, Optional<ReleaseReason> releaseReason, long version) {

    /** Copies the lists and checks that nothing is missing. */
    public ReservationState {
        Objects.requireNonNull(request, "request");
        held = List.copyOf(held);
        sold = List.copyOf(sold);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(releaseReason, "releaseReason");
        if (version < 1) {
            throw new IllegalArgumentException("version: must be at least 1, was " + version);
        }
    }

    /** The reservation as callers see it. */
    public Reservation toReservation() {
        return new Reservation(request.id(), request.owner(), held, sold, expiresAt, status, releaseReason);
    }

    /** The same reservation at the next version with other content. */
    public ReservationState next(List<ReservedLine> newHeld, List<ReservedLine> newSold, Optional<Instant> newExpiry,
            ReservationStatus newStatus, Optional<ReleaseReason> reason) {
        return new ReservationState(request, newHeld, newSold, newExpiry, newStatus, reason, version + 1);
    }
}
