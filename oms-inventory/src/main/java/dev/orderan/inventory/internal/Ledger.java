package dev.orderan.inventory.internal;

import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The movement ledger: a chunked array, appended under a lock (movements are rare compared to
 * reservations, which never touch it), read without copying. Only the latest entry can be taken
 * back ({@link #removeLast}), by a rolled-back change that appended it and kept anyone else from
 * appending since.
 */
public final class Ledger {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** One movement as stored: compact, the public record is built on read. */
    private static final class Entry {
        final StockCell cell;
        final long delta;
        final MovementReason reason;
        final String reference;
        final long epochSecond;
        final int nano;

        Entry(StockCell cell, long delta, MovementReason reason, String reference, Instant at) {
            this.cell = cell;
            this.delta = delta;
            this.reason = reason;
            this.reference = reference;
            this.epochSecond = at.getEpochSecond();
            this.nano = at.getNano();
        }
    }

    private Entry[][] chunks = new Entry[16][];
    private long size;

    /** The movement with a sequence number (from 1). */
    public synchronized Movement get(long sequence) {
        Entry e = chunks[(int) ((sequence - 1) >>> CHUNK_BITS)][(int) ((sequence - 1) & (CHUNK - 1))];
        return toMovement(sequence, e);
    }

    /** Appends a movement and returns its sequence number (from 1). */
    public synchronized Movement append(StockCell cell, long delta, MovementReason reason, String reference,
            Instant at) {
        int chunk = (int) (size >>> CHUNK_BITS);
        if (chunk == chunks.length) {
            Entry[][] bigger = new Entry[chunks.length * 2][];
            System.arraycopy(chunks, 0, bigger, 0, chunks.length);
            chunks = bigger;
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new Entry[CHUNK];
        }
        Entry e = new Entry(cell, delta, reason, reference, at);
        chunks[chunk][(int) (size & (CHUNK - 1))] = e;
        size++;
        return toMovement(size, e);
    }

    /**
     * Takes back the latest movement, which must be {@code sequence}: its number is given to the next
     * movement appended.
     *
     * @throws IllegalStateException when another movement was appended after it
     */
    public synchronized void removeLast(long sequence) {
        if (sequence != size) {
            throw new IllegalStateException("movement " + sequence + " is not the latest (" + size + ")");
        }
        size--;
    }

    /** The number of movements. */
    public synchronized long size() {
        return size;
    }

    private synchronized Entry[][] chunksUpTo(long[] sizeOut) {
        sizeOut[0] = size;
        return chunks;
    }

    /** Calls {@code action} with the cell and delta of every movement, oldest first. */
    public void forEachDelta(CellDelta action) {
        long[] n = new long[1];
        Entry[][] cs = chunksUpTo(n);
        for (long i = 0; i < n[0]; i++) {
            Entry e = cs[(int) (i >>> CHUNK_BITS)][(int) (i & (CHUNK - 1))];
            action.accept(e.cell, e.delta);
        }
    }

    /** The movements of cells matching {@code filter} with sequence above {@code after}, oldest first. */
    public List<Movement> movements(Predicate<StockCell> filter, long after) {
        long[] n = new long[1];
        Entry[][] cs = chunksUpTo(n);
        List<Movement> out = new ArrayList<>();
        for (long i = Math.max(0, after); i < n[0]; i++) {
            Entry e = cs[(int) (i >>> CHUNK_BITS)][(int) (i & (CHUNK - 1))];
            if (filter.test(e.cell)) {
                out.add(toMovement(i + 1, e));
            }
        }
        return out;
    }

    /** Calls {@code action} with every movement after {@code after}, oldest first. */
    public void forEach(long after, Consumer<Movement> action) {
        long[] n = new long[1];
        Entry[][] cs = chunksUpTo(n);
        for (long i = Math.max(0, after); i < n[0]; i++) {
            action.accept(toMovement(i + 1, cs[(int) (i >>> CHUNK_BITS)][(int) (i & (CHUNK - 1))]));
        }
    }

    private static Movement toMovement(long sequence, Entry e) {
        return new Movement(sequence, e.cell.sku(), e.cell.location(), e.delta, e.reason, e.reference,
                Instant.ofEpochSecond(e.epochSecond, e.nano));
    }

    /** Receives a movement's cell and delta. */
    @FunctionalInterface
    public interface CellDelta {

        /** Called once per movement. */
        void accept(StockCell cell, long delta);
    }
}
