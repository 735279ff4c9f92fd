package dev.orderan.analytics.forecast.internal;

/**
 * Forecast means and variances of the exponential smoothing models in closed form (Hyndman et al.
 * 2008, ch. 6): class 1 (additive error and components), class 2 (multiplicative error, additive
 * components) and class 3 (multiplicative error and season). For class 3 the moments of the
 * product of the level-trend vector and the seasonal vector are carried forward through their
 * Kronecker recursion; the mean then includes the second-order term that appears after one full
 * season.
 */
public final class EtsMoments {

    private EtsMoments() {
    }

    /**
     * Means ({@code [0]}) and variances ({@code [1]}) for steps 1..h.
     *
     * @param state the states after the last observation (l, b, s1..sm)
     * @param sigma2 the innovation variance
     */
    public static double[][] of(EtsKernel k, double alpha, double beta, double gamma, double phi, double[] state,
            double sigma2, int h) {
        if (k.season() == EtsKernel.MULTIPLICATIVE) {
            if (!k.multiplicativeError()) {
                throw new IllegalArgumentException("additive error with multiplicative season has no closed form");
            }
            return classThree(k, alpha, beta, gamma, phi, state, sigma2, h);
        }
        double[] mu = k.pointForecasts(state, phi, h);
        double[] c = k.psi(alpha, beta, gamma, phi, Math.max(h - 1, 1));
        double[] var = new double[h];
        if (!k.multiplicativeError()) {
            double cum = 0;
            for (int i = 0; i < h; i++) {
                var[i] = sigma2 * (1 + cum);
                if (i < h - 1) {
                    cum += c[i] * c[i];
                }
            }
        } else {
            double[] theta = new double[h];
            for (int j = 0; j < h; j++) {
                double s = 0;
                for (int i = 0; i < j; i++) {
                    double cj = c[j - 1 - i];
                    s += cj * cj * theta[i];
                }
                theta[j] = mu[j] * mu[j] + sigma2 * s;
                var[j] = (1 + sigma2) * theta[j] - mu[j] * mu[j];
            }
        }
        return new double[][] {mu, var};
    }

