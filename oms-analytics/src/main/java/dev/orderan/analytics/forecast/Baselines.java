package dev.orderan.analytics.forecast;

import java.util.List;

/**
 * The benchmark methods every accuracy figure is reported beside: naive (the last value) and
 * seasonal naive (the value one season earlier), with prediction intervals from the random-walk
 * model of their in-sample errors.
 */
public final class Baselines {

    private Baselines() {
    }

    /** Repeats the last observation. */
    public static Forecaster naive() {
        return new Forecaster() {
            @Override
            public String name() {
                return "naive";
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                return seasonalNaive(series, horizon, 1, "naive");
            }
        };
    }

    /** Repeats the last season; the naive method for non-seasonal series or too little data. */
    public static Forecaster seasonalNaive() {
        return new Forecaster() {
            @Override
            public String name() {
                return "snaive";
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                int m = series.frequency() > 1 && series.length() >= series.frequency() ? series.frequency() : 1;
                return seasonalNaive(series, horizon, m, "snaive");
            }
        };
    }

    /** The mean of the whole history, for series too short for anything else. */
    public static Forecaster mean() {
        return new Forecaster() {
            @Override
            public String name() {
                return "mean";
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                checkHorizon(horizon);
                double[] y = series.raw();
                double s = 0;
                for (double v : y) {
                    s += v;
                }
                double[] f = new double[horizon];
                java.util.Arrays.fill(f, s / y.length);
                return new Forecast(series.name(), "mean", "Mean", f, List.of());
            }
        };
    }

    static Forecast seasonalNaive(TimeSeries series, int horizon, int m, String method) {
        checkHorizon(horizon);
        double[] y = series.raw();
        int n = y.length;
        double[] f = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            f[h - 1] = y[n - m + ((h - 1) % m)];
        }
        // Residual variance of the in-sample (seasonal) random walk.
        double ss = 0;
        int count = 0;
        for (int t = m; t < n; t++) {
            double d = y[t] - y[t - m];
            ss += d * d;
            count++;
        }
        String model = m == 1 ? "Naive" : "SeasonalNaive(" + m + ")";
        if (count == 0) {
            return new Forecast(series.name(), method, model, f, List.of());
        }
        double sigma = Math.sqrt(ss / count);
        List<PredictionInterval> intervals = new java.util.ArrayList<>();
        for (double level : new double[] {0.80, 0.95}) {
            double z = NormalDistribution.quantile(0.5 + level / 2);
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                double k = Math.floor((h - 1) / (double) m) + 1;
                double half = z * sigma * Math.sqrt(k);
                lo[h - 1] = f[h - 1] - half;
                hi[h - 1] = f[h - 1] + half;
            }
            intervals.add(new PredictionInterval(level, lo, hi));
        }
        return new Forecast(series.name(), method, model, f, intervals);
    }

    static void checkHorizon(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
    }
}
