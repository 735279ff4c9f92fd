package dev.orderan.analytics.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead downhill simplex minimiser (Nelder and Mead 1965) with the standard
 * coefficients, restarted from its own best point until a restart no longer improves the minimum
 * (a collapsed simplex is the method's known failure; a fresh simplex around the best point is the
 * usual cure). Non-finite objective values count as +∞, so a caller can reject a region by
 * returning {@code NaN}.
 */
public final class NelderMead {

    private static final double REFLECT = 1;
    private static final double EXPAND = 2;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;

    private final double tolerance;
    private final int maxEvaluations;
    private final int maxRestarts;

    /**
     * A minimiser.
     *
     * @param tolerance stop when the spread of objective values and of simplex coordinates falls below this
     * @param maxEvaluations objective evaluations allowed in all
     * @param maxRestarts restarts after the first run
     */
    public NelderMead(double tolerance, int maxEvaluations, int maxRestarts) {
        if (!(tolerance > 0) || maxEvaluations < 1 || maxRestarts < 0) {
            throw new IllegalArgumentException("tolerance must be positive, maxEvaluations at least 1, maxRestarts not negative");
        }
        this.tolerance = tolerance;
        this.maxEvaluations = maxEvaluations;
        this.maxRestarts = maxRestarts;
    }

    /**
     * The minimum found.
     *
     * @param point where it is
     * @param value the objective there
     * @param evaluations how many objective evaluations it took
     * @param converged true when the last run met the tolerance before the evaluation budget ran out
     */
    public record Result(double[] point, double value, int evaluations, boolean converged) {
        /** Copies the point. */
        public Result {
            point = point.clone();
        }

        /** Where the minimum is (a copy). */
        @Override
        public double[] point() {
            return point.clone();
        }
    }

    /**
     * Minimises {@code f} starting from {@code start}, with an initial simplex of size {@code step} along each axis.
     */
    public Result minimize(ToDoubleFunction<double[]> f, double[] start, double step) {
        Objects.requireNonNull(f, "f");
        if (start.length == 0) {
            throw new IllegalArgumentException("start: must have at least one coordinate");
        }
        int[] evaluations = {0};
        ToDoubleFunction<double[]> counted = x -> {
            evaluations[0]++;
            double v = f.applyAsDouble(x);
            return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
        };
        double[] best = start.clone();
        double bestValue = counted.applyAsDouble(best);
        boolean converged = false;
        for (int run = 0; run <= maxRestarts && evaluations[0] < maxEvaluations; run++) {
            Result r = run(counted, best, step, evaluations);
            boolean improved = r.value() < bestValue - tolerance * (1 + Math.abs(bestValue));
            if (r.value() <= bestValue) {
                best = r.point();
                bestValue = r.value();
            }
            converged = r.converged();
            if (!improved && run > 0) {
                break;
            }
        }
        return new Result(best, bestValue, evaluations[0], converged);
    }

    private Result run(ToDoubleFunction<double[]> f, double[] start, double step, int[] evaluations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = f.applyAsDouble(simplex[0]);
        for (int i = 0; i < n; i++) {
            double[] p = start.clone();
            p[i] += step;
            simplex[i + 1] = p;
            values[i + 1] = f.applyAsDouble(p);
        }
        Integer[] order = new Integer[n + 1];
        double[] centroid = new double[n];
        while (evaluations[0] < maxEvaluations) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
            double[][] sortedSimplex = new double[n + 1][];
            double[] sortedValues = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sortedSimplex[i] = simplex[order[i]];
                sortedValues[i] = values[order[i]];
            }
            simplex = sortedSimplex;
            values = sortedValues;
            if (converged(simplex, values)) {
                return new Result(simplex[0], values[0], evaluations[0], true);
            }
            Arrays.fill(centroid, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] worst = simplex[n];
            double[] reflected = along(centroid, worst, -REFLECT);
            double fr = f.applyAsDouble(reflected);
            if (fr < values[0]) {
                double[] expanded = along(centroid, worst, -EXPAND);
                double fe = f.applyAsDouble(expanded);
                if (fe < fr) {
                    simplex[n] = expanded;
                    values[n] = fe;
                } else {
                    simplex[n] = reflected;
                    values[n] = fr;
                }
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                boolean outside = fr < values[n];
                double[] contracted = outside ? along(centroid, worst, -CONTRACT) : along(centroid, worst, CONTRACT);
                double fc = f.applyAsDouble(contracted);
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        for (int j = 0; j < n; j++) {
                            simplex[i][j] = simplex[0][j] + SHRINK * (simplex[i][j] - simplex[0][j]);
                        }
                        values[i] = f.applyAsDouble(simplex[i]);
                    }
                }
            }
        }
        int bestIndex = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[bestIndex]) {
                bestIndex = i;
            }
        }
        return new Result(simplex[bestIndex], values[bestIndex], evaluations[0], false);
    }

    private boolean converged(double[][] simplex, double[] values) {
        double spread = Math.abs(values[values.length - 1] - values[0]);
        if (spread > tolerance * (1 + Math.abs(values[0]))) {
            return false;
        }
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < simplex[0].length; j++) {
                if (Math.abs(simplex[i][j] - simplex[0][j]) > tolerance * (1 + Math.abs(simplex[0][j]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** centroid + t · (point − centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = centroid[j] + t * (point[j] - centroid[j]);
        }
        return out;
    }
}
