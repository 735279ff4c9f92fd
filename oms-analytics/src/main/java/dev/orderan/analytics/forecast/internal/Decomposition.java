package dev.orderan.analytics.forecast.internal;

import java.util.Arrays;

/**
 * Classical decomposition by moving averages (as described in Hyndman and Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, section "Classical decomposition"): the trend is
 * the centred moving average of order m (2 x m for even m), the seasonal figure is the average
 * de-trended value of each season, normalised to sum to zero (additive) or to average one
 * (multiplicative).
 */
public final class Decomposition {

    private Decomposition() {
    }

    /**
     * The seasonal component for every observation (index i has season i mod m, the first
     * observation being season 0). Needs at least two full periods.
     */
    public static double[] seasonal(double[] y, int n, int m, boolean multiplicative) {
        double[] figure = figure(y, n, m, multiplicative);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = figure[i % m];
        }
        return out;
    }

    /** The seasonal figure, one value per season 0..m-1 (season 0 is the first observation's). */
    public static double[] figure(double[] y, int n, int m, boolean multiplicative) {
        if (n < 2 * m) {
            throw new IllegalArgumentException("decomposition needs two full periods: n=" + n + ", m=" + m);
        }
        double[] trend = trend(y, n, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(trend[i])) {
                double d = multiplicative ? y[i] / trend[i] : y[i] - trend[i];
                sum[i % m] += d;
                count[i % m]++;
            }
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int s = 0; s < m; s++) {
            figure[s] = sum[s] / count[s];
            mean += figure[s];
        }
        mean /= m;
        for (int s = 0; s < m; s++) {
            figure[s] = multiplicative ? figure[s] / mean : figure[s] - mean;
        }
        return figure;
    }

    /** The centred moving average of order m; NaN where the window does not fit. */
    public static double[] trend(double[] y, int n, int m) {
        double[] t = new double[n];
        Arrays.fill(t, Double.NaN);
        if (m % 2 == 1) {
            int half = m / 2;
            for (int i = half; i < n - half; i++) {
                double s = 0;
                for (int j = -half; j <= half; j++) {
                    s += y[i + j];
                }
                t[i] = s / m;
            }
        } else {
            int half = m / 2;
            for (int i = half; i < n - half; i++) {
                double s = 0.5 * (y[i - half] + y[i + half]);
                for (int j = -half + 1; j <= half - 1; j++) {
                    s += y[i + j];
                }
                t[i] = s / m;
            }
        }
        return t;
    }
}
