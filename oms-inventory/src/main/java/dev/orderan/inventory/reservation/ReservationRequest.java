package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks to reserve every line or none.
 *
 * @param id the idempotency key: a repeat with the same id and content returns the first result
 * @param owner the order the units are for
 * @param lines the lines, at least one
 * @param expiresAt when the reservation lapses unless committed; empty for "until shipment" (COD)
 */
public record ReservationRequest(ReservationId id, OrderId owner, List<ReservationLine> lines,
        Optional<Instant> expiresAt) {

    /** Copies the lines and checks that nothing is missing. */
    public ReservationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expiresAt");
        lines = List.copyOf(lines);
    }

    /** A request expiring at a given instant. */
    public static ReservationRequest of(ReservationId id, OrderId owner, Instant expiresAt, ReservationLine... lines) {
        return new ReservationRequest(id, owner, List.of(lines), Optional.of(expiresAt));
    }

    /** A request that does not expire by time (released or committed explicitly). */
    public static ReservationRequest untilShipment(ReservationId id, OrderId owner, ReservationLine... lines) {
        return new ReservationRequest(id, owner, List.of(lines), Optional.empty());
    }
}
