package dev.orderan.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The normal quantile and distribution function against R's qnorm and pnorm (normal.csv). */
class NormalDistributionTest {

    private static final RReference R = RReference.load("normal.csv");

    @Test
    void quantile_matchesRToTwelveSignificantDigits_fromTheFarTailToTheCentre() {
        double[] p = R.get("qnorm", "p");
        double[] q = R.get("qnorm", "q");
        for (int i = 0; i < p.length; i++) {
            double ours = NormalDistribution.quantile(p[i]);
            double tol = 1e-12 * Math.max(1, Math.abs(q[i]));
            if (!(Math.abs(ours - q[i]) <= tol)) {
                throw new AssertionError("quantile(" + p[i] + ") = " + ours + ", R " + q[i]);
            }
        }
    }

    @Test
    void cdf_matchesRToTwelveSignificantDigits_includingTheFarLowerTail() {
        double[] x = R.get("pnorm", "x");
        double[] p = R.get("pnorm", "p");
        for (int i = 0; i < x.length; i++) {
            double ours = NormalDistribution.cdf(x[i]);
            if (!(Math.abs(ours - p[i]) <= 1e-12 * p[i])) {
                throw new AssertionError("cdf(" + x[i] + ") = " + ours + ", R " + p[i]);
            }
        }
    }

    @Test
    void quantile_refusesProbabilitiesOutsideTheOpenInterval() {
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(0));
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(1));
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(Double.NaN));
    }
}
