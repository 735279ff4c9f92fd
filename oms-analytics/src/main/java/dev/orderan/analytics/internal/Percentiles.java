package dev.orderan.analytics.internal;

/** Percentiles by the nearest-rank method: the smallest value with at least p % of the values at or below it. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of sorted values: the value at rank ⌈p/100 · n⌉ (1-based).
     * Always one of the values, so a figure can name the order it came from.
     */
    public static int nearestRankIndex(int n, double p) {
        if (n < 1) {
            throw new IllegalArgumentException("n: must be at least 1");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("p: must be in (0, 100], was " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * n - 1e-9);
        return Math.max(0, Math.min(n - 1, rank - 1));
    }
}
