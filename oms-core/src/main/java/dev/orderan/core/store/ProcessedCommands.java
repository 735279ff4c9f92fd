package dev.orderan.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers processed command ids per tenant, written in the same transaction as the change the
 * command made, so "was this done?" and "do it" are one decision. Kept at least as long as clients
 * may retry (24 hours or more), then purged.
 */
public interface ProcessedCommands {

    /** The processed command with this key in the transaction's tenant. */
    Optional<ProcessedCommand> find(Transaction tx, String key);

    /**
     * Records a processed command.
     *
     * @throws DuplicateCommandException if the key is already recorded in the tenant (nothing changes)
     */
    void record(Transaction tx, ProcessedCommand command);

    /**
     * Forgets commands processed before {@code cutoff}, in every tenant.
     *
     * @return how many were forgotten
     */
    long purgeProcessedBefore(Instant cutoff);
}
