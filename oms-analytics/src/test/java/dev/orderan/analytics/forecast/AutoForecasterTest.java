package dev.orderan.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default method's choice and its backtest. */
class AutoForecasterTest {

    @Test
    void smoothSeries_chooseAmongTheContinuousMethods_withBothBaselinesScored() {
        TimeSeries y = ForecastProperties.randomSeries(11, 72, 12);
        AutoForecaster.Choice c = AutoForecaster.forecaster().choose(y, 12);
        assertTrue(List.of("auto:ets", "auto:theta", "auto:damped", "auto:comb").contains(c.forecast().method()),
                c.forecast().method());
        assertEquals(List.of("ets", "theta", "damped", "comb", "naive", "snaive"),
                List.copyOf(c.backtest().scores().keySet()));
        assertEquals(3, c.backtest().origins().size());
        assertEquals(12, c.forecast().horizon());
    }

    @Test
    void intermittentSeries_chooseAmongCrostonSbaAndTsb() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = t % 4 == 1 ? 2 + t % 3 : 0;
        }
        AutoForecaster.Choice c = AutoForecaster.forecaster().choose(new TimeSeries("slow", y, 52), 8);
        assertTrue(List.of("auto:croston", "auto:sba", "auto:tsb").contains(c.forecast().method()),
                c.forecast().method());
        assertTrue(c.backtest().scores().containsKey("tsb"));
    }

    @Test
    void theIncumbentKeepsTheTitle_unlessAChallengerIsTenPercentBetter() {
        Backtest.Result close = result(1.00, 0.95);
        Backtest.Result clear = result(1.00, 0.85);
        List<String> names = List.of("comb", "theta");
        assertEquals("comb", AutoForecaster.winner(close, names, "comb", AutoForecaster.MARGIN_PERCENT));
        assertEquals("theta", AutoForecaster.winner(clear, names, "comb", AutoForecaster.MARGIN_PERCENT));
        assertEquals("theta", AutoForecaster.winner(close, names, "comb", 0));
    }

    private static Backtest.Result result(double comb, double theta) {
        return new Backtest.Result("s", List.of(10), java.util.Map.of(
                "comb", new Backtest.Score("comb", new Accuracy(comb, comb, 10, 4), 0),
                "theta", new Backtest.Score("theta", new Accuracy(theta, theta, 10, 4), 0)));
    }

    @Test
    void veryShortSeries_getTheNaiveForecast() {
        Forecast f = AutoForecaster.forecaster().forecast(TimeSeries.of("new", 1, 3, 5), 2);
        assertEquals("auto:naive", f.method());
        assertEquals(5.0, f.mean(2));
    }

    @Test
    void lowestBacktestErrorVariant_isAvailableByName() {
        assertEquals("auto-lowest", Forecasters.byName("auto-lowest").orElseThrow().name());
        assertTrue(Forecasters.byName("ets-MAdM").isPresent());
        assertTrue(Forecasters.byName("prophet").isEmpty());
    }
}
