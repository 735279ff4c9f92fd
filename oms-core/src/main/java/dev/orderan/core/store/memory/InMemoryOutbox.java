package dev.orderan.core.store.memory;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outbox of an {@link InMemoryStore}: every tenant's committed events, in commit order, in a
 * growable ring of slots addressed by position (no map or per-event key is built on append; they
 * are built only when a relay claims).
 */
final class InMemoryOutbox implements Outbox {

    private static final class Slot {
        final long position;
        final EventEnvelope<?> envelope;
        String claimedBy;
        Instant leaseUntil;
        int attempts;
        boolean acknowledged;

        Slot(long position, EventEnvelope<?> envelope) {
            this.position = position;
            this.envelope = envelope;
        }

        String aggregateKey() {
            return envelope.tenantId().value() + '\u0000' + envelope.aggregateType() + '\u0000'
                    + envelope.aggregateId();
        }
    }

    private final boolean keep;
    private Slot[] slots = new Slot[1024];
    private int head;
    private int size;
    private long firstPosition = 1;
    private long pending;

    boolean keeps() {
        return keep;
    }

    InMemoryOutbox(boolean keep) {
        this.keep = keep;
    }

    synchronized void append(List<EventEnvelope<?>> envelopes) {
        if (!keep) {
            return;
        }
        for (EventEnvelope<?> e : envelopes) {
            if (size == slots.length) {
                Slot[] bigger = new Slot[slots.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = slots[(head + i) % slots.length];
                }
                slots = bigger;
                head = 0;
            }
            slots[(head + size) % slots.length] = new Slot(firstPosition + size, e);
            size++;
            pending++;
        }
    }

    private Slot at(long position) {
        long i = position - firstPosition;
        if (i < 0 || i >= size) {
            return null;
        }
        return slots[(int) ((head + i) % slots.length)];
    }

    @Override
    public synchronized List<OutboxEntry> claim(String relayId, int max, Instant now, Duration lease) {
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1) {
            throw new IllegalArgumentException("max: must be at least 1, was " + max);
        }
        List<OutboxEntry> out = new ArrayList<>(Math.min(max, size));
        Set<String> blocked = null;
        Instant until = now.plus(lease);
        for (int i = 0; i < size && out.size() < max; i++) {
            Slot s = slots[(head + i) % slots.length];
            if (s.acknowledged) {
                continue;
            }
            if (blocked != null && blocked.contains(s.aggregateKey())) {
                continue;
            }
            if (s.claimedBy != null && s.leaseUntil.isAfter(now)) {
                if (blocked == null) {
                    blocked = new HashSet<>();
                }
                blocked.add(s.aggregateKey()); // an earlier event of this aggregate is in flight
                continue;
            }
            s.claimedBy = relayId;
            s.leaseUntil = until;
            out.add(new OutboxEntry(s.position, s.envelope, s.attempts));
            s.attempts++;
        }
        return out;
    }

    @Override
    public synchronized void acknowledge(String relayId, List<OutboxEntry> entries) {
        for (OutboxEntry e : entries) {
            Slot s = at(e.position());
            if (s != null && relayId.equals(s.claimedBy) && !s.acknowledged) {
                s.acknowledged = true;
                pending--;
            }
        }
        while (size > 0 && slots[head].acknowledged) {
            slots[head] = null;
            head = (head + 1) % slots.length;
            size--;
            firstPosition++;
        }
        if (size == 0 && slots.length > 1024) {
            slots = new Slot[1024];
            head = 0;
        }
    }

    @Override
    public synchronized void release(String relayId, List<OutboxEntry> entries) {
        for (OutboxEntry e : entries) {
            Slot s = at(e.position());
            if (s != null && relayId.equals(s.claimedBy)) {
                s.claimedBy = null;
                s.leaseUntil = null;
            }
        }
    }

    @Override
    public synchronized long pending() {
        return pending;
    }
}
