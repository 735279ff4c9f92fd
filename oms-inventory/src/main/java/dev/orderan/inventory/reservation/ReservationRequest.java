package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderId;
import java.time.Instant;
import java.util.List;
import dev.orderan.inventory.sourcing.Destination;
import java.util.Optional;

/**
 * Asks to reserve every line or none.
 *
 * @param id the idempotency key: a repeat with the same id and content returns the first result
 * @param owner the order the units are for
 * @param lines the lines, at least one
 * @param expiresAt when the reservation lapses unless committed; empty for "until shipment" (COD)
 * @param destination where the goods go, for the sourcing of lines without a location
 */
public record ReservationRequest(ReservationId id, OrderId owner, List<ReservationLine> lines,
        Optional<Instant> expiresAt, Optional<Destination> destination) {

    /** Copies the lines (keeping nulls for validation to report). */
    public ReservationRequest {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }

    /** A request without a destination. */
    public ReservationRequest(ReservationId id, OrderId owner, List<ReservationLine> lines, Optional<Instant> expiresAt) {
        this(id, owner, lines, expiresAt, Optional.empty());
    }

    /** A request expiring at a given instant. */
    public static ReservationRequest of(ReservationId id, OrderId owner, Instant expiresAt, ReservationLine... lines) {
        return new ReservationRequest(id, owner, List.of(lines), Optional.of(expiresAt));
    }

    /** A request that does not expire by time (released or committed explicitly). */
    public static ReservationRequest untilShipment(ReservationId id, OrderId owner, ReservationLine... lines) {
        return new ReservationRequest(id, owner, List.of(lines), Optional.empty());
    }

    /** The same request with the destination the goods go to. */
    public ReservationRequest to(Destination where) {
        return new ReservationRequest(id, owner, lines, expiresAt, Optional.of(where));
    }
}
