package dev.orderan.analytics.forecast;

import dev.orderan.analytics.forecast.internal.EtsKernel;
import org.junit.jupiter.api.Test;

/**
 * The admissible region (eigenvalues of the discount matrix inside the unit circle) against the
 * spectral radius R's eigen() computes at random points (admissible.csv), and against the
 * closed-form 2 x 2 eigenvalue condition for the damped trend without season.
 */
class AdmissibilityTest {

    private static final RReference R = RReference.load("admissible.csv");

    @Test
    void admissibleRegion_isWhereTheDiscountMatrixHasEveryEigenvalueInsideTheUnitCircle() {
        int compared = 0;
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (String c : R.cases()) {
            double[] row = R.get(c, "row");
            int m = (int) row[0];
            boolean trend = row[1] == 1;
            boolean damped = row[2] == 1;
            double radius = row[7];
            if (Math.abs(radius - 1) < 1e-6) {
                continue; // on the boundary either answer is right
            }
            int season = m > 1 ? EtsKernel.ADDITIVE : EtsKernel.NONE;
            EtsKernel k = new EtsKernel(false, trend, damped, season, m);
            boolean ours = k.admissible(row[3], row[4], row[5], row[6]);
            compared++;
            if (ours != radius < 1) {
                mismatches++;
                report.append(String.format("%n m=%d trend=%s damped=%s alpha=%.4f beta=%.4f gamma=%.4f phi=%.4f radius=%.6f",
                        m, trend, damped, row[3], row[4], row[5], row[6], radius));
            }
        }
        if (compared < 850 || mismatches > 0) {
            throw new AssertionError(compared + " points compared, " + mismatches + " disagree:" + report);
        }
    }

    @Test
    void dampedTrendWithoutSeason_isAdmissibleExactlyWhenBothEigenvaluesAreInsideTheUnitCircle() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        EtsKernel k = new EtsKernel(false, true, true, EtsKernel.NONE, 1);
        for (int i = 0; i < 20_000; i++) {
            double alpha = rnd.nextDouble(-0.5, 2.5);
            double beta = rnd.nextDouble(-1, 6);
            double phi = rnd.nextDouble(0.05, 1);
            // D = F - g w' = [[1-a, phi(1-a)], [-b, phi(1-b)]]: trace and determinant
            double tr = 1 - alpha + phi * (1 - beta);
            double det = (1 - alpha) * phi;
            boolean inside = Math.abs(det) < 1 && Math.abs(tr) < 1 + det;
            double margin = Math.min(1 - Math.abs(det), 1 + det - Math.abs(tr));
            if (Math.abs(margin) < 1e-9) {
                continue;
            }
            if (k.admissible(alpha, beta, 0, phi) != inside) {
                throw new AssertionError("alpha=" + alpha + " beta=" + beta + " phi=" + phi + ": expected " + inside);
            }
        }
    }
}
