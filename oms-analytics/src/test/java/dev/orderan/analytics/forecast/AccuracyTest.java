package dev.orderan.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the error measures and the backtest. */
class AccuracyTest {

    @Test
    void maseRmsseAndSmape_ofAWorkedExample() {
        // Naive scale of the training data 10, 12, 11, 13: |2| + |-1| + |2| = 5 over 3 pairs.
        double[] train = {10, 12, 11, 13};
        Accuracy a = Accuracy.of(train, 1, new double[] {14, 12}, new double[] {13, 13});
        assertEquals(1.0 / (5.0 / 3), a.mase(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 3.0), a.rmsse(), 1e-12); // mean e^2 = 1, scale (4 + 1 + 4) / 3 = 3
        assertEquals((200.0 / 27 + 200.0 / 25) / 2, a.smape(), 1e-12);
    }

    @Test
    void seasonalSeries_areScaledBySeasonalNaiveErrors() {
        double[] train = {10, 20, 11, 21, 12, 22};
        Accuracy a = Accuracy.of(train, 2, new double[] {13}, new double[] {12});
        assertEquals(1.0, a.mase(), 1e-12); // seasonal differences are all 1
        assertEquals(2, Accuracy.scaleLag(6, 2));
        assertEquals(1, Accuracy.scaleLag(2, 2));
    }

    @Test
    void forecastShorterThanTheActuals_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Accuracy.of(new double[] {1, 2}, 1, new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void backtest_scoresEveryMethodAndBothBaselinesAtEveryOrigin() {
        TimeSeries y = ForecastProperties.randomSeries(5, 60, 12);
        Backtest bt = new Backtest(6, 3, 3, 30);
        assertEquals(List.of(48, 51, 54), bt.originsFor(60));
        Backtest.Result r = bt.run(y, List.of(Theta.forecaster(), Baselines.mean()));
        assertEquals(List.of("theta", "mean", "naive", "snaive"), List.copyOf(r.scores().keySet()));
        assertEquals(18, r.scores().get("naive").accuracy().steps());
        r.scores().values().forEach(s -> assertEquals(0, s.failures()));
    }

    @Test
    void backtest_dropsOriginsThatLeaveTooLittleTraining() {
        assertEquals(List.of(20), new Backtest(4, 5, 2, 19).originsFor(24));
        assertEquals(List.of(), new Backtest(4, 3, 2, 30).originsFor(24));
    }
}
