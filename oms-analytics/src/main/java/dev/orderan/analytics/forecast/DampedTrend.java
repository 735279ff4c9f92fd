package dev.orderan.analytics.forecast;

/**
 * The damped-trend benchmark of the M4 competition's combination: ETS(A,Ad,N) fitted by maximum
 * likelihood to the seasonally adjusted series (the same adjustment as {@link Theta}) and
 * reseasonalized.
 */
public final class DampedTrend implements Forecaster {

    private static final DampedTrend INSTANCE = new DampedTrend();

    private DampedTrend() {
    }

    /** The damped-trend forecaster. */
    public static DampedTrend forecaster() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "damped";
    }

    @Override
    public Forecast forecast(TimeSeries series, int horizon) {
        Baselines.checkHorizon(horizon);
        int n = series.length();
        SeasonalAdjustment sa = SeasonalAdjustment.of(series);
        TimeSeries x = sa.adjust(series).withFrequency(1);
        Forecast f;
        if (Ets.isConstant(x.raw())) {
            f = Ets.fit(x).forecast(horizon);
        } else {
            f = Ets.fit(x, EtsModel.parse("AAdN")).forecast(horizon);
        }
        return new Forecast(series.name(), name(), "Damped" + (sa.seasonal() ? "(seasonally adjusted)" : ""),
                sa.reseasonalize(f.rawMean(), n), sa.reseasonalize(f.intervals(), n));
    }
}
