package dev.orderan.analytics.clv;

import static dev.orderan.analytics.internal.SpecialFunctions.hypergeometric2F1;
import static dev.orderan.analytics.internal.SpecialFunctions.lnBeta;
import static dev.orderan.analytics.internal.SpecialFunctions.lnGamma;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.analytics.internal.NelderMead;
import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The beta-geometric/negative binomial distribution (BG/NBD) model of repeat buying (Fader,
 * Hardie and Lee 2005). While alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α);
 * after each transaction the customer drops out with probability p ~ Beta(a, b). Fitted by maximum
 * likelihood on (frequency, recency, age) summaries; gives the expected number of transactions of
 * a new customer, the expected transactions of a known customer in a future period, and the
 * probability that a customer is still alive.
 */
public final class BgNbd {

    private final Parameters parameters;
    private final double logLikelihood;
    private final int customers;
    private final boolean converged;

    private BgNbd(Parameters parameters, double logLikelihood, int customers, boolean converged) {
        this.parameters = parameters;
        this.logLikelihood = logLikelihood;
        this.customers = customers;
        this.converged = converged;
    }

    /**
     * The model's four parameters.
     *
     * @param r shape of the Gamma distribution of purchase rates
     * @param alpha scale of the Gamma distribution of purchase rates (in periods)
     * @param a first shape of the Beta distribution of dropout probabilities
     * @param b second shape of the Beta distribution of dropout probabilities
     */
    public record Parameters(double r, double alpha, double a, double b) {
        /** Checks that every parameter is a positive number. */
        public Parameters {
            Violations v = new Violations("BgNbd.Parameters");
            v.check(r > 0 && Double.isFinite(r), "r", "Positive", "must be a positive number, was " + r);
            v.check(alpha > 0 && Double.isFinite(alpha), "alpha", "Positive", "must be a positive number, was " + alpha);
            v.check(a > 0 && Double.isFinite(a), "a", "Positive", "must be a positive number, was " + a);
            v.check(b > 0 && Double.isFinite(b), "b", "Positive", "must be a positive number, was " + b);
            v.throwIfAny();
        }
    }

    /** A model with known parameters (for instance, fitted earlier and stored). */
    public static BgNbd of(Parameters parameters) {
        return new BgNbd(Objects.requireNonNull(parameters, "parameters"), Double.NaN, 0, true);
    }

    /** Fits the model to customer summaries by maximum likelihood. */
    public static BgNbd fit(List<CustomerRfm> customers) {
        return fit(customers, ProgressListener.NONE);
    }

