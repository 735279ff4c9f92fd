package dev.orderan.analytics.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolling-origin evaluation ("time series cross-validation", Tashman 2000): each method is fitted
 * to the history up to an origin and scored on the next {@code horizon} observations, for several
 * origins ending at the last full window. The naive and seasonal naive baselines are always
 * scored beside the methods.
 *
 * <p>Origins are {@code step} apart; the last leaves exactly {@code horizon} observations after
 * it. Origins that would leave fewer than {@code minimumTraining} observations before them are
 * dropped.
 *
 * @param horizon steps scored after every origin
 * @param origins the most origins to use
 * @param step distance between consecutive origins
 * @param minimumTraining the fewest observations a method is fitted on
 */
public record Backtest(int horizon, int origins, int step, int minimumTraining) {

    /** Checks the settings. */
    public Backtest {
        if (horizon < 1 || origins < 1 || step < 1 || minimumTraining < 1) {
            throw new IllegalArgumentException("horizon, origins, step and minimumTraining must be at least 1");
        }
    }

    /** The scores of one method. */
    public record Score(String method, Accuracy accuracy, int failures) {
    }

    /**
     * The scores of every method and baseline, by method name, in the order given (baselines
     * last).
     *
     * @param origins the origins that were used (each the number of training observations)
     */
    public record Result(String series, List<Integer> origins, Map<String, Score> scores) {

        /** Copies. */
        public Result {
            origins = List.copyOf(origins);
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        /** The method (not a baseline) with the lowest mean MASE, if any method was scored. */
        public java.util.Optional<String> best(List<String> among) {
            String best = null;
            double bestValue = Double.POSITIVE_INFINITY;
            for (String m : among) {
                Score s = scores.get(m);
                if (s != null && s.failures == 0 && s.accuracy.mase() < bestValue) {
                    best = m;
                    bestValue = s.accuracy.mase();
                }
            }
            return java.util.Optional.ofNullable(best);
        }
    }

    /** The origins for a series of length n: training sizes, earliest first. */
    public List<Integer> originsFor(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = origins - 1; i >= 0; i--) {
            int o = n - horizon - i * step;
            if (o >= minimumTraining) {
                out.add(o);
            }
        }
        return out;
    }

    /** Runs the backtest of the given methods, with the naive and seasonal naive baselines added. */
    public Result run(TimeSeries series, List<Forecaster> methods) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(methods, "methods");
        List<String> names = new ArrayList<>();
        for (Forecaster f : methods) {
            names.add(f.name());
        }
        return run(series, names, (train, h) -> {
            Map<String, Forecast> out = new LinkedHashMap<>();
            for (Forecaster f : methods) {
                try {
                    out.put(f.name(), f.forecast(train, h));
                } catch (UnforecastableSeriesException e) {
                    // scored as a failure
                }
            }
            return out;
        });
    }

    /** Several methods fitted together (they may share work, as a combination shares its members). */
    interface Panel {
        /** Forecasts by method name; a method that could not forecast is left out. */
        Map<String, Forecast> forecast(TimeSeries train, int horizon);
    }

    Result run(TimeSeries series, List<String> methodNames, Panel panel) {
        List<String> names = new ArrayList<>(methodNames);
        names.add("naive");
        names.add("snaive");
        List<Integer> used = originsFor(series.length());
        Map<String, List<Accuracy>> scores = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (String name : names) {
            scores.put(name, new ArrayList<>());
            failures.put(name, 0);
        }
        double[] y = series.raw();
        for (int origin : used) {
            TimeSeries train = series.head(origin);
            double[] actual = java.util.Arrays.copyOfRange(y, origin, origin + horizon);
            double[] history = java.util.Arrays.copyOf(y, origin);
            Map<String, Forecast> forecasts = new LinkedHashMap<>(panel.forecast(train, horizon));
            forecasts.put("naive", Baselines.naive().forecast(train, horizon));
            forecasts.put("snaive", Baselines.seasonalNaive().forecast(train, horizon));
            for (String name : names) {
                Forecast fc = forecasts.get(name);
                if (fc == null) {
                    failures.merge(name, 1, Integer::sum);
                } else {
                    scores.get(name).add(Accuracy.of(history, series.frequency(), actual, fc.rawMean()));
                }
            }
        }
        Map<String, Score> result = new LinkedHashMap<>();
        for (String name : names) {
            List<Accuracy> list = scores.get(name);
            Accuracy mean = list.isEmpty() ? new Accuracy(Double.NaN, Double.NaN, Double.NaN, 0) : Accuracy.mean(list);
            result.put(name, new Score(name, mean, failures.get(name)));
        }
        return new Result(series.name(), used, result);
    }
}
