package dev.orderan.inventory.reservation;

import dev.orderan.core.common.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reservation as the engine holds it.
 *
 * @param id the reservation id
 * @param owner the order it is for
 * @param lines the units held now per order line and location (all of them until the first commit)
 * @param sold the units sold from it so far per order line and location (by partial or full commits)
 * @param expiresAt when it lapses; empty when it waits for shipment
 * @param status where it is in its life
 * @param releaseReason why it was released; empty unless {@link ReservationStatus#RELEASED}
 */
public record Reservation(ReservationId id, OrderId owner, List<ReservedLine> lines, List<ReservedLine> sold,
        Optional<Instant> expiresAt, ReservationStatus status, Optional<ReleaseReason> releaseReason) {

    /** Copies the lines and checks that nothing is missing. */
    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(releaseReason, "releaseReason");
        lines = List.copyOf(lines);
        sold = List.copyOf(sold);
    }

    /** Total units held over all lines. */
    public long totalQuantity() {
        long sum = 0;
        for (ReservedLine l : lines) {
            sum = Math.addExact(sum, l.quantity());
        }
        return sum;
    }

    /** True when the reservation still holds stock. */
    public boolean isActive() {
        return status == ReservationStatus.ACTIVE;
    }
}
