package dev.orderan.inventory.internal;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * The mutable stock of one SKU at one location. On hand and reserved live in one {@code long}
 * (on hand in the high 32 bits, signed; reserved in the low 32 bits, never negative) so that every
 * check-and-update is a single compare-and-set: no lock, no torn read between the two numbers.
 * Quantities are therefore limited to {@link Integer#MAX_VALUE} units per SKU and location.
 */
public final class StockCell {

    /** The largest quantity a cell can hold. */
    public static final long MAX_UNITS = Integer.MAX_VALUE;

    private static final VarHandle STATE;
    private static final VarHandle ALERTS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(StockCell.class, "state", long.class);
            ALERTS = l.findVarHandle(StockCell.class, "alerts", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Sku sku;
    private final LocationId location;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile long state;
    private volatile int safety;
    @SuppressWarnings("unused") // accessed through ALERTS
    private volatile int alerts;
    // Ledger sequence numbers of this cell's movements, appended under the cell's monitor. Most cells
    // of a large catalogue have a single movement (their first receipt), so the first number is kept in
    // a field and only the others in an array: a million SKUs then need no array each.
    private long firstMovement;
    private long[] laterMovements = NONE;
    private int movementCount;
    // Sequence numbers of the cell's idempotent movements (receipts, adjustments, transfers), few per
    // cell, kept the same way.
    private long firstIdempotent;
    private long[] laterIdempotent = NONE;
    private int idempotentCount;
    private static final long[] NONE = new long[0];

    /** A cell with nothing on hand. */
    public StockCell(Sku sku, LocationId location) {
        this.sku = sku;
        this.location = location;
    }

    /** The SKU. */
    public Sku sku() {
        return sku;
    }

    /** The location. */
    public LocationId location() {
        return location;
    }

    /** The packed state: use {@link #onHand(long)} and {@link #reserved(long)}. */
    public long state() {
        return (long) STATE.getVolatile(this);
    }

    /** On hand in a packed state. */
    public static long onHand(long state) {
        return (int) (state >> 32);
    }

    /** Reserved in a packed state. */
    public static long reserved(long state) {
        return (int) state;
    }

    private static long pack(long onHand, long reserved) {
        return (onHand << 32) | (reserved & 0xFFFF_FFFFL);
    }

    /** Units that can be reserved now: on hand − reserved − safety (may be below zero). */
    public long available() {
        long s = (long) STATE.getVolatile(this);
        return onHand(s) - reserved(s) - safety;
    }

    /** Units held back from sale. */
    public long safety() {
        return safety;
    }

    /** Sets the units held back from sale. */
    public void safety(int units) {
        this.safety = units;
    }

    /**
     * Reserves {@code q} units if at least that many are available (on hand − reserved − safety).
     *
     * @return the units available before the call; the reservation happened iff the result is {@code >= q}
     */
    public long tryReserve(long q) {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            long onHand = onHand(s);
            long reserved = reserved(s);
            long available = onHand - reserved - safety;
            if (available < q) {
                return available;
            }
            if (STATE.weakCompareAndSet(this, s, pack(onHand, reserved + q))) {
                return available;
            }
        }
    }

    /**
     * Gives back {@code q} reserved units. Callers only give back what they reserved, so reserved
     * stays non-negative and the subtraction never borrows from the on-hand half.
     *
     * @return the units available after the call
     */
    public long unreserve(long q) {
        long before = (long) STATE.getAndAdd(this, -q);
        return onHand(before) - reserved(before) + q - safety;
    }

    /**
     * Turns {@code q} reserved units into a sale: on hand and reserved both drop by {@code q}.
     *
     * @return the new on hand
     */
    public long commitReserved(long q) {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            long next = pack(onHand(s) - q, reserved(s) - q);
            if (STATE.weakCompareAndSet(this, s, next)) {
                return onHand(next);
            }
        }
    }

    /**
     * Undoes {@link #commitReserved}: on hand and reserved both rise by {@code q}, in one step, so the
     * units are held again without ever being free for someone else to reserve.
     */
    public void uncommitReserved(long q) {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            if (STATE.weakCompareAndSet(this, s, pack(onHand(s) + q, reserved(s) + q))) {
                return;
            }
        }
    }

    /**
     * Changes on hand by {@code delta}. A decrease takes only unreserved units (reservations are
     * never undercut) unless {@code force} is set (a stock take posts what was counted).
     *
     * @return the new on hand
     * @throws InsufficientStockException when a decrease needs more unreserved units than there are
     * @throws ValidationFailedException when on hand would leave the range a cell can hold
     */
    public long addOnHand(long delta, boolean force) {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            long onHand = onHand(s);
            long reserved = reserved(s);
            long next = onHand + delta;
            if (next > MAX_UNITS || next < Integer.MIN_VALUE) {
                throw new ValidationFailedException("stock", List.of(new Violation("quantity", "Max",
                        "on hand of " + sku + " at " + location + " would exceed " + MAX_UNITS + " units")));
            }
            if (delta < 0 && !force && onHand - reserved < -delta) {
                throw new InsufficientStockException(sku, location, -delta, Math.max(0, onHand - reserved));
            }
            if (STATE.weakCompareAndSet(this, s, pack(next, reserved))) {
                return next;
            }
        }
    }

    /** The next number of this cell's alert (low/out of stock) event stream, from 1. */
    public long nextAlertSequence() {
        return (int) ALERTS.getAndAdd(this, 1) + 1L;
    }

    /** Remembers a movement of this cell (call while holding the cell's monitor). */
    public void indexMovement(long sequence) {
        if (movementCount == 0) {
            firstMovement = sequence;
        } else {
            laterMovements = append(laterMovements, movementCount - 1, sequence);
        }
        movementCount++;
    }

    /** Forgets the latest movement if it is {@code sequence} (a rolled-back one; call while holding the monitor). */
    public void unindexMovement(long sequence) {
        if (movementCount > 0 && last(firstMovement, laterMovements, movementCount) == sequence) {
            movementCount--;
        }
    }

    /** Remembers an idempotent movement of this cell (call while holding the cell's monitor). */
    public void indexIdempotent(long sequence) {
        if (idempotentCount == 0) {
            firstIdempotent = sequence;
        } else {
            laterIdempotent = append(laterIdempotent, idempotentCount - 1, sequence);
        }
        idempotentCount++;
    }

    /** Forgets the latest idempotent movement if it is {@code sequence} (a rolled-back one). */
    public void unindexIdempotent(long sequence) {
        if (idempotentCount > 0 && last(firstIdempotent, laterIdempotent, idempotentCount) == sequence) {
            idempotentCount--;
        }
    }

    /** The sequence numbers of the cell's idempotent movements, newest first (call while holding the monitor). */
    public long[] idempotentSequences() {
        long[] out = new long[idempotentCount];
        for (int i = 0; i < idempotentCount; i++) {
            int k = idempotentCount - 1 - i;
            out[i] = k == 0 ? firstIdempotent : laterIdempotent[k - 1];
        }
        return out;
    }

    /** The sequence numbers of this cell's movements, oldest first (call while holding the cell's monitor). */
    public long[] movementSequences() {
        long[] out = new long[movementCount];
        if (movementCount > 0) {
            out[0] = firstMovement;
            System.arraycopy(laterMovements, 0, out, 1, movementCount - 1);
        }
        return out;
    }

    // The first number lives in a field, the later ones in an array that exists from the second on.
    private static long[] append(long[] later, int index, long sequence) {
        long[] a = later;
        if (index == a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(2, a.length * 2));
        }
        a[index] = sequence;
        return a;
    }

    private static long last(long first, long[] later, int count) {
        return count == 1 ? first : later[count - 2];
    }
}
