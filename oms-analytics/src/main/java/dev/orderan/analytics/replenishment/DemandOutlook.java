package dev.orderan.analytics.replenishment;

import dev.orderan.analytics.forecast.Forecast;
import dev.orderan.analytics.forecast.Granularity;
import dev.orderan.analytics.forecast.NormalDistribution;
import dev.orderan.analytics.forecast.PredictionInterval;
import dev.orderan.analytics.forecast.TimeSeries;
import java.util.Arrays;
import java.util.Optional;

/**
 * Expected demand per coming period and the uncertainty of one period's demand, as replenishment
 * needs them.
 *
 * @param mean forecast units for periods 1, 2, ... after today (at least as many as the lead time
 *             covers; the last value is repeated beyond)
 * @param sdPerPeriod standard deviation of one period's demand around the forecast
 * @param periodsPerYear periods in a year (365 for days, 365.25/7 for weeks, 12 for months)
 */
public record DemandOutlook(double[] mean, double sdPerPeriod, double periodsPerYear) {

    /** Validates and copies. */
    public DemandOutlook {
        if (mean == null || mean.length == 0) {
            throw new IllegalArgumentException("mean must hold at least one period");
        }
        for (double m : mean) {
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException("mean must be finite");
            }
        }
        if (!(sdPerPeriod >= 0) || Double.isInfinite(sdPerPeriod)) {
            throw new IllegalArgumentException("sdPerPeriod must be a finite number of at least 0: " + sdPerPeriod);
        }
        if (!(periodsPerYear > 0)) {
            throw new IllegalArgumentException("periodsPerYear must be greater than 0");
        }
        mean = mean.clone();
    }

    /**
     * The outlook from a forecast of a series with the given granularity. Negative forecasts count
     * as zero. The spread is the one-step 95 % interval's half width / 1.96 when the forecast has
     * one, otherwise the standard deviation of the history's one-period changes divided by
     * sqrt(2) (the spread of demand around a locally constant level, as for Croston forecasts).
     */
    public static DemandOutlook from(Forecast forecast, TimeSeries history, Granularity granularity) {
        double[] m = forecast.mean();
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.max(0, m[i]);
        }
        Optional<PredictionInterval> pi = forecast.interval(0.95);
        double sd;
        if (pi.isPresent()) {
            sd = (pi.get().upper(1) - pi.get().lower(1)) / 2 / NormalDistribution.quantile(0.975);
        } else {
            double[] y = history.values();
            double s = 0;
            int c = 0;
            for (int t = 1; t < y.length; t++) {
                double d = y[t] - y[t - 1];
                s += d * d;
                c++;
            }
            sd = c == 0 ? 0 : Math.sqrt(s / c / 2);
        }
        double perYear = switch (granularity) {
            case DAY -> 365.0;
            case WEEK -> 365.25 / 7;
            case MONTH -> 12.0;
        };
        return new DemandOutlook(m, sd, perYear);
    }

    /** A copy of the forecast units per period. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Expected units over the next {@code periods} periods (fractional periods count pro rata). */
    public double demandOver(double periods) {
        double total = 0;
        double left = periods;
        int i = 0;
        while (left > 0) {
            double m = mean[Math.min(i, mean.length - 1)];
            total += m * Math.min(1, left);
            left -= 1;
            i++;
        }
        return total;
    }

    /** Expected units per year at the rate of the outlook's periods. */
    public double annualDemand() {
        return Arrays.stream(mean).average().orElse(0) * periodsPerYear;
    }
}
