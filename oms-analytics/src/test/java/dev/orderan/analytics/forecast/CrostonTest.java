package dev.orderan.analytics.forecast;

import static dev.orderan.analytics.forecast.RReference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Croston, SBA and TSB; Croston against R's forecast::croston (croston.csv). */
class CrostonTest {

    private static final RReference R = RReference.load("croston.csv");
    private static final double TOLERANCE = 1e-6;

    @Test
    void croston_matchesReferenceForecastToSixDecimals() {
        for (String c : R.cases()) {
            double alpha = R.scalar(c, "alpha");
            TimeSeries y = new TimeSeries(c, R.get(c, "y"), 1);
            Forecast f = Intermittent.croston(alpha).forecast(y, 5);
            assertClose(R.get(c, "mean"), f.mean(), TOLERANCE, c + " forecast");
        }
    }

    @Test
    void crostonFittedValues_matchReferenceToSixDecimals() {
        for (String c : R.cases()) {
            TimeSeries y = new TimeSeries(c, R.get(c, "y"), 1);
            assertClose(R.get(c, "fitted"), Intermittent.crostonFitted(y, R.scalar(c, "alpha")), TOLERANCE,
                    c + " fitted");
        }
    }

    @Test
    void sba_isCrostonTimesOneMinusHalfAlpha() {
        String c = "croston_y1";
        TimeSeries y = new TimeSeries(c, R.get(c, "y"), 1);
        double croston = R.get(c, "mean")[0];
        assertClose(croston * 0.95, Intermittent.sba().forecast(y, 1).mean(1), TOLERANCE, "sba");
    }

    @Test
    void tsb_decaysWhileNothingSells() {
        TimeSeries active = TimeSeries.of("a", 1, 0, 3, 0, 4, 0, 0, 5, 0, 3, 0);
        TimeSeries dying = TimeSeries.of("d", 1, 0, 3, 0, 4, 0, 0, 5, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        double a = Intermittent.tsb().forecast(active, 1).mean(1);
        double d = Intermittent.tsb().forecast(dying, 1).mean(1);
        if (!(d < a)) {
            throw new AssertionError("TSB should fall after eight periods without demand: " + a + " -> " + d);
        }
        // Croston does not see the silence at all.
        assertEquals(Intermittent.croston().forecast(active, 1).mean(1), Intermittent.croston().forecast(dying, 1).mean(1));
    }

    @Test
    void noDemandAtAll_forecastsZero() {
        TimeSeries y = TimeSeries.of("z", 1, 0, 0, 0, 0);
        assertEquals(0.0, Intermittent.croston().forecast(y, 3).mean(3));
        assertEquals(0.0, Intermittent.tsb().forecast(y, 3).mean(3));
    }

    @Test
    void negativeDemand_isRefusedWithTheSeriesName() {
        TimeSeries y = TimeSeries.of("returns-heavy", 1, 0, 2, -1, 0);
        UnforecastableSeriesException e = assertThrows(UnforecastableSeriesException.class,
                () -> Intermittent.croston().forecast(y, 2));
        assertEquals("returns-heavy", e.series());
    }

    @Test
    void intermittentClassification_followsTheAverageDemandInterval() {
        assertEquals(true, Intermittent.isIntermittent(new double[] {0, 0, 1, 0, 2, 0}));
        assertEquals(false, Intermittent.isIntermittent(new double[] {1, 2, 0, 3, 4, 5}));
    }
}