    private static double[][] classThree(EtsKernel k, double alpha, double beta, double gamma, double phi,
            double[] state, double sigma2, int h) {
        int m = k.period();
        boolean trend = k.hasTrend();
        double ph = k.isDamped() ? phi : 1.0;
        int k1 = trend ? 2 : 1;
        int d = k1 * m;
        // Level-trend block: x1' = F1 x1 + G1 x1 e; seasonal block: x2' = F2 x2 + G2 x2 e.
        double[][] f1 = trend ? new double[][] {{1, ph}, {0, ph}} : new double[][] {{1}};
        double[][] g1 = trend ? new double[][] {{alpha, alpha * ph}, {beta, beta * ph}} : new double[][] {{alpha}};
        double[] h1 = trend ? new double[] {1, ph} : new double[] {1};
        Sparse f2 = new Sparse(m, m);
        f2.add(0, m - 1, 1);
        for (int i = 1; i < m; i++) {
            f2.add(i, i - 1, 1);
        }
        Sparse g2 = new Sparse(m, m);
        g2.add(0, m - 1, gamma);
        Sparse f21 = Sparse.kron(f2, f1);
        Sparse g21 = Sparse.kron(g2, g1);
        Sparse kk = Sparse.sum(Sparse.kron(g2, f1), Sparse.kron(f2, Sparse.dense(g1)));
        // M = x1 x2' stored as vec (column-major: index c * k1 + r).
        double[] mean = new double[d];
        int s0 = trend ? 2 : 1;
        for (int c = 0; c < m; c++) {
            for (int r = 0; r < k1; r++) {
                mean[c * k1 + r] = state[r] * state[s0 + c];
            }
        }
        double[][] v = new double[d][d];
        double[] mu = new double[h];
        double[] var = new double[h];
        double[][] tmp = new double[d][d];
        double[][] acc = new double[d][d];
        double[][] w = new double[d][d];
        for (int step = 0; step < h; step++) {
            // H21 = H2 (x) H1 picks the last seasonal column weighted by H1.
            double mval = 0;
            double hv = 0;
            int base = (m - 1) * k1;
            for (int r = 0; r < k1; r++) {
                mval += h1[r] * mean[base + r];
                for (int r2 = 0; r2 < k1; r2++) {
                    hv += h1[r] * v[base + r][base + r2] * h1[r2];
                }
            }
            mu[step] = mval;
            var[step] = (1 + sigma2) * hv + sigma2 * mval * mval;
            if (step == h - 1) {
                break;
            }
            // V' = F V F' + s2 (F V G' + G V F' + K (V + mm') K' + s2 G (3V + 2mm') G')
            clear(acc);
            sandwich(f21, v, f21, tmp, w);
            addTo(acc, w, 1);
            sandwich(f21, v, g21, tmp, w);
            addTo(acc, w, sigma2);
            addTransposedTo(acc, w, sigma2);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    w[a][b] = v[a][b] + mean[a] * mean[b];
                }
            }
            double[][] vmm = copy(w);
            sandwich(kk, vmm, kk, tmp, w);
            addTo(acc, w, sigma2);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    vmm[a][b] = 3 * v[a][b] + 2 * mean[a] * mean[b];
                }
            }
            sandwich(g21, vmm, g21, tmp, w);
            addTo(acc, w, sigma2 * sigma2);
            for (int a = 0; a < d; a++) {
                System.arraycopy(acc[a], 0, v[a], 0, d);
            }
            // E[M'] = F1 M F2' + s2 G1 M G2'  i.e. vec: F21 m + s2 G21 m
            double[] next = f21.times(mean);
            double[] corr = g21.times(mean);
            for (int a = 0; a < d; a++) {
                next[a] += sigma2 * corr[a];
            }
            mean = next;
        }
        return new double[][] {mu, var};
    }

    private static void clear(double[][] a) {
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0);
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void addTo(double[][] acc, double[][] w, double f) {
        for (int a = 0; a < acc.length; a++) {
            for (int b = 0; b < acc.length; b++) {
                acc[a][b] += f * w[a][b];
            }
        }
    }

    private static void addTransposedTo(double[][] acc, double[][] w, double f) {
        for (int a = 0; a < acc.length; a++) {
            for (int b = 0; b < acc.length; b++) {
                acc[a][b] += f * w[b][a];
            }
        }
    }

    /** out = S X T' with S, T sparse; tmp is scratch. */
    private static void sandwich(Sparse s, double[][] x, Sparse t, double[][] tmp, double[][] out) {
        int d = x.length;
        clear(tmp);
        // tmp = X T': tmp[a][j] = sum_b X[a][b] T[j][b]
        for (int e = 0; e < t.size; e++) {
            int j = t.rows[e];
            int b = t.cols[e];
            double val = t.vals[e];
            for (int a = 0; a < d; a++) {
                tmp[a][j] += x[a][b] * val;
            }
        }
        clear(out);
        // out = S tmp: out[i][:] += S[i][a] tmp[a][:]
        for (int e = 0; e < s.size; e++) {
            int i = s.rows[e];
            int a = s.cols[e];
            double val = s.vals[e];
            double[] src = tmp[a];
            double[] dst = out[i];
            for (int j = 0; j < d; j++) {
                dst[j] += val * src[j];
            }
        }
    }

    /** A small coordinate-list sparse matrix. */
    private static final class Sparse {
        final int nrow;
        final int ncol;
        int[] rows = new int[8];
        int[] cols = new int[8];
        double[] vals = new double[8];
        int size;

        Sparse(int nrow, int ncol) {
            this.nrow = nrow;
            this.ncol = ncol;
        }

        void add(int r, int c, double v) {
            if (v == 0) {
                return;
            }
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size * 2);
                cols = java.util.Arrays.copyOf(cols, size * 2);
                vals = java.util.Arrays.copyOf(vals, size * 2);
            }
            rows[size] = r;
            cols[size] = c;
            vals[size] = v;
            size++;
        }

        static Sparse dense(double[][] a) {
            Sparse s = new Sparse(a.length, a[0].length);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[0].length; j++) {
                    s.add(i, j, a[i][j]);
                }
            }
            return s;
        }

        /** A (x) B with B dense. */
        static Sparse kron(Sparse a, double[][] b) {
            return kron(a, dense(b));
        }

        static Sparse kron(Sparse a, Sparse b) {
            Sparse s = new Sparse(a.nrow * b.nrow, a.ncol * b.ncol);
            for (int e = 0; e < a.size; e++) {
                for (int f = 0; f < b.size; f++) {
                    s.add(a.rows[e] * b.nrow + b.rows[f], a.cols[e] * b.ncol + b.cols[f], a.vals[e] * b.vals[f]);
                }
            }
            return s;
        }

        static Sparse sum(Sparse a, Sparse b) {
            Sparse s = new Sparse(a.nrow, a.ncol);
            for (int e = 0; e < a.size; e++) {
                s.add(a.rows[e], a.cols[e], a.vals[e]);
            }
            for (int e = 0; e < b.size; e++) {
                s.add(b.rows[e], b.cols[e], b.vals[e]);
            }
            return s;
        }

        double[] times(double[] x) {
            double[] y = new double[nrow];
            for (int e = 0; e < size; e++) {
                y[rows[e]] += vals[e] * x[cols[e]];
            }
            return y;
        }
    }
}
