package dev.orderan.analytics.forecast.internal;

/**
 * The innovations state-space recursions of the exponential smoothing models of Hyndman, Koehler,
 * Ord and Snyder (<i>Forecasting with Exponential Smoothing</i>, 2008): additive or multiplicative
 * error, no / additive / additive damped trend, no / additive / multiplicative season.
 *
 * <p>States are kept in the book's order: level {@code l}, trend {@code b}, then the seasonal states
 * {@code s1..sm} with {@code s1} the most recent and {@code sm} the one that applies to the next
 * observation. Every update is written in terms of the seasonally adjusted observation {@code p}
 * and the level-plus-damped-trend {@code q}, which gives one form for all error types:
 * {@code l' = q + alpha (p - q)}, {@code b' = phi b + beta (p - q)},
 * {@code s' = s + gamma (y - q - s)} (additive season) or {@code s + gamma (y / q - s)}
 * (multiplicative season).
 *
 * <p>One class past the usual size on purpose: the full recursion (with fitted values and states),
 * its fast objective-only variant, the forecast function and the admissibility test all encode the
 * same model equations, and they must change together.
 *
 * <p>Not for concurrent use: {@link #admissible} works in scratch arrays of the instance.
 */
public final class EtsKernel {

    /** Season codes. */
    public static final int NONE = 0;
    /** Additive component. */
    public static final int ADDITIVE = 1;
    /** Multiplicative component. */
    public static final int MULTIPLICATIVE = 2;

    /** Forecasts at or below this are not allowed under multiplicative components. */
    private static final double TINY = 1e-10;

    private final boolean multiplicativeError;
    private final boolean trend;
    private final boolean damped;
    private final int season;
    private final int m;
    private final double[] scratchA;
    private final double[] scratchB;

    /**
     * A kernel for one model form.
     *
     * @param multiplicativeError true for multiplicative errors
     * @param trend true with an additive trend
     * @param damped true when the trend is damped (needs {@code trend})
     * @param season {@link #NONE}, {@link #ADDITIVE} or {@link #MULTIPLICATIVE}
     * @param m the seasonal period (1 without season)
     */
    public EtsKernel(boolean multiplicativeError, boolean trend, boolean damped, int season, int m) {
        this.multiplicativeError = multiplicativeError;
        this.trend = trend;
        this.damped = damped;
        this.season = season;
        this.m = season == NONE ? 1 : m;
        this.scratchA = new double[this.m + 3];
        this.scratchB = new double[this.m + 3];
    }

    /** Number of states: level, trend if any, m seasonal states if seasonal. */
    public int stateCount() {
        return 1 + (trend ? 1 : 0) + (season != NONE ? m : 0);
    }

    /** The seasonal period used (1 without season). */
    public int period() {
        return m;
    }

    /** True with an additive (possibly damped) trend. */
    public boolean hasTrend() {
        return trend;
    }

    /** True with a damped trend. */
    public boolean isDamped() {
        return damped;
    }

    /** The season code. */
    public int season() {
        return season;
    }

    /** True with multiplicative errors. */
    public boolean multiplicativeError() {
        return multiplicativeError;
    }

