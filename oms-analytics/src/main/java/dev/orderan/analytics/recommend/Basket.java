package dev.orderan.analytics.recommend;

import dev.orderan.analytics.metrics.OrderFact;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The distinct SKUs of one order (quantities do not matter to co-purchase).
 *
 * @param basketId the order id
 * @param customerId the customer
 * @param at when it was placed
 * @param items the SKUs, sorted
 */
public record Basket(String basketId, String customerId, Instant at, Set<String> items) {

    /** Checks presence and copies the items into a sorted set. */
    public Basket {
        Objects.requireNonNull(basketId, "basketId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("basket " + basketId + ": items must not be empty");
        }
        items = java.util.Collections.unmodifiableSet(new TreeSet<>(items));
    }

    /** The baskets of the facts that are not cancelled, in placement order. */
    public static List<Basket> fromFacts(List<OrderFact> facts) {
        return facts.stream().filter(f -> !f.isCancelled() && !f.lines().isEmpty())
                .sorted(java.util.Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId))
                .map(f -> new Basket(f.orderId(), f.customerId(), f.placedAt(),
                        new TreeSet<>(f.lines().stream().map(OrderFact.Line::sku).toList())))
                .toList();
    }
}
