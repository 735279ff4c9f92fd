package dev.orderan.analytics.forecast;

/**
 * The standard normal distribution: its distribution function to near machine precision and its
 * quantile function (Acklam's rational approximation, relative error below 1.2e-9, refined by
 * Halley steps on the accurate distribution function to about 1e-15).
 */
public final class NormalDistribution {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    // Acklam's coefficients (P. J. Acklam, "An algorithm for computing the inverse normal
    // cumulative distribution function", 2003).
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    private NormalDistribution() {
    }

    /** P(Z &le; x) for a standard normal Z. */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** The density of the standard normal at {@code x}. */
    public static double density(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /**
     * The {@code p}-quantile: the z with P(Z &le; z) = p (1.6448536269514722 for 0.95).
     *
     * @throws IllegalArgumentException unless 0 &lt; p &lt; 1
     */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be strictly between 0 and 1: " + p);
        }
        if (p > 0.5) {
            return -lowerQuantile(1 - p);
        }
        return lowerQuantile(p);
    }

    /** Quantile for p <= 0.5, where p itself carries full relative precision. */
    private static double lowerQuantile(double p) {
        double x;
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }
        // Halley refinement: two steps reach the accuracy of the distribution function.
        for (int i = 0; i < 2; i++) {
            double e = cdf(x) - p;
            double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
            x = x - u / (1 + 0.5 * x * u);
        }
        return x;
    }

    /** The complementary error function erfc(z) = 1 - erf(z), accurate in both tails. */
    static double erfc(double z) {
        if (z < 0) {
            return 2 - erfc(-z);
        }
        if (z < 2.5) {
            return 1 - erfSeries(z);
        }
        return erfcContinuedFraction(z);
    }

    /**
     * erf(z) = 2/sqrt(pi) exp(-z^2) sum_n (2 z^2)^n z / (1 3 5 ... (2n+1)): every term positive,
     * so no cancellation.
     */
    private static double erfSeries(double z) {
        double z2 = z * z;
        double term = z;
        double sum = z;
        for (int n = 1; n < 200; n++) {
            term *= 2 * z2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-z2) * sum;
    }

    /**
     * erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + ...))))), evaluated
     * by the modified Lentz method.
     */
    private static double erfcContinuedFraction(double z) {
        double tiny = 1e-300;
        double f = z;
        double c = z;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k * 0.5;
            d = z + a * d;
            d = d == 0 ? tiny : d;
            c = z + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-z * z) / SQRT_PI / f;
    }
}
