package dev.orderan.analytics.internal;

import java.util.Arrays;

/**
 * Binary logistic regression fitted by Newton-Raphson (iteratively reweighted least squares) with
 * an L2 penalty on the standardised coefficients (never on the intercept). Features are
 * standardised to mean 0 and standard deviation 1 inside the model, so the penalty treats them
 * alike and a caller passes raw values. Deterministic: the same data always gives the same model.
 */
public final class LogisticRegression {

    private final double[] means;
    private final double[] scales;
    private final double intercept;
    private final double[] weights;
    private final int iterations;

    private LogisticRegression(double[] means, double[] scales, double intercept, double[] weights, int iterations) {
        this.means = means;
        this.scales = scales;
        this.intercept = intercept;
        this.weights = weights;
        this.iterations = iterations;
    }

    /**
     * Fits the model.
     *
     * @param x one row of features per example, all rows of the same length
     * @param y the labels, 1 for the positive class
     * @param l2 the penalty λ on the squared standardised coefficients (0 for plain maximum likelihood)
     * @throws IllegalArgumentException if the data are empty, ragged, or have only one class
     */
    public static LogisticRegression fit(double[][] x, int[] y, double l2) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("x, y: need the same, positive number of rows (x " + n + ", y " + y.length + ")");
        }
        if (l2 < 0) {
            throw new IllegalArgumentException("l2: must not be negative, was " + l2);
        }
        int d = x[0].length;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x[" + i + "]: has " + x[i].length + " features, row 0 has " + d);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("y[" + i + "]: must be 0 or 1, was " + y[i]);
            }
            positives += y[i];
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("y: needs examples of both classes, has " + positives + " positives of " + n);
        }
        double[] means = new double[d];
        double[] scales = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[j];
            }
            means[j] = sum / n;
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - means[j]) * (row[j] - means[j]);
            }
            double sd = Math.sqrt(ss / n);
            scales[j] = sd > 1e-12 ? sd : 1; // a constant feature stays 0 after centring
        }
        int p = d + 1;
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x[i][j] - means[j]) / scales[j];
            }
        }
        double[] beta = new double[p];
        beta[0] = Math.log((double) positives / (n - positives));
        double previous = Double.POSITIVE_INFINITY;
        int iteration = 0;
        for (; iteration < 100; iteration++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double eta = dot(beta, z[i]);
                double mu = sigmoid(eta);
                loss += y[i] == 1 ? softplus(-eta) : softplus(eta);
                double r = mu - y[i];
                double w = Math.max(mu * (1 - mu), 1e-12);
                for (int a = 0; a < p; a++) {
                    gradient[a] += r * z[i][a];
                    double wa = w * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += wa * z[i][b];
                    }
                }
            }
            for (int a = 1; a < p; a++) {
                loss += 0.5 * l2 * beta[a] * beta[a];
                gradient[a] += l2 * beta[a];
                hessian[a][a] += l2;
            }
            for (int a = 0; a < p; a++) {
                for (int b = a + 1; b < p; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            double[] delta = LinearAlgebra.solveSymmetric(hessian, gradient);
            // Halve the Newton step until the penalised loss goes down (separable data otherwise diverge).
            double stepSize = 1;
            double[] candidate = new double[p];
            double candidateLoss = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++) {
                for (int a = 0; a < p; a++) {
                    candidate[a] = beta[a] - stepSize * delta[a];
                }
                candidateLoss = penalisedLoss(z, y, candidate, l2);
                if (candidateLoss <= loss) {
                    break;
                }
                stepSize /= 2;
            }
            if (candidateLoss > loss) {
                break;
            }
            beta = candidate.clone();
            if (Math.abs(previous - candidateLoss) < 1e-10 * (1 + candidateLoss)) {
                iteration++;
                break;
            }
            previous = candidateLoss;
        }
        return new LogisticRegression(means, scales, beta[0], Arrays.copyOfRange(beta, 1, p), iteration);
    }

    private static double penalisedLoss(double[][] z, int[] y, double[] beta, double l2) {
        double loss = 0;
        for (int i = 0; i < z.length; i++) {
            double eta = dot(beta, z[i]);
            loss += y[i] == 1 ? softplus(-eta) : softplus(eta);
        }
        for (int a = 1; a < beta.length; a++) {
            loss += 0.5 * l2 * beta[a] * beta[a];
        }
        return loss;
    }

    /** The probability of the positive class for one row of raw features. */
    public double probability(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("features: expected " + weights.length + " values, got " + features.length);
        }
        double eta = intercept;
        for (int j = 0; j < weights.length; j++) {
            eta += weights[j] * (features[j] - means[j]) / scales[j];
        }
        return sigmoid(eta);
    }

    /** The coefficients on standardised features (the effect of one standard deviation), without the intercept. */
    public double[] standardizedCoefficients() {
        return weights.clone();
    }

    /** The intercept on the standardised scale. */
    public double intercept() {
        return intercept;
    }

    /** Newton iterations the fit took. */
    public int iterations() {
        return iterations;
    }

    /** 1 / (1 + e^−t), without overflow. */
    public static double sigmoid(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    /** ln(1 + e^t), without overflow. */
    static double softplus(double t) {
        return t > 30 ? t : Math.log1p(Math.exp(t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