    /**
     * Runs the recursion over {@code y[0..n)} from the initial states.
     *
     * @param init initial states (l, b, s1..sm) as in the class comment
     * @param work scratch of at least m doubles
     * @param fitted one-step forecasts, or null
     * @param residuals innovations (relative for multiplicative error), or null
     * @param finalState the states after the last observation, or null
     * @param out {@code out[0]} sum of squared innovations, {@code out[1]} sum of log |forecast|,
     *            {@code out[2]} sum of squared additive errors {@code y - forecast}
     * @return false when a forecast fell to zero or below under a multiplicative component
     */
    public boolean run(double[] y, int n, double alpha, double beta, double gamma, double phi, double[] init,
            double[] work, double[] fitted, double[] residuals, double[] finalState, double[] out) {
        double l = init[0];
        double b = trend ? init[1] : 0.0;
        double dampedPhi = damped ? phi : 1.0;
        int s0 = trend ? 2 : 1;
        if (season != NONE) {
            for (int j = 0; j < m; j++) {
                work[j] = init[s0 + m - 1 - j];
            }
        }
        int k = 0;
        double sse = 0;
        double logSum = 0;
        double sseAdditive = 0;
        boolean multiplicativeSeason = season == MULTIPLICATIVE;
        boolean needsPositive = multiplicativeError || multiplicativeSeason;
        for (int t = 0; t < n; t++) {
            double pb = dampedPhi * b;
            double q = l + pb;
            double s;
            double yhat;
            if (season == NONE) {
                s = 0;
                yhat = q;
            } else if (season == ADDITIVE) {
                s = work[k];
                yhat = q + s;
            } else {
                s = work[k];
                yhat = q * s;
            }
            if (needsPositive && (Math.abs(yhat) < TINY || (multiplicativeSeason && Math.abs(q) < TINY))) {
                return false;
            }
            double yt = y[t];
            double err = yt - yhat;
            double e = multiplicativeError ? err / yhat : err;
            sse += e * e;
            sseAdditive += err * err;
            if (multiplicativeError) {
                logSum += Math.log(Math.abs(yhat));
            }
            if (fitted != null) {
                fitted[t] = yhat;
            }
            if (residuals != null) {
                residuals[t] = e;
            }
            double p = season == NONE ? yt : season == ADDITIVE ? yt - s : yt / s;
            double d = p - q;
            l = q + alpha * d;
            if (trend) {
                b = pb + beta * d;
            }
            if (season == ADDITIVE) {
                work[k] = s + gamma * (yt - q - s);
            } else if (multiplicativeSeason) {
                work[k] = s + gamma * (yt / q - s);
            }
            if (++k == m) {
                k = 0;
            }
        }
        if (finalState != null) {
            finalState[0] = l;
            if (trend) {
                finalState[1] = b;
            }
            if (season != NONE) {
                for (int j = 1; j <= m; j++) {
                    finalState[s0 + j - 1] = work[Math.floorMod(k - j, m)];
                }
            }
        }
        out[0] = sse;
        out[1] = logSum;
        out[2] = sseAdditive;
        return true;
    }

