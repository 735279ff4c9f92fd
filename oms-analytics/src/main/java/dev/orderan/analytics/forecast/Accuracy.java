package dev.orderan.analytics.forecast;

import java.util.Objects;

/**
 * Forecast errors on a holdout, scaled so that series of different sizes can be averaged:
 * MASE (Hyndman and Koehler 2006), RMSSE (the M5 competition's measure) and sMAPE (the M3/M4
 * definition, in percent). The scale of MASE and RMSSE is the in-sample error of the seasonal
 * naive method on the training data for seasonal series (frequency above 1, with more than one
 * season of training data) and of the naive method otherwise, so a method as good as that
 * baseline scores 1.
 *
 * @param mase mean absolute scaled error
 * @param rmsse root mean squared scaled error
 * @param smape symmetric mean absolute percentage error, 0..200
 * @param steps how many holdout values were scored
 */
public record Accuracy(double mase, double rmsse, double smape, int steps) {

    /**
     * Scores {@code forecast} against {@code actual} (same length, or the forecast longer), scaled
     * by the naive errors of {@code training}.
     *
     * @param training the data the forecast was made from
     * @param frequency the seasonal frequency of the series
     */
    public static Accuracy of(double[] training, int frequency, double[] actual, double[] forecast) {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(forecast, "forecast");
        if (actual.length == 0 || forecast.length < actual.length) {
            throw new IllegalArgumentException("need a forecast for every one of the " + actual.length
                    + " actual values, got " + forecast.length);
        }
        int lag = scaleLag(training.length, frequency);
        double absScale = 0;
        double sqScale = 0;
        int pairs = training.length - lag;
        for (int t = lag; t < training.length; t++) {
            double d = training[t] - training[t - lag];
            absScale += Math.abs(d);
            sqScale += d * d;
        }
        absScale = pairs > 0 ? absScale / pairs : Double.NaN;
        sqScale = pairs > 0 ? sqScale / pairs : Double.NaN;
        double abs = 0;
        double sq = 0;
        double sm = 0;
        int h = actual.length;
        for (int i = 0; i < h; i++) {
            double e = actual[i] - forecast[i];
            abs += Math.abs(e);
            sq += e * e;
            double denom = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sm += denom == 0 ? 0 : 200 * Math.abs(e) / denom;
        }
        double mase = abs / h / absScale;
        double rmsse = Math.sqrt(sq / h / sqScale);
        return new Accuracy(mase, rmsse, sm / h, h);
    }

    /** The lag of the scaling baseline: the frequency for seasonal series with enough data, else 1. */
    public static int scaleLag(int trainingLength, int frequency) {
        return frequency > 1 && trainingLength > frequency ? frequency : 1;
    }

    /** The mean of several scores (steps add up); NaN scores are skipped. */
    public static Accuracy mean(Iterable<Accuracy> scores) {
        double mase = 0;
        double rmsse = 0;
        double smape = 0;
        int nm = 0;
        int nr = 0;
        int ns = 0;
        int steps = 0;
        for (Accuracy a : scores) {
            if (Double.isFinite(a.mase)) {
                mase += a.mase;
                nm++;
            }
            if (Double.isFinite(a.rmsse)) {
                rmsse += a.rmsse;
                nr++;
            }
            if (Double.isFinite(a.smape)) {
                smape += a.smape;
                ns++;
            }
            steps += a.steps;
        }
        return new Accuracy(nm == 0 ? Double.NaN : mase / nm, nr == 0 ? Double.NaN : rmsse / nr,
                ns == 0 ? Double.NaN : smape / ns, steps);
    }
}
