package dev.orderan.inventory.internal;

import dev.orderan.inventory.atp.Backorder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Open inbound supply of one cell and the backorders promised out of it. Guarded by its own
 * monitor; inbound changes are rare next to reservations.
 */
public final class InboundBook {

    /** One expected receipt. */
    public static final class Entry {
        /** The supply reference. */
        public final String reference;
        /** Units still expected. */
        public long quantity;
        /** The expected date. */
        public LocalDate expectedOn;
        /** Backorders promised out of this supply, oldest first. */
        public final List<Backorder> backorders = new ArrayList<>();
        /** The number of slip events so far. */
        public long slips;

        Entry(String reference, long quantity, LocalDate expectedOn) {
            this.reference = reference;
            this.quantity = quantity;
            this.expectedOn = expectedOn;
        }

        /** Units promised to backorders. */
        public long promised() {
            long sum = 0;
            for (Backorder b : backorders) {
                sum += b.quantity();
            }
            return sum;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The entries, earliest expected first; call while holding the monitor. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry with the reference, or null; call while holding the monitor. */
    public Entry find(String reference) {
        for (Entry e : entries) {
            if (e.reference.equals(reference)) {
                return e;
            }
        }
        return null;
    }

    /** Adds an entry and keeps the list ordered by date; call while holding the monitor. */
    public Entry add(String reference, long quantity, LocalDate expectedOn) {
        Entry e = new Entry(reference, quantity, expectedOn);
        entries.add(e);
        sort();
        return e;
    }

    /** Re-sorts after a date change; call while holding the monitor. */
    public void sort() {
        entries.sort((a, b) -> a.expectedOn.compareTo(b.expectedOn));
    }

    /** Units expected on or before {@code date} and not yet promised; call while holding the monitor. */
    public long freeUntil(LocalDate date) {
        long sum = 0;
        for (Entry e : entries) {
            if (e.expectedOn.isAfter(date)) {
                break;
            }
            sum += Math.max(0, e.quantity - e.promised());
        }
        return sum;
    }

    /** Units expected in total; call while holding the monitor. */
    public long total() {
        long sum = 0;
        for (Entry e : entries) {
            sum += e.quantity;
        }
        return sum;
    }
}
