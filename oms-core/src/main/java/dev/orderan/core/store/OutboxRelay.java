package dev.orderan.core.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves events from an {@link Outbox} to an {@link EventPublisher}: claims a batch, publishes it in
 * order, acknowledges what was published. When publishing fails the rest of the batch is released
 * for another attempt and the failure is returned to the caller, so delivery is at least once and
 * consumers deduplicate by event id ({@link ProcessedEvents}). Nothing runs in the background: call
 * {@link #relayBatch()} from the host's scheduler (or a loop) in as many processes as you like.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final EventPublisher publisher;
    private final String relayId;
    private final int batchSize;
    private final Duration lease;
    private final Clock clock;

    /**
     * A relay.
     *
     * @param relayId a name unique among running relays (host and process, say)
     * @param batchSize entries claimed at a time
     * @param lease how long a claim holds before others may take the entries
     */
    public OutboxRelay(Outbox outbox, EventPublisher publisher, String relayId, int batchSize, Duration lease,
            Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.relayId = Objects.requireNonNull(relayId, "relayId");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize: must be at least 1, was " + batchSize);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease: must be positive, was " + lease);
        }
        this.batchSize = batchSize;
        this.lease = lease;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Claims and publishes one batch.
     *
     * @return how many events were published and acknowledged (0 when the outbox was empty)
     * @throws RuntimeException the publisher's failure, after acknowledging what went out before it
     *     and releasing the rest
     */
    public int relayBatch() {
        List<OutboxEntry> batch = outbox.claim(relayId, batchSize, clock.instant(), lease);
        List<OutboxEntry> done = new ArrayList<>(batch.size());
        try {
            for (OutboxEntry e : batch) {
                publisher.publish(e.envelope());
                done.add(e);
            }
        } catch (RuntimeException e) {
            outbox.acknowledge(relayId, done);
            outbox.release(relayId, batch.subList(done.size(), batch.size()));
            LOG.warn("relay {}: publishing {} failed; {} released for another attempt", relayId,
                    batch.get(done.size()).envelope(), batch.size() - done.size(), e);
            throw e;
        }
        outbox.acknowledge(relayId, done);
        return done.size();
    }

    /**
     * Relays batches until the outbox has nothing more to hand out.
     *
     * @return how many events were published
     */
    public int drain() {
        int total = 0;
        for (int n; (n = relayBatch()) > 0; ) {
            total += n;
        }
        return total;
    }
}
