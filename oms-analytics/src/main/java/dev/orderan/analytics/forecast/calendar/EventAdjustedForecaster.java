package dev.orderan.analytics.forecast.calendar;

import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Forecast;
import dev.orderan.analytics.forecast.Forecaster;
import dev.orderan.analytics.forecast.PredictionInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Forecasts a dated demand series with calendar events taken out and put back: the
 * {@link EventEffects} are learned from the history, the history is divided by each period's
 * combined event factor, the base method forecasts the adjusted series, and each future period is
 * multiplied by its factor. A base method that already sees a yearly season still gains, because
 * Ramadan and Lebaran move about eleven days earlier every year and 11.11 or payday do not line up
 * with weeks.
 */
public final class EventAdjustedForecaster {

    private final Forecaster base;
    private final IndonesianRetailCalendar calendar;

    /** A forecaster adjusting {@code base} with the events of {@code calendar}. */
    public EventAdjustedForecaster(Forecaster base, IndonesianRetailCalendar calendar) {
        this.base = Objects.requireNonNull(base, "base");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The forecast with the effects it used.
     *
     * @param notes what the caller should know, e.g. future periods in years the calendar lacks
     */
    public record Result(Forecast forecast, EventEffects effects, List<String> notes) {
        /** Copies. */
        public Result {
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(effects, "effects");
            notes = List.copyOf(notes);
        }
    }

    /** Forecasts {@code horizon} periods after the series' last period. */
    public Result forecast(DemandSeries series, int horizon) {
        Objects.requireNonNull(series, "series");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
        EventEffects effects = EventEffects.learn(series, calendar);
        int n = series.length();
        double[] y = series.values();
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            adjusted[t] = y[t] / effects.factor(calendar, series.periodStart(t), series.periodStart(t + 1));
        }
        Forecast f = base.forecast(series.withValues(adjusted).toTimeSeries(), horizon);
        double[] factor = new double[horizon];
        List<String> notes = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            LocalDate from = series.periodStart(n + h);
            LocalDate to = series.periodStart(n + h + 1);
            factor[h] = effects.factor(calendar, from, to);
            if (!calendar.covers(from) || !calendar.covers(to.minusDays(1))) {
                String note = "Ramadan dates of " + from.getYear() + " are not in the calendar: no Ramadan or Lebaran"
                        + " effect applied from " + from;
                if (notes.stream().noneMatch(x -> x.startsWith("Ramadan dates of " + from.getYear()))) {
                    notes.add(note);
                }
            }
        }
        double[] mean = f.mean();
        for (int h = 0; h < horizon; h++) {
            mean[h] *= factor[h];
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval pi : f.intervals()) {
            double[] lo = pi.lower();
            double[] hi = pi.upper();
            for (int h = 0; h < horizon; h++) {
                lo[h] *= factor[h];
                hi[h] *= factor[h];
            }
            intervals.add(new PredictionInterval(pi.level(), lo, hi));
        }
        Forecast out = new Forecast(f.series(), f.method() + "+events", f.model() + " with calendar events", mean,
                intervals);
        return new Result(out, effects, notes);
    }
}
