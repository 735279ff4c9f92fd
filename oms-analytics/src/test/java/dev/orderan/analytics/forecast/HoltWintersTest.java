package dev.orderan.analytics.forecast;

import static dev.orderan.analytics.forecast.RReference.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Fixed-parameter classical smoothing against R's forecast package (holt-winters.csv). */
class HoltWintersTest {

    private static final RReference R = RReference.load("holt-winters.csv");
    private static final double TOLERANCE = 1e-6;

    private static TimeSeries series(String c) {
        return new TimeSeries(c, R.get(c, "y"), (int) R.scalar(c, "m"));
    }

    private static void check(String c, HoltWinters fit) {
        assertClose(R.get(c, "fitted"), fit.fitted(), TOLERANCE, c + " fitted");
        double[] mean = R.get(c, "mean");
        assertClose(mean, fit.forecast(mean.length).mean(), TOLERANCE, c + " forecast");
    }

    @Test
    void simpleExponentialSmoothing_matchesRToSixDecimals() {
        check("ses_nile", HoltWinters.ses(series("ses_nile"), 0.2));
        check("ses_lakehuron", HoltWinters.ses(series("ses_lakehuron"), 0.85));
    }

    @Test
    void holtLinearTrend_matchesRToSixDecimals() {
        check("holt_bjsales", HoltWinters.holt(series("holt_bjsales"), 0.6, 0.2));
    }

    @Test
    void dampedHolt_matchesRToSixDecimals() {
        check("damped_bjsales", HoltWinters.dampedHolt(series("damped_bjsales"), 0.6, 0.2, 0.9));
    }

    @Test
    void additiveHoltWinters_matchesRToSixDecimals() {
        check("hw_add_usaccdeaths", HoltWinters.holtWinters(series("hw_add_usaccdeaths"), 0.4, 0.05, 0.3,
                HoltWinters.Season.ADDITIVE));
        check("hw_add_airpassengers", HoltWinters.holtWinters(series("hw_add_airpassengers"), 0.3, 0.1, 0.2,
                HoltWinters.Season.ADDITIVE));
    }

    @Test
    void multiplicativeHoltWinters_matchesRToSixDecimalsOverOneSeason() {
        check("hw_mult_airpassengers", HoltWinters.holtWinters(series("hw_mult_airpassengers"), 0.3, 0.1, 0.2,
                HoltWinters.Season.MULTIPLICATIVE));
        check("hw_mult_ukgas", HoltWinters.holtWinters(series("hw_mult_ukgas"), 0.5, 0.02, 0.4,
                HoltWinters.Season.MULTIPLICATIVE));
    }

    @Test
    void seasonalSmoothing_refusesFewerThanTwoSeasons() {
        TimeSeries short12 = TimeSeries.of("short", 12, new double[20]);
        assertThrows(UnforecastableSeriesException.class,
                () -> HoltWinters.holtWinters(short12, 0.3, 0.1, 0.1, HoltWinters.Season.ADDITIVE));
    }

    @Test
    void smoothingConstantsOutsideTheUnitInterval_areRejected() {
        TimeSeries y = TimeSeries.of("y", 1, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> HoltWinters.ses(y, 1.5));
        assertThrows(IllegalArgumentException.class, () -> HoltWinters.holt(y, 0.5, -0.1));
    }
}
