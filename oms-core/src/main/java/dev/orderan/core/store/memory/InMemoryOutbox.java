package dev.orderan.core.store.memory;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The outbox of an {@link InMemoryStore}: every tenant's committed events, in commit order. */
final class InMemoryOutbox implements Outbox {

    private static final class Slot {
        final long position;
        final EventEnvelope<?> envelope;
        final String aggregateKey;
        String claimedBy;
        Instant leaseUntil;
        int attempts;
        boolean acknowledged;

        Slot(long position, EventEnvelope<?> envelope) {
            this.position = position;
            this.envelope = envelope;
            this.aggregateKey = envelope.tenantId().value() + '\u0000' + envelope.aggregateType() + '\u0000'
                    + envelope.aggregateId();
        }
    }

    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private final Map<Long, Slot> byPosition = new HashMap<>();
    private long nextPosition = 1;
    private long pending;

    synchronized void append(List<EventEnvelope<?>> envelopes) {
        for (EventEnvelope<?> e : envelopes) {
            Slot s = new Slot(nextPosition++, e);
            slots.addLast(s);
            byPosition.put(s.position, s);
            pending++;
        }
    }

    @Override
    public synchronized List<OutboxEntry> claim(String relayId, int max, Instant now, Duration lease) {
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1) {
            throw new IllegalArgumentException("max: must be at least 1, was " + max);
        }
        List<OutboxEntry> out = new ArrayList<>(Math.min(max, slots.size()));
        Set<String> blocked = new HashSet<>();
        Instant until = now.plus(lease);
        for (Slot s : slots) {
            if (out.size() == max) {
                break;
            }
            if (s.acknowledged || blocked.contains(s.aggregateKey)) {
                continue;
            }
            if (s.claimedBy != null && s.leaseUntil.isAfter(now)) {
                blocked.add(s.aggregateKey); // an earlier event of this aggregate is in flight
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
            Slot s = byPosition.get(e.position());
            if (s != null && relayId.equals(s.claimedBy) && !s.acknowledged) {
                s.acknowledged = true;
                byPosition.remove(s.position);
                pending--;
            }
        }
        while (!slots.isEmpty() && slots.peekFirst().acknowledged) {
            slots.removeFirst();
        }
    }

    @Override
    public synchronized void release(String relayId, List<OutboxEntry> entries) {
        for (OutboxEntry e : entries) {
            Slot s = byPosition.get(e.position());
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
