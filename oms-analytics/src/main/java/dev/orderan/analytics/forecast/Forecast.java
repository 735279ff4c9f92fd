package dev.orderan.analytics.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Point forecasts for steps 1..h after the last observation of a series, with the method and
 * model that produced them and prediction intervals when the method gives them.
 *
 * @param series the name of the series
 * @param method the method, e.g. {@code ets}, {@code theta}, {@code croston}
 * @param model the fitted model, e.g. {@code ETS(M,Ad,M)} or {@code Croston(alpha=0.1)}
 * @param mean the point forecasts, index 0 is step 1
 * @param intervals prediction intervals, possibly none
 */
public record Forecast(String series, String method, String model, double[] mean, List<PredictionInterval> intervals) {

    /** Validates and copies. */
    public Forecast {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mean, "mean");
        mean = mean.clone();
        intervals = List.copyOf(intervals);
    }

    /** A copy of the point forecasts. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The point forecast at step {@code step} (1-based). */
    public double mean(int step) {
        return mean[step - 1];
    }

    /** The number of steps. */
    public int horizon() {
        return mean.length;
    }

    /** The interval with the given level (0.8, 0.95, ...), if this forecast has it. */
    public Optional<PredictionInterval> interval(double level) {
        return intervals.stream().filter(i -> Math.abs(i.level() - level) < 1e-9).findFirst();
    }

    /** The same forecast under another method and model name (used by combining methods). */
    Forecast relabel(String newMethod, String newModel) {
        return new Forecast(series, newMethod, newModel, mean, intervals);
    }

    double[] rawMean() {
        return mean;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast f && f.series.equals(series) && f.method.equals(method) && f.model.equals(model)
                && Arrays.equals(f.mean, mean) && f.intervals.equals(intervals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(series, method, model, intervals) * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "Forecast[" + series + ", " + method + ", " + model + ", " + Arrays.toString(mean) + "]";
    }
}
