package dev.orderan.analytics.forecast;

/**
 * Smoothing parameters of an exponential smoothing model in error-correction form (Hyndman et al.
 * 2008): level {@code alpha}, trend {@code beta}, season {@code gamma} and damping {@code phi}.
 * A component the model lacks has beta = 0, gamma = 0, phi = 1.
 *
 * @param alpha level smoothing
 * @param beta trend smoothing
 * @param gamma seasonal smoothing
 * @param phi damping
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {

    /** Checks the values are finite numbers. */
    public EtsParameters {
        if (!Double.isFinite(alpha) || !Double.isFinite(beta) || !Double.isFinite(gamma) || !Double.isFinite(phi)) {
            throw new IllegalArgumentException("smoothing parameters must be finite");
        }
    }

    /** Parameters of a model without trend or season. */
    public static EtsParameters level(double alpha) {
        return new EtsParameters(alpha, 0, 0, 1);
    }
}
