package dev.orderan.analytics.forecast;

import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named series of equally spaced observations, oldest first, with its seasonal frequency
 * (observations per seasonal cycle: 1 none, 4 quarterly, 7 daily with a weekly pattern, 12
 * monthly, 52 weekly). The values are copied in and out; the series never changes.
 *
 * @param name what the series is, e.g. a SKU and location
 * @param values the observations, every one finite
 * @param frequency observations per seasonal cycle, at least 1
 */
public record TimeSeries(String name, double[] values, int frequency) {

    /**
     * Validates and copies.
     *
     * @throws ValidationFailedException naming {@code name}, {@code values} or {@code values[i]}
     *                                   and {@code frequency} when they are missing or invalid
     */
    public TimeSeries {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "NotBlank", "must not be blank"));
        }
        if (values == null || values.length == 0) {
            violations.add(new Violation("values", "NotEmpty", "must hold at least one observation"));
        } else {
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    violations.add(new Violation("values[" + i + "]", "Finite", "must be a finite number"));
                    if (violations.size() > 20) {
                        break;
                    }
                }
            }
        }
        if (frequency < 1) {
            violations.add(new Violation("frequency", "Min", "must be at least 1"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException("TimeSeries", violations);
        }
        values = values.clone();
    }

    /** A series named {@code name} with the given observations and frequency. */
    public static TimeSeries of(String name, int frequency, double... values) {
        return new TimeSeries(name, values, frequency);
    }

    /** A copy of the observations. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The observation at index {@code i} (0 is the oldest). */
    public double value(int i) {
        return values[i];
    }

    /** The number of observations. */
    public int length() {
        return values.length;
    }

    /** The first {@code count} observations as a series of the same name and frequency. */
    public TimeSeries head(int count) {
        if (count < 1 || count > values.length) {
            throw new IllegalArgumentException("head count " + count + " outside 1.." + values.length);
        }
        return new TimeSeries(name, Arrays.copyOf(values, count), frequency);
    }

    /** The same observations under another frequency. */
    public TimeSeries withFrequency(int newFrequency) {
        return new TimeSeries(name, values, newFrequency);
    }

    /** Read access without copying, for the algorithms of this package. */
    double[] raw() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && t.frequency == frequency && t.name.equals(name)
                && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, frequency) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + name + ", n=" + values.length + ", frequency=" + frequency + "]";
    }
}
