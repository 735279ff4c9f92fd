package dev.orderan.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Events committed with the changes that produced them, waiting to be handed to the host's broker
 * or process steps. Several relays, in one process or many, share the work by claiming batches with
 * a lease: a claimed entry is invisible to other relays until it is acknowledged, released, or its
 * lease runs out (then it is handed out again, so delivery is at least once). Across tenants, with
 * no per-tenant counter.
 *
 * <p>Order: within one aggregate, entries are handed out in sequence order, and never while an
 * earlier entry of the same aggregate is claimed by another relay, so a relay that publishes a
 * batch in order keeps each aggregate's events in order (Kafka: key by aggregate id).
 */
public interface Outbox {

    /**
     * Claims up to {@code max} entries for {@code relayId} until {@code now + lease}.
     *
     * @return the claimed entries in commit order; empty when nothing is waiting
     */
    List<OutboxEntry> claim(String relayId, int max, Instant now, Duration lease);

    /** Removes entries the relay published; entries it no longer holds are ignored. */
    void acknowledge(String relayId, List<OutboxEntry> entries);

    /** Gives entries back at once so any relay may claim them again (publishing failed). */
    void release(String relayId, List<OutboxEntry> entries);

    /** Entries not yet acknowledged, claimed or not. */
    long pending();
}
