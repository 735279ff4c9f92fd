package dev.orderan.analytics.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A prediction interval for every step of a forecast: with the model's assumptions the future
 * value falls between {@code lower[i]} and {@code upper[i]} with probability {@code level}.
 *
 * @param level the coverage, strictly between 0 and 1 (0.95 for 95 %)
 * @param lower the lower bounds, one per step
 * @param upper the upper bounds, one per step
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {

    /** Validates and copies. */
    public PredictionInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1: " + level);
        }
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper must have the same length");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** A copy of the lower bounds. */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** A copy of the upper bounds. */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** The lower bound at step {@code step} (1-based). */
    public double lower(int step) {
        return lower[step - 1];
    }

    /** The upper bound at step {@code step} (1-based). */
    public double upper(int step) {
        return upper[step - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PredictionInterval p && p.level == level && Arrays.equals(p.lower, lower)
                && Arrays.equals(p.upper, upper);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(level) * 31 + Arrays.hashCode(lower) * 17 + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "PredictionInterval[" + level + ", " + Arrays.toString(lower) + ", " + Arrays.toString(upper) + "]";
    }
}
