package dev.orderan.analytics.forecast.internal;

/**
 * Maximum-likelihood estimation of one exponential smoothing model (Hyndman et al. 2008, ch. 5):
 * smoothing parameters, damping and initial states are chosen together by the simplex method,
 * minimising {@code n log(SSE)} (plus {@code 2 sum log|forecast|} with multiplicative errors),
 * subject to the usual bounds and the admissibility region. The last seasonal state is not free:
 * the seasonal states sum to zero (additive) or to m (multiplicative).
 *
 * <p>The start values follow the heuristics of the book (section 2.6): the initial
 * states come from a classical decomposition of the first years (a regression on a trend and one
 * Fourier pair when fewer than three years are available) and a line through the first ten (or
 * 2m) seasonally adjusted values; the smoothing parameters start small.
 *
 * <p>One class past the usual size on purpose: the specification, the start values, the
 * constrained objective and the optimisation schedule are one estimation procedure whose parts
 * share the parameter layout (free smoothing parameters, then the free initial states).
 */
public final class EtsEstimator {

    /** Lower bounds of alpha, beta, gamma, phi under the usual region. */
    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};
    /** Upper bounds of alpha, beta, gamma, phi under the usual region. */
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    /** Objective evaluations of one simplex run when a model is fitted on its own. */
    static final int MAX_EVALUATIONS = 2000;
    /** Evaluations of each restart from the optimum so far. */
    static final int RESTART_EVALUATIONS = 1000;
    /** The most restarts, each made only while the previous one still gained. */
    static final int MAX_RESTARTS = 4;
    /** A restart must lower -2 log L by more than this for another one to follow. */
    static final double RESTART_GAIN = 0.1;
    private static final double REL_TOL = 1.4901161193847656e-8; // sqrt(machine epsilon)

    /** What to estimate. A fixed parameter is a number; a free one is NaN. */
    public static final class Spec {
        final EtsKernel kernel;
        final double fixedAlpha;
        final double fixedBeta;
        final double fixedGamma;
        final double fixedPhi;
        final boolean mseCriterion;

        /**
         * @param kernel the model form
         * @param fixedAlpha alpha, or NaN to estimate it
         * @param fixedBeta beta, or NaN to estimate it (ignored without trend)
         * @param fixedGamma gamma, or NaN to estimate it (ignored without season)
         * @param fixedPhi phi, or NaN to estimate it (ignored without damping)
         * @param mseCriterion minimise the mean squared one-step error instead of the likelihood
         */
        public Spec(EtsKernel kernel, double fixedAlpha, double fixedBeta, double fixedGamma, double fixedPhi,
                boolean mseCriterion) {
            this.kernel = kernel;
            this.fixedAlpha = fixedAlpha;
            this.fixedBeta = fixedBeta;
            this.fixedGamma = fixedGamma;
            this.fixedPhi = fixedPhi;
            this.mseCriterion = mseCriterion;
        }
    }

    /** The estimated model, or {@link #ok} false when no admissible start or fit was found. */
    public static final class Estimate {
        /** False when the model could not be fitted to the data. */
        public boolean ok;
        /** Smoothing parameters (beta, gamma 0 and phi 1 when absent). */
        public double alpha;
        /** Trend smoothing. */
        public double beta;
        /** Seasonal smoothing. */
        public double gamma;
        /** Damping. */
        public double phi = 1;
        /** Initial states l, b, s1..sm (all m seasonal states). */
        public double[] initialStates;
        /** States after the last observation. */
        public double[] finalStates;
        /** {@code n log(SSE) [+ 2 sum log|yhat|]}: minus twice the log-likelihood up to a constant. */
        public double lik;
        /** Sum of squared innovations. */
        public double sse;
        /** Mean squared additive one-step error. */
        public double mse;
        /** Number of estimated parameters including free initial states. */
        public int freeParameters;
        /** Number of smoothing parameters, fixed or free. */
        public int smoothingParameters;
        /** One-step forecasts. */
        public double[] fitted;
        /** Innovations (relative with multiplicative error). */
        public double[] residuals;
        /** Objective evaluations used. */
        public int evaluations;
        /** The optimiser's vector at the optimum, to continue a search from. */
        public double[] point;
    }

    private EtsEstimator() {
    }

    /** Number of free parameters the spec has for data of frequency m (without sigma). */
    public static int freeParameterCount(Spec spec) {
        EtsKernel k = spec.kernel;
        int count = Double.isNaN(spec.fixedAlpha) ? 1 : 0;
        if (k.hasTrend()) {
            count += Double.isNaN(spec.fixedBeta) ? 1 : 0;
        }
        if (k.season() != EtsKernel.NONE) {
            count += Double.isNaN(spec.fixedGamma) ? 1 : 0;
        }
        if (k.isDamped()) {
            count += Double.isNaN(spec.fixedPhi) ? 1 : 0;
        }
        return count + k.stateCount() - (k.season() != EtsKernel.NONE ? 1 : 0);
    }

    /**
     * Estimates the model on {@code y[0..n)}. Returns an estimate with {@code ok == false} when
     * the data are too short for the number of parameters or no admissible fit exists.
     */
    public static Estimate estimate(double[] y, int n, Spec spec) {
        return estimate(y, n, spec, MAX_EVALUATIONS, RESTART_EVALUATIONS, null);
    }

    /**
     * Estimates the model with a budget of objective evaluations for the first simplex run and
     * for one restart from its optimum (0 for none). With {@code warmStart} (the
     * {@link Estimate#point} of an earlier, cheaper run of the same spec) the search continues
     * from there instead of from the heuristic start.
     */
    public static Estimate estimate(double[] y, int n, Spec spec, int firstBudget, int restartBudget,
            double[] warmStart) {
        Estimate est = new Estimate();
        EtsKernel k = spec.kernel;
        int m = k.period();
        boolean trend = k.hasTrend();
        boolean damped = k.isDamped();
        int season = k.season();
        int free = freeParameterCount(spec);
        if (free >= n - 1) {
            return est;
        }
        boolean optAlpha = Double.isNaN(spec.fixedAlpha);
        boolean optBeta = trend && Double.isNaN(spec.fixedBeta);
        boolean optGamma = season != EtsKernel.NONE && Double.isNaN(spec.fixedGamma);
        boolean optPhi = damped && Double.isNaN(spec.fixedPhi);

        // Start values of the smoothing parameters.
        double[] lower = LOWER.clone();
        double[] upper = UPPER.clone();
        double alpha = optAlpha ? lower[0] + 0.2 * (upper[0] - lower[0]) / m : spec.fixedAlpha;
        if (!optAlpha) {
            upper[1] = Math.min(upper[1], alpha);
            upper[2] = Math.min(upper[2], 1 - alpha);
        }
        double beta = 0;
        if (trend) {
            if (optBeta) {
                double ub = Math.min(upper[1], alpha);
                beta = lower[1] + 0.1 * (ub - lower[1]);
                if (beta < 0 || beta > alpha) {
                    beta = alpha - 0.001;
                }
            } else {
                beta = spec.fixedBeta;
            }
        }
        double gamma = 0;
        if (season != EtsKernel.NONE) {
            if (optGamma) {
                double ug = Math.min(upper[2], 1 - alpha);
                gamma = lower[2] + 0.05 * (ug - lower[2]);
                if (gamma < 0 || gamma > 1 - alpha) {
                    gamma = 1 - alpha - 0.001;
                }
            } else {
                gamma = spec.fixedGamma;
            }
        }
        double phi = 1;
        if (damped) {
            phi = optPhi ? lower[3] + 0.99 * (upper[3] - lower[3]) : spec.fixedPhi;
        }
        double[] states = InitialStates.heuristic(y, n, m, trend, season);
        if (states == null) {
            return est;
        }

        int nSmooth = (optAlpha ? 1 : 0) + (optBeta ? 1 : 0) + (optGamma ? 1 : 0) + (optPhi ? 1 : 0);
        double[] start = new double[nSmooth + states.length];
        int i = 0;
        if (optAlpha) {
            start[i++] = alpha;
        }
        if (optBeta) {
            start[i++] = beta;
        }
        if (optGamma) {
            start[i++] = gamma;
        }
        if (optPhi) {
            start[i++] = phi;
        }
        System.arraycopy(states, 0, start, nSmooth, states.length);

        if (warmStart != null) {
            start = warmStart.clone();
        }
        Target target = new Target(y, n, spec, lower, upper, optAlpha, optBeta, optGamma, optPhi, alpha, beta, gamma,
                phi);
        double startValue = target.value(start);
        if (startValue == Double.POSITIVE_INFINITY) {
            return est;
        }
        double[] steps = steps(start);
        NelderMead.Result best = NelderMead.minimize(target, start, steps, REL_TOL, firstBudget);
        int evaluations = best.evaluations();
        // Restarts from the optimum with a fresh simplex: the simplex method stalls on the ridges
        // of the likelihood; a restart costs little once at an optimum and often gains. Repeat while
        // a restart still improves the objective by more than RESTART_GAIN.
        for (int r = 0; r < MAX_RESTARTS && restartBudget > 0; r++) {
            NelderMead.Result again = NelderMead.minimize(target, best.point(), steps(best.point()), REL_TOL,
                    restartBudget);
            evaluations += again.evaluations();
            boolean gained = again.value() < best.value() - RESTART_GAIN;
            if (again.value() < best.value()) {
                best = again;
            }
            if (!gained) {
                break;
            }
        }
        if (best.value() == Double.POSITIVE_INFINITY) {
            return est;
        }
        double[] p = best.point();
        est.point = p.clone();
        target.unpack(p);
        est.alpha = target.alpha;
        est.beta = trend ? target.beta : 0;
        est.gamma = season != EtsKernel.NONE ? target.gamma : 0;
        est.phi = damped ? target.phi : 1;
        est.initialStates = target.init.clone();
        est.finalStates = new double[k.stateCount()];
        est.fitted = new double[n];
        est.residuals = new double[n];
        double[] out = new double[3];
        boolean ran = k.run(y, n, est.alpha, est.beta, est.gamma, est.phi, est.initialStates, new double[m],
                est.fitted, est.residuals, est.finalStates, out);
        if (!ran) {
            return new Estimate();
        }
        est.sse = out[0];
        est.mse = out[2] / n;
        est.lik = likelihood(n, out, k.multiplicativeError());
        est.freeParameters = free;
        est.smoothingParameters = 1 + (trend ? 1 : 0) + (season != EtsKernel.NONE ? 1 : 0) + (damped ? 1 : 0);
        est.evaluations = evaluations;
        est.ok = true;
        return est;
    }

    /**
     * Runs a model with every parameter and initial state given (no estimation).
     *
     * @param init all initial states l, b, s1..sm
     */
    public static Estimate evaluate(double[] y, int n, EtsKernel k, double alpha, double beta, double gamma,
            double phi, double[] init) {
        Estimate est = new Estimate();
        est.alpha = alpha;
        est.beta = k.hasTrend() ? beta : 0;
        est.gamma = k.season() != EtsKernel.NONE ? gamma : 0;
        est.phi = k.isDamped() ? phi : 1;
        est.initialStates = init.clone();
        est.finalStates = new double[k.stateCount()];
        est.fitted = new double[n];
        est.residuals = new double[n];
        double[] out = new double[3];
        if (!k.run(y, n, est.alpha, est.beta, est.gamma, est.phi, est.initialStates, new double[k.period()],
                est.fitted, est.residuals, est.finalStates, out)) {
            return new Estimate();
        }
        est.sse = out[0];
        est.mse = out[2] / n;
        est.lik = likelihood(n, out, k.multiplicativeError());
        est.smoothingParameters = 1 + (k.hasTrend() ? 1 : 0) + (k.season() != EtsKernel.NONE ? 1 : 0)
                + (k.isDamped() ? 1 : 0);
        est.freeParameters = 0;
        est.ok = true;
        return est;
    }

    static double likelihood(int n, double[] out, boolean multiplicativeError) {
        double lik = n * Math.log(out[0]) + (multiplicativeError ? 2 * out[1] : 0);
        if (Double.isNaN(lik)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(lik, -1e10);
    }

    /**
     * First simplex steps: a tenth of the largest parameter in absolute value along every axis
     * (0.1 when all are zero). With states in the data's units the smoothing parameters then first
     * step outside their region and the simplex contracts back along those axes; on the series
     * compared with the reference implementation this start found better optima than steps scaled
     * per parameter, which stay in the neighbourhood of small starting smoothing parameters.
     */
    private static double[] steps(double[] start) {
        double max = 0;
        for (double v : start) {
            max = Math.max(max, Math.abs(v));
        }
        double[] steps = new double[start.length];
        java.util.Arrays.fill(steps, max == 0 ? 0.1 : 0.1 * max);
        return steps;
    }

    /** The objective: bounds, admissibility, then the recursion. */
    static final class Target implements NelderMead.Objective {
        private final double[] y;
        private final int n;
        private final EtsKernel k;
        private final boolean mse;
        private final double[] lower;
        private final double[] upper;
        private final boolean optAlpha;
        private final boolean optBeta;
        private final boolean optGamma;
        private final boolean optPhi;
        private final int nSmooth;
        private final int m;
        private final int s0;
        double alpha;
        double beta;
        double gamma;
        double phi;
        final double[] init;
        private final double[] work;

        Target(double[] y, int n, Spec spec, double[] lower, double[] upper, boolean optAlpha, boolean optBeta,
                boolean optGamma, boolean optPhi, double alpha, double beta, double gamma, double phi) {
            this.y = y;
            this.n = n;
            this.k = spec.kernel;
            this.mse = spec.mseCriterion;
            this.lower = lower;
            this.upper = upper;
            this.optAlpha = optAlpha;
            this.optBeta = optBeta;
            this.optGamma = optGamma;
            this.optPhi = optPhi;
            this.nSmooth = (optAlpha ? 1 : 0) + (optBeta ? 1 : 0) + (optGamma ? 1 : 0) + (optPhi ? 1 : 0);
            this.alpha = alpha;
            this.beta = beta;
            this.gamma = gamma;
            this.phi = phi;
            this.m = k.period();
            this.s0 = k.hasTrend() ? 2 : 1;
            this.init = new double[k.stateCount()];
            this.work = new double[m];
        }

        void unpack(double[] p) {
            int i = 0;
            if (optAlpha) {
                alpha = p[i++];
            }
            if (optBeta) {
                beta = p[i++];
            }
            if (optGamma) {
                gamma = p[i++];
            }
            if (optPhi) {
                phi = p[i++];
            }
            int states = init.length - (k.season() != EtsKernel.NONE ? 1 : 0);
            System.arraycopy(p, nSmooth, init, 0, states);
            if (k.season() != EtsKernel.NONE) {
                double sum = 0;
                for (int j = s0; j < s0 + m - 1; j++) {
                    sum += init[j];
                }
                init[s0 + m - 1] = (k.season() == EtsKernel.MULTIPLICATIVE ? m : 0) - sum;
            }
        }

        @Override
        public double value(double[] p) {
            unpack(p);
            boolean trend = k.hasTrend();
            boolean seasonal = k.season() != EtsKernel.NONE;
            if (alpha < lower[0] || alpha > upper[0]) {
                return Double.POSITIVE_INFINITY;
            }
            if (trend && (beta < lower[1] || beta > alpha || beta > upper[1])) {
                return Double.POSITIVE_INFINITY;
            }
            if (k.isDamped() && (phi < lower[3] || phi > upper[3])) {
                return Double.POSITIVE_INFINITY;
            }
            if (seasonal && (gamma < lower[2] || gamma > 1 - alpha || gamma > upper[2])) {
                return Double.POSITIVE_INFINITY;
            }
            if (!k.admissible(alpha, trend ? beta : 0, seasonal ? gamma : 0, k.isDamped() ? phi : 1)) {
                return Double.POSITIVE_INFINITY;
            }
            if (k.season() == EtsKernel.MULTIPLICATIVE) {
                for (int j = s0; j < s0 + m; j++) {
                    if (init[j] <= 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            double v = k.objective(y, n, alpha, beta, gamma, phi, init, work, mse);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }
    }

    /** The published start heuristics for the initial states. */
    static final class InitialStates {
        private InitialStates() {
        }

        /** (l, b?, s1..s(m-1)), or null when there are too few observations. */
        static double[] heuristic(double[] y, int n, int m, boolean trend, int season) {
            double[] seasonalInit = null;
            double[] adjusted = y;
            if (season != EtsKernel.NONE) {
                if (n < 4) {
                    return null;
                }
                boolean mult = season == EtsKernel.MULTIPLICATIVE;
                double[] seasonal;
                if (n < 3 * m) {
                    seasonal = fourierSeasonal(y, n, m, mult);
                } else {
                    seasonal = Decomposition.seasonal(y, n, m, mult);
                }
                // s1 is the season of period m (the one just before the first observation), s(m-1)
                // that of period 2; the season of period 1 follows from the normalisation.
                seasonalInit = new double[m - 1];
                for (int j = 0; j < m - 1; j++) {
                    seasonalInit[j] = seasonal[m - 1 - j];
                }
                adjusted = new double[n];
                if (mult) {
                    double sum = 0;
                    for (int j = 0; j < m - 1; j++) {
                        seasonalInit[j] = Math.max(seasonalInit[j], 1e-2);
                        sum += seasonalInit[j];
                    }
                    if (sum > m) {
                        double total = sum + 1e-2 * (m - 1);
                        for (int j = 0; j < m - 1; j++) {
                            seasonalInit[j] /= total;
                        }
                    }
                    for (int t = 0; t < n; t++) {
                        adjusted[t] = y[t] / Math.max(seasonal[t], 1e-2);
                    }
                } else {
                    for (int t = 0; t < n; t++) {
                        adjusted[t] = y[t] - seasonal[t];
                    }
                }
            }
            int maxn = Math.min(Math.max(10, 2 * m), n);
            double l0;
            double b0 = 0;
            if (!trend) {
                double s = 0;
                for (int t = 0; t < maxn; t++) {
                    s += adjusted[t];
                }
                l0 = s / maxn;
            } else {
                double[] line = LeastSquares.line(adjusted, maxn, 1);
                l0 = line[0];
                b0 = line[1];
                if (Math.abs(l0 + b0) < 1e-8) {
                    l0 *= 1 + 1e-3;
                    b0 *= 1 - 1e-3;
                }
            }
            int size = 1 + (trend ? 1 : 0) + (seasonalInit == null ? 0 : m - 1);
            double[] states = new double[size];
            states[0] = l0;
            if (trend) {
                states[1] = b0;
            }
            if (seasonalInit != null) {
                System.arraycopy(seasonalInit, 0, states, trend ? 2 : 1, m - 1);
            }
            return states;
        }

        /** Seasonal component from a regression on a linear trend and one Fourier pair. */
        private static double[] fourierSeasonal(double[] y, int n, int m, boolean mult) {
            double[][] x = new double[n][4];
            for (int t = 0; t < n; t++) {
                double angle = 2 * Math.PI * (t + 1) / m;
                x[t][0] = 1;
                x[t][1] = t + 1;
                x[t][2] = m == 2 ? 0 : Math.sin(angle);
                x[t][3] = Math.cos(angle);
            }
            double[] beta = LeastSquares.fit(x, y, n);
            double[] seasonal = new double[n];
            for (int t = 0; t < n; t++) {
                double trendValue = beta[0] + beta[1] * (t + 1);
                seasonal[t] = mult ? y[t] / trendValue : y[t] - trendValue;
            }
            return seasonal;
        }
    }
}
