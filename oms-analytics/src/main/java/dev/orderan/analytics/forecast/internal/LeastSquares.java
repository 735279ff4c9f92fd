package dev.orderan.analytics.forecast.internal;

/** Small ordinary least-squares fits by the normal equations (a handful of regressors). */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** Intercept and slope of y[i] on x = i + start, for i in [0, n). */
    public static double[] line(double[] y, int n, double start) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += i + start;
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = i + start - mx;
            sxy += dx * (y[i] - my);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /**
     * Coefficients of y on the columns of {@code x} (n rows, p columns), solved from the normal
     * equations by Gaussian elimination with partial pivoting. A column of zeros (a regressor that
     * vanishes, such as a sine at half the sampling frequency) gets coefficient zero: the diagonal
     * carries a ridge of 1e-12 of its largest entry.
     */
    public static double[] fit(double[][] x, double[] y, int n) {
        int p = x[0].length;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    a[j][k] += row[j] * row[k];
                }
                a[j][p] += row[j] * y[i];
            }
        }
        return solve(a, p, 1e-12, Double.MIN_NORMAL);
    }

    /**
     * Solves the normal equations held in {@code a} (p rows of p coefficients and the right-hand side
     * in column p; overwritten) by Gaussian elimination with partial pivoting, after adding
     * {@code ridge} times the largest diagonal entry plus {@code floor} to the diagonal, so a column
     * of zeros gets coefficient zero instead of a division by zero.
     */
    static double[] solve(double[][] a, int p, double ridge, double floor) {
        double scale = 0;
        for (int j = 0; j < p; j++) {
            scale = Math.max(scale, Math.abs(a[j][j]));
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += ridge * scale + floor;
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[pivot];
            a[pivot] = a[col];
            a[col] = t;
            for (int r = col + 1; r < p; r++) {
                double f = a[r][col] / a[col][col];
                if (f != 0) {
                    for (int k = col; k <= p; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] beta = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = a[j][p];
            for (int k = j + 1; k < p; k++) {
                s -= a[j][k] * beta[k];
            }
            beta[j] = s / a[j][j];
        }
        return beta;
    }
}
