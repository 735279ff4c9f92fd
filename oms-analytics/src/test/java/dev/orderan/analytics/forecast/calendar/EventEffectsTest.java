package dev.orderan.analytics.forecast.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.forecast.Accuracy;
import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Ets;
import dev.orderan.analytics.forecast.Granularity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Effects learned from a simulated shop whose true event factors are known: three years of daily
 * sales with a weekly pattern, a trend, Poisson noise and the six events.
 */
class EventEffectsTest {

    static final IndonesianRetailCalendar CAL = IndonesianRetailCalendar.standard();
    static final LocalDate START = LocalDate.of(2022, 1, 1);
    static final Map<RetailEvent, Double> TRUTH = new EnumMap<>(Map.of(RetailEvent.RAMADAN, 1.2,
            RetailEvent.LEBARAN_RUN_UP, 1.6, RetailEvent.LEBARAN_HOLIDAY, 0.5, RetailEvent.DOUBLE_ELEVEN, 3.0,
            RetailEvent.HARBOLNAS, 2.5, RetailEvent.PAYDAY, 1.15));

    /** Expected sales on a day: 80 units, +0.02 % a day, weekends 30 % higher, times the events. */
    static double mean(LocalDate d) {
        long t = d.toEpochDay() - START.toEpochDay();
        double m = 80 * Math.exp(0.0002 * t) * (d.getDayOfWeek().getValue() >= 6 ? 1.3 : 1.0);
        for (RetailEvent e : RetailEvent.values()) {
            if (CAL.contains(e, d)) {
                m *= TRUTH.get(e);
            }
        }
        return m;
    }

    static double[] simulate(LocalDate from, int days, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[days];
        for (int i = 0; i < days; i++) {
            y[i] = poisson(rnd, mean(from.plusDays(i)));
        }
        return y;
    }

    static double poisson(SplittableRandom rnd, double mean) {
        // inversion: adequate for means up to a few hundred
        double p = Math.exp(-mean);
        double u = rnd.nextDouble();
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 10_000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    @Test
    void learnedFactors_recoverTheSimulatedEventEffects() {
        DemandSeries s = new DemandSeries("KMJ-BTK-M", "WH-JKT", START, Granularity.DAY, simulate(START, 1096, 1));
        EventEffects fx = EventEffects.learn(s, CAL);
        for (RetailEvent e : RetailEvent.values()) {
            double tolerance = e == RetailEvent.DOUBLE_ELEVEN || e == RetailEvent.HARBOLNAS ? 0.15 : 0.08;
            double learned = fx.factor(e);
            assertTrue(Math.abs(learned / TRUTH.get(e) - 1) < tolerance, e + ": learned " + learned + ", true " + TRUTH.get(e));
        }
        assertTrue(fx.unlearned().isEmpty());
        assertEquals(3, fx.occurrences().get(RetailEvent.HARBOLNAS));
    }

    @Test
    void eventAdjustedForecast_beatsThePlainMethodOverRamadanAndLebaran() {
        double[] history = simulate(START, 1096, 2);
        LocalDate from = START.plusDays(1096); // 2025-01-01
        double[] future = simulate(from, 120, 3); // through April 2025: Ramadan 1-30 March, Lebaran 31 March
        DemandSeries s = new DemandSeries("KMJ-BTK-M", "WH-JKT", START, Granularity.DAY, history);
        var adjusted = new EventAdjustedForecaster(Ets.forecaster(), CAL).forecast(s, 120);
        double[] plain = Ets.forecaster().forecast(s.toTimeSeries(), 120).mean();
        double maseAdjusted = Accuracy.of(history, 7, future, adjusted.forecast().mean()).mase();
        double masePlain = Accuracy.of(history, 7, future, plain).mase();
        assertTrue(maseAdjusted < 0.8 * masePlain, "adjusted " + maseAdjusted + " vs plain " + masePlain);
        assertTrue(adjusted.notes().isEmpty(), adjusted.notes().toString());
        assertEquals("ets+events", adjusted.forecast().method());
    }

    @Test
    void futureYearsTheCalendarLacks_areNamedInTheNotes() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        DemandSeries s = new DemandSeries("S", "L", start, Granularity.MONTH, simulate(start, 36, 4));
        var r = new EventAdjustedForecaster(Ets.forecaster(), CAL).forecast(s, 6); // through June 2027
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("2027")), r.notes().toString());
    }

    @Test
    void aSeriesThatNeverSawAnEvent_keepsItsFactorAtOne() {
        LocalDate start = LocalDate.of(2024, 6, 1);
        DemandSeries s = new DemandSeries("S", "L", start, Granularity.DAY, simulate(start, 60, 5));
        EventEffects fx = EventEffects.learn(s, CAL);
        assertEquals(1.0, fx.factor(RetailEvent.RAMADAN));
        assertTrue(fx.unlearned().contains(RetailEvent.RAMADAN));
        assertTrue(fx.unlearned().contains(RetailEvent.HARBOLNAS));
    }
}
