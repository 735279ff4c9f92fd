package dev.orderan.analytics.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Classical exponential smoothing in recurrence form with given smoothing constants and the
 * simple start values of the textbooks (Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 2nd ed., ch. 7): simple exponential smoothing, Holt's linear trend (optionally
 * damped) and Holt-Winters with additive or multiplicative season. Nothing is estimated, so results
 * are exact and reproducible; use {@link Ets} to estimate.
 *
 * <p>Start values: without season the level starts at the first observation and the trend at the
 * first difference; with season the level starts at the mean of the first season, the trend at
 * the difference between the means of the first two seasons divided by m, and the seasonal
 * indices at the first season's values less (or divided by) that level. Here {@code beta} and
 * {@code gamma} are the smoothing constants of the recurrence form ({@code beta*} and
 * {@code gamma} of the book), each between 0 and 1.
 */
public final class HoltWinters {

    /** The seasonal form. */
    public enum Season {
        /** No season. */
        NONE,
        /** Seasonal terms added to the level. */
        ADDITIVE,
        /** Seasonal indices multiplying the level. */
        MULTIPLICATIVE
    }

    private final String series;
    private final double phi;
    private final boolean trend;
    private final Season season;
    private final int m;
    private final double level;
    private final double slope;
    private final double[] lastSeason;
    private final double[] fitted;

    private HoltWinters(String series, double phi, boolean trend, Season season, int m, double level, double slope,
            double[] lastSeason, double[] fitted) {
        this.series = series;
        this.phi = phi;
        this.trend = trend;
        this.season = season;
        this.m = m;
        this.level = level;
        this.slope = slope;
        this.lastSeason = lastSeason;
        this.fitted = fitted;
    }

    /** Simple exponential smoothing with constant {@code alpha}. */
    public static HoltWinters ses(TimeSeries y, double alpha) {
        return smooth(y, alpha, Double.NaN, Double.NaN, 1, Season.NONE);
    }

    /** Holt's linear trend method. */
    public static HoltWinters holt(TimeSeries y, double alpha, double beta) {
        return smooth(y, alpha, beta, Double.NaN, 1, Season.NONE);
    }

    /** Holt's method with the trend damped by {@code phi} (0 &lt; phi &le; 1). */
    public static HoltWinters dampedHolt(TimeSeries y, double alpha, double beta, double phi) {
        return smooth(y, alpha, beta, Double.NaN, phi, Season.NONE);
    }

    /**
     * Holt-Winters with trend and season of period {@code y.frequency()}.
     *
     * @param season {@link Season#ADDITIVE} or {@link Season#MULTIPLICATIVE}
     */
    public static HoltWinters holtWinters(TimeSeries y, double alpha, double beta, double gamma, Season season) {
        if (season == Season.NONE) {
            throw new IllegalArgumentException("use holt() for a model without season");
        }
        return smooth(y, alpha, beta, gamma, 1, season);
    }

    /**
     * The general recurrence: {@code beta} NaN for no trend, {@code gamma} NaN with
     * {@link Season#NONE}.
     */
    static HoltWinters smooth(TimeSeries ts, double alpha, double beta, double gamma, double phi, Season season) {
        Objects.requireNonNull(ts, "y");
        Objects.requireNonNull(season, "season");
        unit("alpha", alpha);
        boolean trend = !Double.isNaN(beta);
        if (trend) {
            unit("beta", beta);
        }
        if (season != Season.NONE) {
            unit("gamma", gamma);
        }
        if (!(phi > 0 && phi <= 1)) {
            throw new IllegalArgumentException("phi must be in (0, 1]: " + phi);
        }
        double[] y = ts.raw();
        int n = y.length;
        int m = season == Season.NONE ? 1 : ts.frequency();
        if (season != Season.NONE) {
            if (m < 2) {
                throw new UnforecastableSeriesException(ts.name(), "holt-winters", n, "needs a frequency of at least 2");
            }
            if (n < 2 * m) {
                throw new UnforecastableSeriesException(ts.name(), "holt-winters", n,
                        "needs two full seasons (" + 2 * m + " observations) for its start values");
            }
            if (season == Season.MULTIPLICATIVE && Ets.min(y) <= 0) {
                throw new UnforecastableSeriesException(ts.name(), "holt-winters", n,
                        "a multiplicative season needs strictly positive data");
            }
        } else if (trend && n < 2) {
            throw new UnforecastableSeriesException(ts.name(), "holt", n, "needs at least 2 observations");
        }
        double l;
        double b = 0;
        double[] s = new double[m];
        if (season == Season.NONE) {
            l = y[0];
            if (trend) {
                b = y[1] - y[0];
            }
        } else {
            double first = 0;
            double second = 0;
            for (int i = 0; i < m; i++) {
                first += y[i];
                second += y[m + i];
            }
            l = first / m;
            b = trend ? (second / m - l) / m : 0;
            for (int i = 0; i < m; i++) {
                s[i] = season == Season.ADDITIVE ? y[i] - l : y[i] / l;
            }
        }
        double be = trend ? beta : 0;
        double ga = season == Season.NONE ? 0 : gamma;
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            int k = t % m;
            double q = l + phi * b;
            double st = season == Season.NONE ? 0 : s[k];
            double xhat;
            double newLevel;
            double newSeason;
            if (season == Season.MULTIPLICATIVE) {
                xhat = q * st;
                newLevel = alpha * (y[t] / st) + (1 - alpha) * q;
                newSeason = ga * (y[t] / q) + (1 - ga) * st;
            } else {
                xhat = q + st;
                newLevel = alpha * (y[t] - st) + (1 - alpha) * q;
                newSeason = ga * (y[t] - q) + (1 - ga) * st;
            }
            fitted[t] = xhat;
            b = be * (newLevel - l) + (1 - be) * phi * b;
            l = newLevel;
            if (season != Season.NONE) {
                s[k] = newSeason;
            }
        }
        // s[k] now holds the latest index of each season; the next observation is season n % m.
        double[] next = new double[m];
        for (int j = 0; j < m; j++) {
            next[j] = s[(n + j) % m];
        }
        return new HoltWinters(ts.name(), phi, trend, season, m, l, trend ? b : 0, next, fitted);
    }

    /** One-step fitted values of the observations. */
    public double[] fitted() {
        return fitted.clone();
    }

    /** The level after the last observation. */
    public double level() {
        return level;
    }

    /** The trend after the last observation (0 without trend). */
    public double trend() {
        return slope;
    }

    /** The point forecasts {@code l + (phi + ... + phi^h) b}, plus or times the season's index. */
    public Forecast forecast(int horizon) {
        Baselines.checkHorizon(horizon);
        double[] f = new double[horizon];
        double phiSum = 0;
        double phiPow = 1;
        for (int h = 1; h <= horizon; h++) {
            phiPow *= phi;
            phiSum += phiPow;
            double q = level + (trend ? phiSum * slope : 0);
            double s = season == Season.NONE ? 0 : lastSeason[(h - 1) % m];
            f[h - 1] = season == Season.MULTIPLICATIVE ? q * s : q + s;
        }
        String model = season != Season.NONE ? "HoltWinters(" + season.name().toLowerCase(java.util.Locale.ROOT) + ")"
                : trend ? (phi < 1 ? "DampedHolt" : "Holt") : "SES";
        return new Forecast(series, "holt-winters", model, f, List.of());
    }

    private static void unit(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + v);
        }
    }
}