    /**
     * The estimation objective for the given parameters and initial states, without keeping
     * fitted values: {@code n log(SSE)} (+ {@code 2 sum log|forecast|} with multiplicative errors),
     * or the mean squared additive error when {@code mse} is true. {@code +Infinity} when a forecast
     * falls to zero or below under a multiplicative component. One tight loop per error and season
     * type: this is the inner loop of every fit.
     */
    public double objective(double[] y, int n, double alpha, double beta, double gamma, double phi, double[] init,
            double[] work, boolean mse) {
        double l = init[0];
        double b = trend ? init[1] : 0.0;
        double beta0 = trend ? beta : 0.0;
        double ph = damped ? phi : 1.0;
        int s0 = trend ? 2 : 1;
        if (season != NONE) {
            for (int j = 0; j < m; j++) {
                work[j] = init[s0 + m - 1 - j];
            }
        }
        double sse = 0;
        double sseAdditive = 0;
        double logSum = 0;
        double prod = 1;
        int k = 0;
        if (season == NONE) {
            if (!multiplicativeError) {
                for (int t = 0; t < n; t++) {
                    double pb = ph * b;
                    double q = l + pb;
                    double d = y[t] - q;
                    sse += d * d;
                    l = q + alpha * d;
                    b = pb + beta0 * d;
                }
                sseAdditive = sse;
            } else {
                for (int t = 0; t < n; t++) {
                    double pb = ph * b;
                    double q = l + pb;
                    if (Math.abs(q) < TINY) {
                        return Double.POSITIVE_INFINITY;
                    }
                    double d = y[t] - q;
                    double e = d / q;
                    sse += e * e;
                    sseAdditive += d * d;
                    prod *= Math.abs(q);
                    if (prod > 1e150 || prod < 1e-150) {
                        logSum += Math.log(prod);
                        prod = 1;
                    }
                    l = q + alpha * d;
                    b = pb + beta0 * d;
                }
            }
        } else if (season == ADDITIVE) {
            for (int t = 0; t < n; t++) {
                double pb = ph * b;
                double q = l + pb;
                double s = work[k];
                double yhat = q + s;
                double yt = y[t];
                double err = yt - yhat;
                if (multiplicativeError) {
                    if (Math.abs(yhat) < TINY) {
                        return Double.POSITIVE_INFINITY;
                    }
                    double e = err / yhat;
                    sse += e * e;
                    prod *= Math.abs(yhat);
                    if (prod > 1e150 || prod < 1e-150) {
                        logSum += Math.log(prod);
                        prod = 1;
                    }
                } else {
                    sse += err * err;
                }
                sseAdditive += err * err;
                // p - q = y - s - q = err
                l = q + alpha * err;
                b = pb + beta0 * err;
                work[k] = s + gamma * err;
                if (++k == m) {
                    k = 0;
                }
            }
        } else {
            for (int t = 0; t < n; t++) {
                double pb = ph * b;
                double q = l + pb;
                double s = work[k];
                double yhat = q * s;
                if (Math.abs(q) < TINY || Math.abs(yhat) < TINY) {
                    return Double.POSITIVE_INFINITY;
                }
                double yt = y[t];
                double err = yt - yhat;
                double e = err / yhat;
                sse += e * e;
                sseAdditive += err * err;
                prod *= Math.abs(yhat);
                if (prod > 1e150 || prod < 1e-150) {
                    logSum += Math.log(prod);
                    prod = 1;
                }
                // y / s does not depend on this step's level: it stays off the recursion's critical path
                double d = yt / s - q;
                l = q + alpha * d;
                b = pb + beta0 * d;
                work[k] = s + gamma * (yt / q - s);
                if (++k == m) {
                    k = 0;
                }
            }
        }
        if (mse) {
            return sseAdditive / n;
        }
        logSum += Math.log(prod);
        double lik = n * Math.log(sse) + (multiplicativeError ? 2 * logSum : 0);
        if (Double.isNaN(lik)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(lik, -1e10);
    }

    /**
     * Point forecasts {@code H F^(h-1) x} from the states {@code x} (no moment correction).
     */
    public double[] pointForecasts(double[] state, double phi, int horizon) {
        double[] f = new double[horizon];
        double l = state[0];
        double b = trend ? state[1] : 0;
        int s0 = trend ? 2 : 1;
        double dampedPhi = damped ? phi : 1.0;
        double phiSum = 0;
        double phiPow = 1;
        for (int h = 1; h <= horizon; h++) {
            phiPow *= dampedPhi;
            phiSum += phiPow;
            double q = l + phiSum * b;
            if (season == NONE) {
                f[h - 1] = q;
            } else {
                double s = state[s0 + m - 1 - ((h - 1) % m)];
                f[h - 1] = season == ADDITIVE ? q + s : q * s;
            }
        }
        return f;
    }

    /**
     * The coefficients {@code c_j = alpha + beta (phi + ... + phi^j) + gamma [m divides j]} of the
     * model's moving-average form, for j = 1..count (index j-1).
     */
    public double[] psi(double alpha, double beta, double gamma, double phi, int count) {
        double[] c = new double[count];
        double dampedPhi = damped ? phi : 1.0;
        double phiSum = 0;
        double phiPow = 1;
        for (int j = 1; j <= count; j++) {
            phiPow *= dampedPhi;
            phiSum += phiPow;
            double v = alpha + (trend ? beta * phiSum : 0);
            if (season != NONE && j % m == 0) {
                v += gamma;
            }
            c[j - 1] = v;
        }
        return c;
    }

    /**
     * The admissible region (Hyndman et al. 2008, ch. 10): the model's discount matrix
     * {@code D = F - g w'} must have every eigenvalue inside the unit circle. Its characteristic
     * polynomial in the backshift operator is {@code det(I - F B) (1 + sum_k c_k B^k)} (matrix
     * determinant lemma); for seasonal models the factor {@code (1 - B)} that comes from the
     * redundancy between level and normalised seasonal states is divided out. The roots of what
     * remains must lie outside the unit circle, checked with the Schur–Cohn recursion.
     * Uses scratch space of the kernel: not for concurrent use.
     */
    public boolean admissible(double alpha, double beta, double gamma, double phi) {
        if (damped && (phi <= 0 || phi > 1 + 1e-8)) {
            return false;
        }
        int degree = 1 + (trend ? 1 : 0) + (season != NONE ? m : 0);
        int len = degree + 1;
        double[] a = scratchA;
        double[] b = scratchB;
        double dampedPhi = damped ? phi : 1.0;
        double phiSum = 0;
        double phiPow = 1;
        a[0] = 1;
        double b0 = trend ? beta : 0;
        for (int j = 1; j <= degree; j++) {
            phiPow *= dampedPhi;
            phiSum += phiPow;
            a[j] = alpha + b0 * phiSum;
        }
        if (season != NONE) {
            // degree <= m + 2, so only j = m (and never 2m for m > 2) carries gamma
            for (int j = m; j <= degree; j += m) {
                a[j] += gamma;
            }
        }
        multiplyByOneMinus(a, b, len, 1, 1.0);          // b = (1 - B) a
        if (trend) {
            multiplyByOneMinus(b, a, len, 1, dampedPhi); // a = (1 - phi B) b
            double[] t = a;
            a = b;
            b = t;
        }
        if (season == NONE) {
            return rootsOutsideUnitCircle(b, degree, a);
        }
        multiplyByOneMinus(b, a, len, m, 1.0);          // a = (1 - B^m) b
        // divide by (1 - B): r_0 = theta_0, r_k = theta_k + r_{k-1}
        b[0] = a[0];
        for (int k = 1; k < degree; k++) {
            b[k] = a[k] + b[k - 1];
        }
        return rootsOutsideUnitCircle(b, degree - 1, a);
    }

    /** out[k] = in[k] - a * in[k - lag] for k < len. */
    private static void multiplyByOneMinus(double[] in, double[] out, int len, int lag, double a) {
        for (int k = 0; k < len; k++) {
            out[k] = in[k] - (k >= lag ? a * in[k - lag] : 0.0);
        }
    }

    /**
     * True when every root of {@code r_0 + r_1 z + ... + r_d z^d} lies strictly outside the unit
     * circle (trailing zero coefficients lower the degree): the Schur–Cohn recursion on the
     * reversed polynomial, whose roots are the reciprocals. {@code r} is overwritten; {@code tmp}
     * is scratch of the same size.
     */
    static boolean rootsOutsideUnitCircle(double[] r, int d, double[] tmp) {
        while (d > 0 && Math.abs(r[d]) < 1e-14 * Math.abs(r[0])) {
            d--;
        }
        if (r[0] == 0) {
            return false;
        }
        // q(z) = z^d r(1/z) has q_j = r_{d-j}; its leading coefficient is r_0.
        double[] q = tmp;
        for (int j = 0; j <= d; j++) {
            q[j] = r[d - j];
        }
        double[] next = r;
        for (int deg = d; deg > 0; deg--) {
            double lead = q[deg];
            double c0 = q[0];
            if (Math.abs(c0) >= Math.abs(lead)) {
                return false;
            }
            // (lead q(z) - c0 q~(z)) / (z lead): the same roots, coefficients kept at the scale of q
            double ratio = c0 / lead;
            for (int j = 0; j < deg; j++) {
                next[j] = q[j + 1] - ratio * q[deg - 1 - j];
            }
            double[] t = q;
            q = next;
            next = t;
        }
        return true;
    }
}
