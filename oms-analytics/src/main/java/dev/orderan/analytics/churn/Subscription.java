package dev.orderan.analytics.churn;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription as churn analytics sees it.
 *
 * @param subscriptionId the subscription
 * @param customerId the customer
 * @param plan the plan, e.g. {@code "basic"}
 * @param startedOn the first day
 * @param endedOn the day it ended (cancelled or lapsed), if it has
 */
public record Subscription(String subscriptionId, String customerId, String plan, LocalDate startedOn,
                           Optional<LocalDate> endedOn) {

    /** Checks presence and that it does not end before it starts. */
    public Subscription {
        if (subscriptionId == null || subscriptionId.isBlank()) {
            throw new IllegalArgumentException("subscriptionId: must not be blank");
        }
        Objects.requireNonNull(customerId, "customerId");
        if (plan == null || plan.isBlank()) {
            throw new IllegalArgumentException("subscription " + subscriptionId + ": plan must not be blank");
        }
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(endedOn, "endedOn");
        if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
            throw new IllegalArgumentException("subscription " + subscriptionId + ": endedOn " + endedOn.get()
                    + " is before startedOn " + startedOn);
        }
    }

    /** True when the subscription was active at the start of the day. */
    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && endedOn.map(day::isBefore).orElse(true);
    }

    /** True when it ended on or before the day. */
    public boolean endedBy(LocalDate day) {
        return endedOn.map(e -> !e.isAfter(day)).orElse(false);
    }
}
