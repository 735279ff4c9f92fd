package dev.orderan.analytics.forecast;

import org.junit.jupiter.api.Test;

/**
 * Theta against R's thetaf() (ets-auto.csv). Theta fits simple exponential smoothing by least
 * squares, a two-parameter optimisation both implementations solve to about four significant
 * digits, so forecasts must agree within 0.1 %.
 */
class ThetaTest {

    private static final RReference R = RReference.load("ets-auto.csv");

    @Test
    void theta_agreesWithRsThetafWithinATenthOfAPercent_withAndWithoutSeasonalAdjustment() {
        for (String c : R.cases()) {
            TimeSeries y = new TimeSeries(c, R.get(c, "y"), (int) R.scalar(c, "m"));
            double[] expected = R.get(c, "theta");
            double[] ours = Theta.forecaster().forecast(y, expected.length).mean();
            for (int i = 0; i < expected.length; i++) {
                double rel = Math.abs(ours[i] - expected[i]) / Math.abs(expected[i]);
                if (!(rel <= 1e-3)) {
                    throw new AssertionError(c + " step " + (i + 1) + ": ours " + ours[i] + ", R " + expected[i]);
                }
            }
        }
    }
}
