package dev.orderan.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A command that was carried out, remembered so a repeat can be answered with the first result.
 *
 * @param key the command id or natural key, unique per tenant (an idempotency key, {@code order|INV-1|payment|BCA-88})
 * @param fingerprint a hash of the command's content, to tell a repeat from a conflicting reuse of the key
 * @param aggregateType the type of the aggregate the command changed
 * @param aggregateId the aggregate it changed
 * @param version the aggregate's version right after the command: the first result
 * @param processedAt when it was carried out
 */
public record ProcessedCommand(String key, String fingerprint, String aggregateType, String aggregateId,
        long version, Instant processedAt) {

    /** Checks that nothing is missing. */
    public ProcessedCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(processedAt, "processedAt");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key: must not be empty");
        }
    }
}
