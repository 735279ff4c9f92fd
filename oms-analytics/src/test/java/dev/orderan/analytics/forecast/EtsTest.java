package dev.orderan.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Automatic ETS against R's ets() on whole public series (ets-auto.csv). Estimation is numerical
 * and both implementations stop at local optima of the likelihood, so the check is that our
 * selection reaches an AICc no more than 2 above R's on every series (differences below 2 do not
 * separate models, Burnham and Anderson 2002) and lower on average.
 */
class EtsTest {

    private static final RReference R = RReference.load("ets-auto.csv");

    private static TimeSeries series(String c) {
        return new TimeSeries(c, R.get(c, "y"), (int) R.scalar(c, "m"));
    }

    @Test
    void automaticSelection_reachesAnAiccWithinTwoOfRsOnEverySeriesAndLowerOnAverage() {
        StringBuilder worse = new StringBuilder();
        double sum = 0;
        for (String c : R.cases()) {
            EtsFit fit = Ets.fit(series(c));
            double r = R.scalar(c, "aicc");
            sum += fit.aicc() - r;
            if (fit.aicc() > r + 2) {
                worse.append(String.format("%n %s: ours %s AICc %.3f, R %.3f", c, fit.model(), fit.aicc(), r));
            }
        }
        if (worse.length() > 0 || sum > 0) {
            throw new AssertionError("AICc against R, mean difference " + sum / R.cases().size() + ":" + worse);
        }
    }

    @Test
    void airPassengers_getsAMultiplicativeSeasonAndTrendLikeR() {
        EtsFit fit = Ets.fit(series("AirPassengers"));
        assertEquals(EtsModel.Error.MULTIPLICATIVE, fit.model().error());
        assertEquals(EtsModel.Season.MULTIPLICATIVE, fit.model().season());
        assertTrue(fit.model().trend() != EtsModel.Trend.NONE, fit.model().toString());
    }

    @Test
    void weeklyData_isFittedWithoutSeasonalStates() {
        TimeSeries weekly = ForecastProperties.randomSeries(3, 104, 52);
        assertTrue(Ets.candidates(weekly).stream().noneMatch(EtsModel::seasonal));
        assertTrue(!Ets.fit(weekly).model().seasonal());
    }

    @Test
    void dataWithZeros_isFittedOnlyWithAdditiveModels() {
        double[] y = ForecastProperties.randomSeries(4, 40, 4).values();
        y[7] = 0;
        TimeSeries s = new TimeSeries("zeros", y, 4);
        assertTrue(Ets.candidates(s).stream().noneMatch(EtsModel::needsPositiveData));
        UnforecastableSeriesException e = assertThrows(UnforecastableSeriesException.class,
                () -> Ets.fit(s, EtsModel.parse("MNN")));
        assertEquals("zeros", e.series());
    }

    @Test
    void constantSeries_forecastsTheConstantWithZeroWidthIntervals() {
        Forecast f = Ets.fit(TimeSeries.of("flat", 12, 5, 5, 5, 5, 5, 5, 5, 5)).forecast(3);
        assertEquals(5.0, f.mean(3), 1e-12);
        assertEquals(5.0, f.interval(0.95).orElseThrow().upper(3), 1e-12);
    }

    @Test
    void threeObservations_areTooFewForAnyModel() {
        assertThrows(UnforecastableSeriesException.class, () -> Ets.fit(TimeSeries.of("tiny", 1, 1, 3, 2)));
    }

    @Test
    void modelNames_parseInShortAndLongForm() {
        assertEquals(EtsModel.parse("MAdM"), EtsModel.parse("ETS(M,Ad,M)"));
        assertEquals("ETS(A,Ad,N)", EtsModel.parse("aadn").toString());
        assertEquals(15, EtsModel.all().size());
        assertThrows(IllegalArgumentException.class, () -> EtsModel.parse("ANM"));
        assertThrows(IllegalArgumentException.class, () -> EtsModel.parse("XYZ"));
    }

    @Test
    void invalidSeries_isRejectedNamingTheField() {
        var e = assertThrows(dev.orderan.core.validation.ValidationFailedException.class,
                () -> new TimeSeries("s", new double[] {1, Double.NaN}, 0));
        assertTrue(e.violationAt("values[1]").isPresent());
        assertTrue(e.violationAt("frequency").isPresent());
    }
}
