package dev.orderan.inventory.internal;

import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationConflictException;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The engine's record of one reservation. Every method that changes it must be called while
 * holding the record's monitor (status, snapshot and failure may be read without it): the monitor serialises the life of one reservation (reserve, repeat, commit, release,
 * expiry), while stock itself is updated lock-free in the cells.
 */
public final class ReservationRecord {

    private final ReservationRequest request;
    private StockCell[] cells;
    private long[] quantities;
    private int[] lines;
    private static final Optional<ReleaseReason>[] REASONS = reasons();

    // Volatile so lookups can check a record without taking its monitor; changes still happen under it.
    private volatile ReservationStatus status;
    private ReleaseReason reason;
    private volatile Reservation snapshot;
    private volatile boolean failed;
    // Starts as the request's expiry; a paid order's reservation is then held until shipment.
    private volatile Optional<Instant> expiresAt;

    @SuppressWarnings("unchecked")
    private static Optional<ReleaseReason>[] reasons() {
        ReleaseReason[] all = ReleaseReason.values();
        Optional<ReleaseReason>[] out = new Optional[all.length];
        for (ReleaseReason r : all) {
            out[r.ordinal()] = Optional.of(r);
        }
        return out;
    }

    /** A record claiming the request's id, not yet holding stock. */
    public ReservationRecord(ReservationRequest request) {
        this.request = request;
        this.expiresAt = request.expiresAt();
    }

    /** A record made directly active (from a backorder whose supply arrived). */
    public ReservationRecord(ReservationRequest request, StockCell[] cells, long[] quantities, int[] lines) {
        this.request = request;
        this.expiresAt = request.expiresAt();
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
        // The lines never change after activation: the new snapshot shares the old one's list.
        Reservation old = snapshot;
        Reservation next = new Reservation(old.id(), old.owner(), old.lines(), old.expiresAt(), to,
                why == null ? Optional.empty() : REASONS[why.ordinal()]);
        this.snapshot = next;
        return next;
    }

    /** When the reservation expires, if it does. */
    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    /** Removes the expiry of an active record (call under its monitor) and returns the new snapshot. */
    public Reservation holdUntilShipment() {
        this.expiresAt = Optional.empty();
        Reservation old = snapshot;
        this.snapshot = new Reservation(old.id(), old.owner(), old.lines(), Optional.empty(), old.status(),
                old.releaseReason());
        return snapshot;
    }

    /** The reservation as it is now. */
    public Reservation snapshot() {
        return snapshot;
    }

    private Reservation build() {
        List<ReservedLine> out;
        if (cells.length == 1) {
            // The common single-line case without the intermediate array.
            out = List.of(new ReservedLine(lines[0], cells[0].sku(), cells[0].location(), quantities[0]));
        } else {
            ReservedLine[] all = new ReservedLine[cells.length];
            for (int i = 0; i < cells.length; i++) {
                all[i] = new ReservedLine(lines[i], cells[i].sku(), cells[i].location(), quantities[i]);
            }
            out = List.of(all);
        }
        return new Reservation(request.id(), request.owner(), out, expiresAt, status, Optional.empty());
    }
}
