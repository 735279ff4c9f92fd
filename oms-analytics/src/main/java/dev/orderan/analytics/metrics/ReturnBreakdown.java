package dev.orderan.analytics.metrics;

import java.util.Map;
import java.util.Objects;

/**
 * Returns of one group of delivered orders (a SKU, a category, a courier, or all).
 *
 * @param key the group
 * @param rate returned orders / delivered orders of the group
 * @param reasons returned orders per reason, most frequent first
 */
public record ReturnBreakdown(String key, RatioFigure rate, Map<String, CountFigure> reasons) {
    /** Checks presence and copies the reasons, keeping their order. */
    public ReturnBreakdown {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rate, "rate");
        reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
    }
}
