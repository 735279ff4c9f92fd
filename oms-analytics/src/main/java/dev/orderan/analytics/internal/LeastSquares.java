package dev.orderan.analytics.internal;

/**
 * Simple linear regression y = a + b·x by ordinary least squares, with the standard error of the
 * slope and a Student-t confidence interval.
 *
 * @param intercept a
 * @param slope b
 * @param slopeStandardError the standard error of b
 * @param rSquared the share of the variance of y explained
 * @param n the number of points
 * @param residualStandardDeviation the standard deviation of the residuals (n − 2 degrees of freedom)
 */
public record LeastSquares(double intercept, double slope, double slopeStandardError, double rSquared, int n,
                           double residualStandardDeviation) {

    /**
     * Fits the line.
     *
     * @throws IllegalArgumentException with fewer than three points or when x does not vary
     */
    public static LeastSquares fit(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 3) {
            throw new IllegalArgumentException("x, y: need the same length, at least 3 (x " + n + ", y " + y.length + ")");
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx <= 1e-12 * Math.max(1, mx * mx) * n) {
            throw new IllegalArgumentException("x: does not vary, the slope is undefined");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            sse += r * r;
        }
        double sigma2 = sse / (n - 2);
        double se = Math.sqrt(sigma2 / sxx);
        double r2 = syy > 0 ? 1 - sse / syy : 1;
        return new LeastSquares(intercept, slope, se, r2, n, Math.sqrt(sigma2));
    }

    /** The two-sided confidence interval of the slope at this level (0.95 for 95 %). */
    public double[] slopeInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), was " + level);
        }
        double t = SpecialFunctions.studentTQuantile(0.5 + level / 2, n - 2);
        return new double[] {slope - t * slopeStandardError, slope + t * slopeStandardError};
    }
}
