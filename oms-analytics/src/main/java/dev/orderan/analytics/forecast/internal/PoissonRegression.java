package dev.orderan.analytics.forecast.internal;

/**
 * Poisson regression with log link (a generalised linear model, McCullagh and Nelder 1989) fitted
 * by iteratively reweighted least squares: {@code E[y] = exp(X beta)}. Coefficients are
 * multiplicative effects on the expected count, and zero counts need no offset. A small ridge on
 * the chosen columns keeps nearly collinear effects finite.
 */
public final class PoissonRegression {

    private PoissonRegression() {
    }

    /**
     * The coefficients.
     *
     * @param x n rows of p regressors
     * @param y non-negative responses
     * @param ridge penalty added to the diagonal of the weighted normal equations for every column
     *              flagged in {@code penalised}
     * @param penalised which columns carry the ridge
     */
    public static double[] fit(double[][] x, double[] y, double ridge, boolean[] penalised) {
        int n = y.length;
        int p = x[0].length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean = Math.max(mean / n, 1e-6);
        double[] beta = new double[p];
        beta[0] = Math.log(mean); // column 0 is the intercept
        double[] eta = new double[n];
        for (int iter = 0; iter < 50; iter++) {
            double[][] a = new double[p][p + 1];
            for (int i = 0; i < n; i++) {
                double e = 0;
                for (int j = 0; j < p; j++) {
                    e += x[i][j] * beta[j];
                }
                eta[i] = e;
                double mu = Math.exp(Math.min(e, 700));
                double w = Math.max(mu, 1e-10);
                double z = e + (y[i] - mu) / w;
                double[] row = x[i];
                for (int j = 0; j < p; j++) {
                    double wj = w * row[j];
                    for (int k = j; k < p; k++) {
                        a[j][k] += wj * row[k];
                    }
                    a[j][p] += wj * z;
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    a[j][k] = a[k][j];
                }
                if (penalised[j]) {
                    a[j][j] += ridge;
                }
            }
            double[] next = LeastSquares.solve(a, p, 1e-10, 1e-300);
            double change = 0;
            for (int j = 0; j < p; j++) {
                change = Math.max(change, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }
}
