package dev.orderan.analytics.forecast;

import dev.orderan.analytics.forecast.internal.LeastSquares;
import java.util.ArrayList;
import java.util.List;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000), best method of the M3 competition, in
 * the form Hyndman and Billah (2003) showed it to be: simple exponential smoothing with a drift of
 * half the slope of the series' linear trend. Seasonal series (see {@link SeasonalAdjustment}) are
 * adjusted by a classical multiplicative decomposition first and the forecasts reseasonalized.
 *
 * <p>With smoothing parameter {@code alpha}, last level {@code l}, trend slope {@code b} and
 * {@code n} observations the forecast for step h is
 * {@code l + (b / 2) (h - 1 + (1 - (1 - alpha)^n) / alpha)}. The smoothing is fitted by least
 * squares of the one-step errors, with the initial level estimated too. Prediction intervals are
 * those of simple exponential smoothing, {@code sigma^2 (1 + (h - 1) alpha^2)}, around the Theta
 * forecast.
 */
public final class Theta implements Forecaster {

    private static final Theta INSTANCE = new Theta();

    private Theta() {
    }

    /** The Theta forecaster. */
    public static Theta forecaster() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "theta";
    }

    @Override
    public Forecast forecast(TimeSeries series, int horizon) {
        Baselines.checkHorizon(horizon);
        int n = series.length();
        if (n < 4) {
            throw new UnforecastableSeriesException(series.name(), name(), n, "needs at least 4 observations");
        }
        SeasonalAdjustment sa = SeasonalAdjustment.of(series);
        TimeSeries x = sa.adjust(series).withFrequency(1);
        double[] mean;
        double alpha;
        double sigma2;
        if (Ets.isConstant(x.raw())) {
            mean = new double[horizon];
            java.util.Arrays.fill(mean, x.value(0));
            alpha = 1;
            sigma2 = 0;
        } else {
            EtsFit ses = Ets.fitByMse(x, EtsModel.parse("ANN"));
            alpha = Math.max(1e-10, ses.parameters().alpha());
            double level = ses.finalStates()[0];
            double drift = LeastSquares.line(x.raw(), n, 0)[1] / 2;
            double tail = (1 - Math.pow(1 - alpha, n)) / alpha;
            mean = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                mean[h - 1] = level + drift * (h - 1 + tail);
            }
            sigma2 = ses.sigma2();
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double lvl : new double[] {0.80, 0.95}) {
            double z = NormalDistribution.quantile(0.5 + lvl / 2);
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                double se = Math.sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
                lo[h - 1] = mean[h - 1] - z * se;
                hi[h - 1] = mean[h - 1] + z * se;
            }
            intervals.add(new PredictionInterval(lvl, lo, hi));
        }
        String model = "Theta(alpha=" + round(alpha) + (sa.seasonal() ? ", seasonally adjusted" : "") + ")";
        return new Forecast(series.name(), name(), model, sa.reseasonalize(mean, n), sa.reseasonalize(intervals, n));
    }

    static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