    /**
     * Fits the model to customer summaries by maximum likelihood: Nelder-Mead on the logarithms of
     * the parameters (so they stay positive), from three starting points, each run restarted until
     * it stops improving; the best optimum wins.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException with fewer than 10 customers or
     *         without any repeat transaction (the model is not identified)
     */
    public static BgNbd fit(List<CustomerRfm> customers, ProgressListener progress) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(progress, "progress");
        Violations v = new Violations("BgNbd.fit");
        v.check(customers.size() >= 10, "customers", "MinimumSize", "need at least 10 customers, have " + customers.size());
        v.check(customers.stream().anyMatch(c -> c.frequency() > 0), "customers", "RepeatBuyers",
                "need at least one customer with a repeat transaction");
        v.throwIfAny();
        // Identical summaries contribute identical terms: weigh each distinct one by its count.
        Map<List<Double>, int[]> groups = new LinkedHashMap<>();
        for (CustomerRfm c : customers) {
            groups.computeIfAbsent(List.of((double) c.frequency(), c.recency(), c.age()), k -> new int[1])[0]++;
        }
        int n = groups.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] weight = new double[n];
        int i = 0;
        for (Map.Entry<List<Double>, int[]> g : groups.entrySet()) {
            x[i] = g.getKey().get(0).intValue();
            tx[i] = g.getKey().get(1);
            age[i] = g.getKey().get(2);
            weight[i] = g.getValue()[0];
            i++;
        }
        NelderMead optimiser = new NelderMead(1e-11, 40_000, 20);
        double[][] starts = {{0, 0, 0, 0}, {Math.log(0.5), Math.log(5), Math.log(0.5), Math.log(2)},
            {Math.log(2), Math.log(20), Math.log(2), Math.log(10)}};
        NelderMead.Result best = null;
        for (int s = 0; s < starts.length; s++) {
            NelderMead.Result r = optimiser.minimize(theta -> {
                double rr = Math.exp(theta[0]);
                double al = Math.exp(theta[1]);
                double aa = Math.exp(theta[2]);
                double bb = Math.exp(theta[3]);
                double sum = 0;
                for (int k = 0; k < x.length; k++) {
                    sum += weight[k] * logLikelihood(rr, al, aa, bb, x[k], tx[k], age[k]);
                }
                return -sum;
            }, starts[s], 0.5);
            if (best == null || r.value() < best.value()) {
                best = r;
            }
            progress.progress("bg-nbd fit", s + 1, starts.length);
        }
        double[] t = best.point();
        Parameters p = new Parameters(Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2]), Math.exp(t[3]));
        return new BgNbd(p, -best.value(), customers.size(), best.converged());
    }

    /** The fitted or given parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /** The maximised log-likelihood of the fit ({@code NaN} for a model built with {@link #of}). */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** The number of customers fitted on. */
    public int customers() {
        return customers;
    }

    /** True when the optimiser met its tolerance. */
    public boolean converged() {
        return converged;
    }

    /** The log-likelihood of one customer's summary under these parameters. */
    public double logLikelihood(int frequency, double recency, double age) {
        return logLikelihood(parameters.r(), parameters.alpha(), parameters.a(), parameters.b(), frequency, recency, age);
    }

    /** The BG/NBD individual log-likelihood (equation 6 of the paper, in logarithms). */
    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx, double age) {
        double a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
        double a2 = lnBeta(a, b + x) - lnBeta(a, b);
        double a3 = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double m = Math.max(a3, a4);
        return a1 + a2 + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
    }

    /** E[X(t)]: the expected number of transactions of a newly acquired customer in a period of length t. */
    public double expectedTransactions(double t) {
        requireTime(t, "t");
        if (t == 0) {
            return 0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double z = t / (alpha + t);
        double f = hypergeometric2F1(r, b, a + b - 1, z);
        if (Math.abs(a - 1) > 1e-4) {
            return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
        }
        // At a = 1 the closed form divides 0 by 0; integrate the expected purchase rate instead.
        return integrateTransactionRate(t);
    }

    /**
     * E[X(t)] as the integral of the expected purchase rate, for parameter values where the closed
     * form is singular. Package-private so a test can check it against the closed form.
     */
    double integrateTransactionRate(double t) {
        // d/dt E[X(t)] is smooth and decreasing; Simpson's rule on 400 panels is accurate to ~1e-6 here.
        int panels = 400;
        double h = t / panels;
        double sum = rate(0) + rate(t);
        for (int k = 1; k < panels; k++) {
            sum += rate(k * h) * (k % 2 == 0 ? 2 : 4);
        }
        return sum * h / 3;
    }

    /**
     * The expected purchase rate at time s of a new customer: E[λ · P(alive at s)], where the
     * number of purchases up to s is negative binomial and each purchase survives dropout with 1 − p.
     */
    private double rate(double s) {
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        // P(alive at s | λ) = E_p[e^{-λ p s}], E over Beta(a, b); E_λ[λ e^{-λ p s}] = r α^r / (α + p s)^{r+1}.
        // Integrate over p by the midpoint rule in u = p^a, which absorbs the Beta density's p^{a-1} factor.
        int m = 1000;
        double sum = 0;
        for (int k = 0; k < m; k++) {
            double u = (k + 0.5) / m;
            double p = Math.pow(u, 1 / a); // p = u^{1/a} removes the p^{a-1} singularity
            double density = Math.pow(1 - p, b - 1) / a * Math.exp(-lnBeta(a, b));
            sum += density * r * Math.pow(alpha, r) / Math.pow(alpha + p * s, r + 1);
        }
        return sum / m;
    }

    /**
     * E[Y(t) | x, t_x, T]: the expected number of transactions in the next period of length t of a
     * customer with the given summary (equation 10 of the paper).
     */
    public double conditionalExpectedTransactions(double t, int frequency, double recency, double age) {
        requireTime(t, "t");
        requireSummary(frequency, recency, age);
        if (t == 0) {
            return 0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        int x = frequency;
        double z = t / (alpha + age + t);
        double f = hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
        double head = (a + b + x - 1) / (a - 1);
        double numerator = head * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * f);
        double denominator = 1 + (x > 0 ? a / (b + x - 1) * Math.pow((alpha + age) / (alpha + recency), r + x) : 0);
        if (Math.abs(a - 1) <= 1e-4) {
            // The closed form is 0/0 at a = 1; average the two sides, where it is continuous and exact.
            return 0.5 * (withA(1 - 2e-4).conditionalExpectedTransactions(t, frequency, recency, age)
                    + withA(1 + 2e-4).conditionalExpectedTransactions(t, frequency, recency, age));
        }
        return numerator / denominator;
    }

    private BgNbd withA(double a) {
        return of(new Parameters(parameters.r(), parameters.alpha(), a, parameters.b()));
    }

    /** P(alive | x, t_x, T): the probability that a customer with this summary has not dropped out. */
    public double probabilityAlive(int frequency, double recency, double age) {
        requireSummary(frequency, recency, age);
        if (frequency == 0) {
            return 1;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double odds = a / (b + frequency - 1) * Math.pow((alpha + age) / (alpha + recency), r + frequency);
        return 1 / (1 + odds);
    }

    /** The same for one customer's summary. */
    public double conditionalExpectedTransactions(double t, CustomerRfm customer) {
        return conditionalExpectedTransactions(t, customer.frequency(), customer.recency(), customer.age());
    }

    private static void requireTime(double t, String name) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(name + ": must be a finite number at least 0, was " + t);
        }
    }

    private static void requireSummary(int frequency, double recency, double age) {
        if (frequency < 0 || !(recency >= 0) || !(age >= recency - 1e-9)) {
            throw new IllegalArgumentException("summary: need frequency ≥ 0 and 0 ≤ recency ≤ age, was x=" + frequency
                    + ", t_x=" + recency + ", T=" + age);
        }
    }

    /** Expected transactions in the next period of length t for each customer, in input order. */
    public List<Double> conditionalExpectedTransactions(double t, List<CustomerRfm> customersToScore,
                                                        ProgressListener progress) {
        List<Double> out = new ArrayList<>(customersToScore.size());
        int k = 0;
        for (CustomerRfm c : customersToScore) {
            out.add(conditionalExpectedTransactions(t, c));
            if (++k % 1000 == 0) {
                progress.progress("bg-nbd score", k, customersToScore.size());
            }
        }
        progress.progress("bg-nbd score", k, customersToScore.size());
        return out;
    }
}
