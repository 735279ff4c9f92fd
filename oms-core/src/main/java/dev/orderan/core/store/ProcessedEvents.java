package dev.orderan.core.store;

import java.util.UUID;

/**
 * What an idempotent consumer remembers: the event ids each consumer has applied, written in the
 * same transaction as the consumer's effect, so an event delivered twice is applied once.
 */
public interface ProcessedEvents {

    /**
     * Marks an event as applied by a consumer, in the transaction that applies it.
     *
     * @return true the first time; false when the consumer applied it before (then skip it)
     */
    boolean markProcessed(Transaction tx, String consumer, UUID eventId);
}
