package dev.orderan.analytics.internal;

/**
 * Log-gamma, log-beta, the Gauss hypergeometric function, the regularised incomplete beta function
 * and Student's t distribution, to double precision where the models need them.
 */
public final class SpecialFunctions {

    // Lanczos approximation with g = 7 and nine coefficients (Lanczos 1964; the coefficient set
    // published by Godfrey); relative error below 1e-15 for positive arguments.
    private static final double LANCZOS_G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {
    }

    /** ln Γ(x) for x &gt; 0. */
    public static double lnGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("lnGamma: x must be positive, was " + x);
        }
        if (x < 0.5) {
            // Reflection keeps the approximation in its accurate range.
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
    public static double lnBeta(double a, double b) {
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    }

    /**
     * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series,
     * summed until a term no longer changes the sum.
     */
    public static double hypergeometric2F1(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("hypergeometric2F1: z must be in [0, 1), was " + z);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 200_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            double next = sum + term;
            if (next == sum || Math.abs(term) < 1e-17 * Math.abs(next)) {
                return next;
            }
            sum = next;
        }
        throw new ArithmeticException("hypergeometric2F1 did not converge for a=" + a + ", b=" + b + ", c=" + c
                + ", z=" + z);
    }

    /** The regularised incomplete beta function I_x(a, b) for 0 ≤ x ≤ 1. */
    public static double regularizedBeta(double x, double a, double b) {
        if (x < 0 || x > 1) {
            throw new IllegalArgumentException("regularizedBeta: x must be in [0, 1], was " + x);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b));
        // The continued fraction converges fast for x below the mean; use the symmetry otherwise.
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    /** Modified Lentz evaluation of the incomplete-beta continued fraction. */
    private static double betaContinuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double f = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            f *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                return f;
            }
        }
        throw new ArithmeticException("incomplete beta continued fraction did not converge for x=" + x);
    }

    /** P(T ≤ t) for Student's t distribution with {@code df} degrees of freedom. */
    public static double studentTCdf(double t, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("studentTCdf: df must be positive, was " + df);
        }
        double x = df / (df + t * t);
        double tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** The quantile of Student's t distribution: the t with P(T ≤ t) = p, for 0 &lt; p &lt; 1. */
    public static double studentTQuantile(double p, double df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("studentTQuantile: p must be in (0, 1), was " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        // Bisection on the monotone CDF: slow but certain, and only called once per estimate.
        double lo = -1;
        double hi = 1;
        while (studentTCdf(lo, df) > p) {
            lo *= 2;
        }
        while (studentTCdf(hi, df) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i++) {
            double mid = 0.5 * (lo + hi);
            if (studentTCdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The standard normal quantile: the z with Φ(z) = p, for 0 &lt; p &lt; 1. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("normalQuantile: p must be in (0, 1), was " + p);
        }
        double lo = -40;
        double hi = 40;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (normalCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Φ(z), the standard normal CDF, via the complementary error function. */
    public static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The complementary error function, from the regularised incomplete gamma identity, to ~1e-14. */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        // erfc(x) = Q(1/2, x^2): continued fraction for large x, series for small x.
        double a = 0.5;
        double y = x * x;
        if (y < 1.5) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n < 500; n++) {
                term *= y / (a + n);
                sum += term;
                if (term < sum * 1e-16) {
                    break;
                }
            }
            double p = sum * Math.exp(-y + a * Math.log(y) - lnGamma(a));
            return 1 - p;
        }
        final double tiny = 1e-300;
        double b = y + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 500; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-y + a * Math.log(y) - lnGamma(a)) * h;
    }
}
