package dev.orderan.inventory.internal;

import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationConflictException;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's record of one reservation. Every method must be called while holding the record's
 * monitor: the monitor serialises the life of one reservation (reserve, repeat, commit, release,
 * expiry), while stock itself is updated lock-free in the cells.
 */
public final class ReservationRecord {

    private final ReservationRequest request;
    private StockCell[] cells;
    private long[] quantities;
    private int[] lines;
    private ReservationStatus status;
    private ReleaseReason reason;
    private Reservation snapshot;
    private boolean failed;

    /** A record claiming the request's id, not yet holding stock. */
    public ReservationRecord(ReservationRequest request) {
        this.request = request;
    }

    /** A record made directly active (from a backorder whose supply arrived). */
    public ReservationRecord(ReservationRequest request, StockCell[] cells, long[] quantities, int[] lines) {
        this.request = request;
        activate(cells, quantities, lines);
    }

    /** The request that created it. */
    public ReservationRequest request() {
        return request;
    }

    /** Marks the record as holding the given units. */
    public Reservation activate(StockCell[] cells, long[] quantities, int[] lines) {
        this.cells = cells;
        this.quantities = quantities;
        this.lines = lines;
        this.status = ReservationStatus.ACTIVE;
        this.snapshot = build();
        return snapshot;
    }

    /** Marks a record whose reservation failed; whoever waited on it starts again. */
    public void fail() {
        failed = true;
    }

    /**
     * The answer to a repeated request: the reservation as it is now, or null when the first
     * attempt failed (the caller retries from scratch).
     *
     * @throws ReservationConflictException when the repeat carries other content
     */
    public Reservation repeat(ReservationRequest again) {
        if (failed) {
            return null;
        }
        if (!request.equals(again)) {
            throw new ReservationConflictException(request.id());
        }
        return snapshot;
    }

    /** True once failed (removed from the engine). */
    public boolean failed() {
        return failed;
    }

    /** The status. */
    public ReservationStatus status() {
        return status;
    }

    /** The cells held, parallel to {@link #quantities()}; do not modify. */
    public StockCell[] cells() {
        return cells;
    }

    /** The units held per cell; do not modify. */
    public long[] quantities() {
        return quantities;
    }

    /** Settles the record as committed or released and returns the new snapshot. */
    public Reservation settle(ReservationStatus to, ReleaseReason why) {
        this.status = to;
        this.reason = why;
        this.snapshot = build();
        return snapshot;
    }

    /** The reservation as it is now. */
    public Reservation snapshot() {
        return snapshot;
    }

    private Reservation build() {
        List<ReservedLine> out = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            out.add(new ReservedLine(lines[i], cells[i].sku(), cells[i].location(), quantities[i]));
        }
        return new Reservation(request.id(), request.owner(), out, request.expiresAt(), status,
                Optional.ofNullable(reason));
    }
}
