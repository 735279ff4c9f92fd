package dev.orderan.core.store;

import dev.orderan.core.event.EventEnvelope;
import java.util.Objects;

/**
 * One event waiting in the outbox.
 *
 * @param position the outbox's own position of the entry: unique and increasing in commit order
 *     within the outbox, but not gapless and not per tenant; use it only to acknowledge
 * @param envelope the event
 * @param attempts how many times it was claimed before, by any relay
 */
public record OutboxEntry(long position, EventEnvelope<?> envelope, int attempts) {

    /** Checks that nothing is missing. */
    public OutboxEntry {
        Objects.requireNonNull(envelope, "envelope");
    }
}
