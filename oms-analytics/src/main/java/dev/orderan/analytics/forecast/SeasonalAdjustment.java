package dev.orderan.analytics.forecast;

import dev.orderan.analytics.forecast.internal.Decomposition;

/**
 * The seasonal adjustment used by the Theta method (Assimakopoulos and Nikolopoulos 2000) and the
 * damped-trend benchmark: the series is tested for seasonality at lag m (the autocorrelation at
 * lag m against its standard error under the hypothesis of no seasonality, at the 90 % level,
 * two-sided) and, if seasonal, divided by the indices of a classical multiplicative decomposition.
 * Only for strictly positive series with more than two full seasons.
 */
final class SeasonalAdjustment {

    private final double[] figure;
    private final int m;

    private SeasonalAdjustment(double[] figure, int m) {
        this.figure = figure;
        this.m = m;
    }

    /** The adjustment for a series, or one that does nothing when the series is not seasonal. */
    static SeasonalAdjustment of(TimeSeries series) {
        double[] y = series.raw();
        int n = y.length;
        int m = series.frequency();
        if (m <= 1 || n <= 2 * m || Ets.isConstant(y) || Ets.min(y) <= 0) {
            return new SeasonalAdjustment(null, 1);
        }
        double[] r = acf(y, m);
        double s = 0;
        for (int k = 1; k < m; k++) {
            s += r[k] * r[k];
        }
        double stat = Math.sqrt((1 + 2 * s) / n);
        if (Math.abs(r[m]) / stat <= NormalDistribution.quantile(0.95)) {
            return new SeasonalAdjustment(null, 1);
        }
        double[] figure = Decomposition.figure(y, n, m, true);
        for (double f : figure) {
            if (Math.abs(f) < 1e-4) {
                return new SeasonalAdjustment(null, 1);
            }
        }
        return new SeasonalAdjustment(figure, m);
    }

    boolean seasonal() {
        return figure != null;
    }

    /** The series divided by its seasonal indices. */
    TimeSeries adjust(TimeSeries series) {
        if (figure == null) {
            return series;
        }
        double[] y = series.values();
        for (int i = 0; i < y.length; i++) {
            y[i] /= figure[i % m];
        }
        return new TimeSeries(series.name(), y, series.frequency());
    }

    /** Multiplies forecasts for steps 1..h after observation {@code n} by their seasonal index. */
    double[] reseasonalize(double[] values, int n) {
        double[] out = values.clone();
        if (figure != null) {
            for (int h = 1; h <= out.length; h++) {
                out[h - 1] *= figure[(n + h - 1) % m];
            }
        }
        return out;
    }

    /** Reseasonalizes every interval. */
    java.util.List<PredictionInterval> reseasonalize(java.util.List<PredictionInterval> intervals, int n) {
        if (figure == null) {
            return intervals;
        }
        java.util.List<PredictionInterval> out = new java.util.ArrayList<>();
        for (PredictionInterval pi : intervals) {
            out.add(new PredictionInterval(pi.level(), reseasonalize(pi.lower(), n), reseasonalize(pi.upper(), n)));
        }
        return out;
    }

    /** Sample autocorrelations r_0..r_maxLag. */
    static double[] acf(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double c = 0;
            for (int t = 0; t + k < n; t++) {
                c += (y[t] - mean) * (y[t + k] - mean);
            }
            r[k] = c0 == 0 ? 0 : c / c0;
        }
        return r;
    }
}
