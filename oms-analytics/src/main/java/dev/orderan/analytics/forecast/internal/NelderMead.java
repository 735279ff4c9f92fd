package dev.orderan.analytics.forecast.internal;

/**
 * Derivative-free minimisation by the Nelder–Mead simplex method (Nelder and Mead 1965, with the
 * standard coefficients: reflection 1, expansion 2, contraction 1/2, shrink 1/2, as analysed by
 * Lagarias et al. 1998). The objective may return {@code +Infinity} for points outside the
 * feasible region; the start point must be feasible.
 */
public final class NelderMead {

    /** A function to minimise. */
    @FunctionalInterface
    public interface Objective {
        /** The value at {@code x}; {@code +Infinity} when {@code x} is not allowed. */
        double value(double[] x);
    }

    /**
     * The best point found.
     *
     * @param point the minimiser
     * @param value the objective there
     * @param evaluations how many times the objective was evaluated
     */
    public record Result(double[] point, double value, int evaluations) {
    }

    private NelderMead() {
    }

    /**
     * Minimises {@code f} from {@code start}; the first simplex steps {@code steps[i]} along axis i.
     * Stops when the spread of values over the simplex is within {@code relTol} of the best value,
     * or after {@code maxEvaluations} evaluations.
     */
    public static Result minimize(Objective f, double[] start, double[] steps, double relTol, int maxEvaluations) {
        int n = start.length;
        if (n == 0) {
            return new Result(new double[0], f.value(start), 1);
        }
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = f.value(simplex[0]);
        int evaluations = 1;
        for (int i = 0; i < n; i++) {
            double[] p = start.clone();
            p[i] += steps[i];
            simplex[i + 1] = p;
            values[i + 1] = f.value(p);
            evaluations++;
        }
        double expand = 2.0;
        double contract = 0.5;
        double shrink = 0.5;
        double[] centroid = new double[n];
        double[] reflected = new double[n];
        double[] trial = new double[n];
        while (true) {
            int best = 0;
            int worst = 0;
            for (int i = 1; i <= n; i++) {
                if (values[i] < values[best]) {
                    best = i;
                }
                if (values[i] > values[worst]) {
                    worst = i;
                }
            }
            int secondWorst = best;
            for (int i = 0; i <= n; i++) {
                if (i != worst && values[i] > values[secondWorst]) {
                    secondWorst = i;
                }
            }
            double fBest = values[best];
            if (values[worst] <= fBest + relTol * (Math.abs(fBest) + relTol) || evaluations >= maxEvaluations) {
                return new Result(simplex[best].clone(), fBest, evaluations);
            }
            java.util.Arrays.fill(centroid, 0.0);
            for (int i = 0; i <= n; i++) {
                if (i != worst) {
                    double[] p = simplex[i];
                    for (int j = 0; j < n; j++) {
                        centroid[j] += p[j];
                    }
                }
            }
            double[] w = simplex[worst];
            for (int j = 0; j < n; j++) {
                centroid[j] /= n;
                reflected[j] = 2 * centroid[j] - w[j];
            }
            double fr = f.value(reflected);
            evaluations++;
            if (fr < fBest) {
                for (int j = 0; j < n; j++) {
                    trial[j] = centroid[j] + expand * (centroid[j] - w[j]);
                }
                double fe = f.value(trial);
                evaluations++;
                if (fe < fr) {
                    System.arraycopy(trial, 0, w, 0, n);
                    values[worst] = fe;
                } else {
                    System.arraycopy(reflected, 0, w, 0, n);
                    values[worst] = fr;
                }
                continue;
            }
            if (fr < values[secondWorst]) {
                System.arraycopy(reflected, 0, w, 0, n);
                values[worst] = fr;
                continue;
            }
            boolean outside = fr < values[worst];
            for (int j = 0; j < n; j++) {
                trial[j] = outside ? centroid[j] + contract * (reflected[j] - centroid[j])
                        : centroid[j] + contract * (w[j] - centroid[j]);
            }
            double fc = f.value(trial);
            evaluations++;
            if (outside ? fc <= fr : fc < values[worst]) {
                System.arraycopy(trial, 0, w, 0, n);
                values[worst] = fc;
                continue;
            }
            double[] b = simplex[best];
            for (int i = 0; i <= n; i++) {
                if (i != best) {
                    double[] p = simplex[i];
                    for (int j = 0; j < n; j++) {
                        p[j] = b[j] + shrink * (p[j] - b[j]);
                    }
                    values[i] = f.value(p);
                    evaluations++;
                }
            }
        }
    }
}
