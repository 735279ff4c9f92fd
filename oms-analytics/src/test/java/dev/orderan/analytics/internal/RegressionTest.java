package dev.orderan.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Logistic regression, least squares and Nelder-Mead on problems with known answers. */
class RegressionTest {

    @Test
    void logisticRegression_recoversTheCoefficientsOfSimulatedData() {
        SplittableRandom r = new SplittableRandom(3L);
        int n = 20_000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble() * 4 - 2;
            x[i][1] = r.nextDouble() * 2;
            double p = LogisticRegression.sigmoid(-0.5 + 1.5 * x[i][0] - 2.0 * x[i][1]);
            y[i] = r.nextDouble() < p ? 1 : 0;
        }
        LogisticRegression m = LogisticRegression.fit(x, y, 0);
        // probability at a point equals the true model's to within sampling error
        assertEquals(LogisticRegression.sigmoid(-0.5 + 1.5 * 1 - 2.0 * 0.5), m.probability(new double[] {1, 0.5}), 0.02);
        assertEquals(LogisticRegression.sigmoid(-0.5 - 1.5 * 1.5 - 2.0 * 1.5), m.probability(new double[] {-1.5, 1.5}), 0.01);
        assertTrue(m.iterations() < 30);
    }

    @Test
    void logisticRegression_staysFiniteOnSeparableDataThanksToThePenalty() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        int[] y = {0, 0, 1, 1};
        LogisticRegression m = LogisticRegression.fit(x, y, 1.0);
        assertTrue(m.probability(new double[] {2}) > 0.5 && Double.isFinite(m.standardizedCoefficients()[0]));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, new int[] {1, 1, 1, 1}, 1));
    }

    @Test
    void leastSquares_givesTheExactLineAndATextbookInterval() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1};
        LeastSquares f = LeastSquares.fit(x, y);
        assertEquals(1.99, f.slope(), 1e-12);
        assertEquals(0.05, f.intercept(), 1e-12);
        double[] ci = f.slopeInterval(0.95);
        assertEquals(f.slope() - 3.182446305 * f.slopeStandardError(), ci[0], 1e-8); // t(0.975, 3)
    }

    @Test
    void nelderMead_findsTheRosenbrockMinimum() {
        NelderMead nm = new NelderMead(1e-12, 20_000, 10);
        NelderMead.Result r = nm.minimize(p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-1.2, 1}, 0.5);
        assertEquals(1, r.point()[0], 1e-5);
        assertEquals(1, r.point()[1], 1e-5);
    }
}
