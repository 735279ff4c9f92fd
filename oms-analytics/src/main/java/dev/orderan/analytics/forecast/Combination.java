package dev.orderan.analytics.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple average of automatic ETS, Theta and the damped trend (the M4 competition found such
 * plain combinations hard to beat). Prediction bounds are the averages of the members' bounds: a
 * pragmatic approximation, wider than an exact interval of the mean when the members disagree
 * little and the errors are correlated, as they usually are.
 */
public final class Combination implements Forecaster {

    private static final Combination INSTANCE = new Combination();

    private Combination() {
    }

    /** The combination forecaster. */
    public static Combination forecaster() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "comb";
    }

    @Override
    public Forecast forecast(TimeSeries series, int horizon) {
        return combine(series, List.of(Ets.forecaster().forecast(series, horizon),
                Theta.forecaster().forecast(series, horizon), DampedTrend.forecaster().forecast(series, horizon)));
    }

    /** The average of forecasts of the same series and horizon. */
    static Forecast combine(TimeSeries series, List<Forecast> members) {
        int h = members.get(0).horizon();
        double[] mean = new double[h];
        StringBuilder model = new StringBuilder("Mean(");
        for (Forecast f : members) {
            double[] m = f.rawMean();
            for (int i = 0; i < h; i++) {
                mean[i] += m[i] / members.size();
            }
            model.append(model.length() > 5 ? ", " : "").append(f.model());
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : new double[] {0.80, 0.95}) {
            double[] lo = new double[h];
            double[] hi = new double[h];
            boolean all = true;
            for (Forecast f : members) {
                var pi = f.interval(level);
                if (pi.isEmpty()) {
                    all = false;
                    break;
                }
                for (int i = 0; i < h; i++) {
                    lo[i] += pi.get().lower(i + 1) / members.size();
                    hi[i] += pi.get().upper(i + 1) / members.size();
                }
            }
            if (all) {
                intervals.add(new PredictionInterval(level, lo, hi));
            }
        }
        return new Forecast(series.name(), "comb", model.append(')').toString(), mean, intervals);
    }
}
