package dev.orderan.analytics.clv;

import static dev.orderan.analytics.internal.SpecialFunctions.lnGamma;

import dev.orderan.analytics.internal.NelderMead;
import dev.orderan.analytics.internal.Violations;
import java.util.List;
import java.util.Objects;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV", after
 * Colombo and Jiang 1999): a customer's transaction values are Gamma(p, ν) around their mean p/ν,
 * and ν varies across customers as Gamma(q, γ). Fitted by maximum likelihood on the customers with
 * at least one repeat transaction (their number of repeats x and mean repeat value m_x); gives
 * the expected mean transaction value of a customer, which shrinks the observed mean towards the
 * population mean the less the customer has bought.
 */
public final class GammaGamma {

    private final Parameters parameters;
    private final double logLikelihood;
    private final int customers;

    private GammaGamma(Parameters parameters, double logLikelihood, int customers) {
        this.parameters = parameters;
        this.logLikelihood = logLikelihood;
        this.customers = customers;
    }

    /**
     * The model's three parameters.
     *
     * @param p shape of the Gamma distribution of one customer's transaction values
     * @param q shape of the Gamma distribution of the customers' ν
     * @param gamma scale of the Gamma distribution of the customers' ν (in currency units)
     */
    public record Parameters(double p, double q, double gamma) {
        /** Checks that every parameter is a positive number. */
        public Parameters {
            Violations v = new Violations("GammaGamma.Parameters");
            v.check(p > 0 && Double.isFinite(p), "p", "Positive", "must be a positive number, was " + p);
            v.check(q > 0 && Double.isFinite(q), "q", "Positive", "must be a positive number, was " + q);
            v.check(gamma > 0 && Double.isFinite(gamma), "gamma", "Positive", "must be a positive number, was " + gamma);
            v.throwIfAny();
        }
    }

    /** A model with known parameters. */
    public static GammaGamma of(Parameters parameters) {
        return new GammaGamma(Objects.requireNonNull(parameters, "parameters"), Double.NaN, 0);
    }

    /**
     * Fits the model on the customers with at least one repeat transaction and a positive mean
     * repeat value (others carry no information about spend and are skipped).
     *
     * @throws dev.orderan.core.validation.ValidationFailedException with fewer than 10 such customers
     */
    public static GammaGamma fit(List<CustomerRfm> customers) {
        Objects.requireNonNull(customers, "customers");
        List<CustomerRfm> repeaters = customers.stream()
                .filter(c -> c.frequency() > 0 && c.averageRepeatValue() > 0).toList();
        Violations v = new Violations("GammaGamma.fit");
        v.check(repeaters.size() >= 10, "customers", "MinimumSize",
                "need at least 10 customers with a repeat transaction of positive value, have " + repeaters.size());
        v.throwIfAny();
        int n = repeaters.size();
        double[] x = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = repeaters.get(i).frequency();
            m[i] = repeaters.get(i).averageRepeatValue();
        }
        double meanSpend = 0;
        for (double v1 : m) {
            meanSpend += v1 / n;
        }
        NelderMead optimiser = new NelderMead(1e-11, 40_000, 20);
        double[][] starts = {{0, 0, Math.log(meanSpend)}, {Math.log(5), Math.log(3), Math.log(10)},
            {Math.log(0.5), Math.log(2), 0}};
        NelderMead.Result best = null;
        for (double[] start : starts) {
            NelderMead.Result r = optimiser.minimize(theta -> {
                double pp = Math.exp(theta[0]);
                double qq = Math.exp(theta[1]);
                double gg = Math.exp(theta[2]);
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += logLikelihood(pp, qq, gg, x[i], m[i]);
                }
                return -sum;
            }, start, 0.5);
            if (best == null || r.value() < best.value()) {
                best = r;
            }
        }
        double[] t = best.point();
        return new GammaGamma(new Parameters(Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2])), -best.value(), n);
    }

    /** The log density of a mean repeat value m_x over x transactions (the paper's equation 3, in logarithms). */
    static double logLikelihood(double p, double q, double gamma, double x, double mx) {
        return lnGamma(p * x + q) - lnGamma(p * x) - lnGamma(q) + q * Math.log(gamma) + (p * x - 1) * Math.log(mx)
                + p * x * Math.log(x) - (p * x + q) * Math.log(gamma + mx * x);
    }

    /** The fitted or given parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /** The maximised log-likelihood ({@code NaN} for a model built with {@link #of}). */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** The number of customers fitted on. */
    public int customers() {
        return customers;
    }

    /** The population mean transaction value, p·γ/(q − 1); infinite when q ≤ 1. */
    public double populationMeanValue() {
        double q = parameters.q();
        return q > 1 ? parameters.p() * parameters.gamma() / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * E[M | x, m_x]: the expected mean transaction value of a customer with x repeat transactions of
     * mean value m_x — a weighted mean of the population mean and m_x (the population mean for x = 0).
     *
     * @throws IllegalStateException when q ≤ 1 (the expectation does not exist)
     */
    public double expectedAverageValue(int frequency, double averageValue) {
        if (frequency < 0 || !(averageValue >= 0)) {
            throw new IllegalArgumentException("frequency and averageValue: must not be negative");
        }
        double p = parameters.p();
        double q = parameters.q();
        double gamma = parameters.gamma();
        if (q <= 1) {
            throw new IllegalStateException("q = " + q + " ≤ 1: the expected transaction value does not exist");
        }
        return p * (gamma + frequency * averageValue) / (p * frequency + q - 1);
    }
}
