package dev.orderan.analytics.internal;

/** The few dense linear-algebra routines the models need, for small systems (tens of unknowns). */
public final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /**
     * Solves A x = b for a symmetric positive-definite A by Cholesky decomposition; adds a tiny
     * ridge to the diagonal when A is singular to working precision.
     */
    public static double[] solveSymmetric(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = cholesky(a);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** The inverse of a symmetric positive-definite matrix. */
    public static double[][] inverseSymmetric(double[][] a) {
        int n = a.length;
        double[][] inv = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            inv[j] = solveSymmetric(a, e);
        }
        return inv;
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += Math.abs(a[i][i]);
        }
        double ridge = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            double[][] l = new double[n][n];
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = a[i][j] + (i == j ? ridge : 0);
                    for (int k = 0; k < j; k++) {
                        s -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (!(s > 0)) {
                            ok = false;
                            break;
                        }
                        l[i][i] = Math.sqrt(s);
                    } else {
                        l[i][j] = s / l[j][j];
                    }
                }
            }
            if (ok) {
                return l;
            }
            ridge = ridge == 0 ? 1e-12 * Math.max(trace / n, 1) : ridge * 100;
        }
        throw new ArithmeticException("matrix is not positive definite");
    }
}
