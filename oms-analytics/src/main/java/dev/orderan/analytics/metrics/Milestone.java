package dev.orderan.analytics.metrics;

import java.time.Instant;
import java.util.Optional;

/** A point in an order's fulfilment, for processing times. */
public enum Milestone {
    /** Placed. */
    PLACED,
    /** Paid in full, whatever the order type (see {@link OrderFacts}). */
    PAID,
    /** Packed. */
    PACKED,
    /** Handed to the courier. */
    SHIPPED,
    /** Delivered. */
    DELIVERED;

    /** When the order reached this milestone, if it did. */
    public Optional<Instant> of(OrderFact fact) {
        OrderFact.Timeline t = fact.timeline();
        return switch (this) {
            case PLACED -> Optional.of(t.placedAt());
            case PAID -> t.paidAt();
            case PACKED -> t.packedAt();
            case SHIPPED -> t.shippedAt();
            case DELIVERED -> t.deliveredAt();
        };
    }
}
