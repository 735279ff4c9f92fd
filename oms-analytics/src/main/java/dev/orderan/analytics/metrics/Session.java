package dev.orderan.analytics.metrics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A visit to the shop (from the host's web analytics), for conversion rates.
 *
 * @param sessionId the visit's id
 * @param startedAt when it started
 * @param source the campaign or traffic source, if known
 * @param orderId the order placed in the visit, if any
 */
public record Session(String sessionId, Instant startedAt, Optional<String> source, Optional<String> orderId) {
    /** Checks presence. */
    public Session {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId: must not be blank");
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(orderId, "orderId");
    }
}
