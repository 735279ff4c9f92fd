package dev.orderan.analytics.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * Forecasting intermittent demand (many periods without any sale):
 * <ul>
 * <li>Croston (1972): exponential smoothing of the non-zero demand sizes and, separately, of the
 * intervals between them; the forecast is their ratio. Both smoothers start at their first value.
 * The interval before the first demand counts from the start of the series.</li>
 * <li>SBA (Syntetos and Boylan 2005): Croston times {@code 1 - alpha / 2}, removing Croston's
 * known upward bias.</li>
 * <li>TSB (Teunter, Syntetos and Babai 2011): smooths the probability of a demand every period
 * (so the forecast decays while nothing sells, which suits items going obsolete) and the size
 * whenever a demand occurs; the forecast is their product. The probability starts at the share of
 * periods with demand, the size at the mean non-zero demand.</li>
 * </ul>
 * All three give a flat forecast, a demand rate per period; none gives prediction intervals.
 * Values must not be negative.
 */
public final class Intermittent {

    /** The default smoothing constant of Croston and SBA, as in the reference implementation. */
    public static final double DEFAULT_ALPHA = 0.1;

    private Intermittent() {
    }

    /** Croston's method with smoothing constant 0.1. */
    public static Forecaster croston() {
        return croston(DEFAULT_ALPHA);
    }

    /** Croston's method with the given smoothing constant (0 &lt; alpha &le; 1). */
    public static Forecaster croston(double alpha) {
        checkUnit("alpha", alpha);
        return forecaster("croston", "Croston(alpha=" + Theta.round(alpha) + ")", y -> crostonRate(y, y.length, alpha));
    }

    /** The Syntetos–Boylan approximation with smoothing constant 0.1. */
    public static Forecaster sba() {
        return sba(DEFAULT_ALPHA);
    }

    /** The Syntetos–Boylan approximation with the given smoothing constant. */
    public static Forecaster sba(double alpha) {
        checkUnit("alpha", alpha);
        return forecaster("sba", "SBA(alpha=" + Theta.round(alpha) + ")",
                y -> crostonRate(y, y.length, alpha) * (1 - alpha / 2));
    }

    /** TSB with smoothing constants 0.1 for the size and 0.1 for the probability. */
    public static Forecaster tsb() {
        return tsb(0.1, 0.1);
    }

    /** TSB with smoothing constants for the demand size and the demand probability. */
    public static Forecaster tsb(double alphaSize, double betaProbability) {
        checkUnit("alphaSize", alphaSize);
        checkUnit("betaProbability", betaProbability);
        return forecaster("tsb", "TSB(alpha=" + Theta.round(alphaSize) + ", beta=" + Theta.round(betaProbability) + ")",
                y -> tsbRate(y, alphaSize, betaProbability));
    }

    /**
     * Croston's one-step fitted values as the reference implementation defines them: the value
     * at index t is Croston's forecast from the first t observations (index 0 has none: NaN).
     */
    public static double[] crostonFitted(TimeSeries series, double alpha) {
        checkUnit("alpha", alpha);
        double[] y = series.raw();
        checkNonNegative(series, "croston");
        double[] fitted = new double[y.length];
        fitted[0] = Double.NaN;
        for (int t = 1; t < y.length; t++) {
            fitted[t] = crostonRate(y, t, alpha);
        }
        return fitted;
    }

    /**
     * Average inter-demand interval (periods per non-zero demand); infinite without demand. Series
     * with ADI of 1.32 or more are intermittent in the classification of Syntetos, Boylan and
     * Croston (2005).
     */
    public static double averageDemandInterval(double[] y) {
        int nonZero = 0;
        for (double v : y) {
            if (v != 0) {
                nonZero++;
            }
        }
        return nonZero == 0 ? Double.POSITIVE_INFINITY : (double) y.length / nonZero;
    }

    /** True when a series is intermittent: some zero periods and ADI of 1.32 or more. */
    public static boolean isIntermittent(double[] y) {
        return averageDemandInterval(y) >= 1.32;
    }

    /** Croston's rate from y[0..n). */
    static double crostonRate(double[] y, int n, double alpha) {
        double size = Double.NaN;
        double interval = Double.NaN;
        int last = -1;
        for (int t = 0; t < n; t++) {
            if (y[t] > 0) {
                double gap = t - last;
                if (Double.isNaN(size)) {
                    size = y[t];
                    interval = gap;
                } else {
                    size += alpha * (y[t] - size);
                    interval += alpha * (gap - interval);
                }
                last = t;
            }
        }
        return Double.isNaN(size) ? 0 : size / interval;
    }

    static double tsbRate(double[] y, double alpha, double beta) {
        int nonZero = 0;
        double total = 0;
        for (double v : y) {
            if (v > 0) {
                nonZero++;
                total += v;
            }
        }
        if (nonZero == 0) {
            return 0;
        }
        double p = (double) nonZero / y.length;
        double z = total / nonZero;
        for (double v : y) {
            if (v > 0) {
                p += beta * (1 - p);
                z += alpha * (v - z);
            } else {
                p += beta * (0 - p);
            }
        }
        return p * z;
    }

    private interface Rate {
        double of(double[] y);
    }

    private static Forecaster forecaster(String name, String model, Rate rate) {
        return new Forecaster() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                Baselines.checkHorizon(horizon);
                checkNonNegative(series, name);
                double[] f = new double[horizon];
                Arrays.fill(f, rate.of(series.raw()));
                return new Forecast(series.name(), name, model, f, List.of());
            }
        };
    }

    private static void checkNonNegative(TimeSeries series, String method) {
        if (Ets.min(series.raw()) < 0) {
            throw new UnforecastableSeriesException(series.name(), method, series.length(),
                    "demand must not be negative");
        }
    }

    private static void checkUnit(String what, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in (0, 1]: " + v);
        }
    }
}
