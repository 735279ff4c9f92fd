package dev.orderan.analytics.metrics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A rate: how many of a base set meet a condition, with the ids of both sets (the numerator's ids
 * are a subset of the denominator's). Ids are order ids, except where a metric says otherwise
 * (conversion counts sessions).
 *
 * @param name what the rate is
 * @param numeratorIds the records meeting the condition
 * @param denominatorIds the base records
 */
public record RatioFigure(String name, List<String> numeratorIds, List<String> denominatorIds) implements Figure {

    /** Checks presence and copies the ids. */
    public RatioFigure {
        Objects.requireNonNull(name, "name");
        numeratorIds = List.copyOf(numeratorIds);
        denominatorIds = List.copyOf(denominatorIds);
        if (numeratorIds.size() > denominatorIds.size()) {
            throw new IllegalArgumentException(name + ": numerator larger than denominator");
        }
    }

    /** The numerator's size. */
    public long numerator() {
        return numeratorIds.size();
    }

    /** The denominator's size. */
    public long denominator() {
        return denominatorIds.size();
    }

    /** numerator / denominator, or empty when the denominator is zero. */
    public OptionalDouble rate() {
        return denominatorIds.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of((double) numeratorIds.size() / denominatorIds.size());
    }

    /** The base records: the denominator's ids. */
    @Override
    public List<String> orderIds() {
        return denominatorIds;
    }
}
