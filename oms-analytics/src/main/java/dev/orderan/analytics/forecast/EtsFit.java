package dev.orderan.analytics.forecast;

import dev.orderan.analytics.forecast.internal.EtsKernel;
import dev.orderan.analytics.forecast.internal.EtsMoments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exponential smoothing model fitted to a series: its form, parameters, initial and final
 * states, likelihood and information criteria, one-step fitted values and residuals. Forecasts
 * with prediction intervals come from the closed-form moments of the model's class (Hyndman et al.
 * 2008, ch. 6). Immutable.
 */
public final class EtsFit {

    private final String series;
    private final EtsModel model;
    private final int frequency;
    private final EtsParameters parameters;
    private final double[] initialStates;
    private final double[] finalStates;
    private final double lik;
    private final int n;
    private final int estimated;
    private final double sigma2;
    private final double mse;
    private final double[] fitted;
    private final double[] residuals;

    EtsFit(String series, EtsModel model, int frequency, EtsParameters parameters, double[] initialStates,
            double[] finalStates, double lik, int n, int estimated, double sigma2, double mse, double[] fitted,
            double[] residuals) {
        this.series = series;
        this.model = model;
        this.frequency = frequency;
        this.parameters = parameters;
        this.initialStates = initialStates;
        this.finalStates = finalStates;
        this.lik = lik;
        this.n = n;
        this.estimated = estimated;
        this.sigma2 = sigma2;
        this.mse = mse;
        this.fitted = fitted;
        this.residuals = residuals;
    }

    /** The name of the series the model was fitted to. */
    public String series() {
        return series;
    }

    /** The model form. */
    public EtsModel model() {
        return model;
    }

    /** The seasonal period the model uses (1 without season). */
    public int period() {
        return model.seasonal() ? frequency : 1;
    }

    /** The smoothing parameters. */
    public EtsParameters parameters() {
        return parameters;
    }

    /** Initial states: level, trend (if any), then seasonal states s1..sm, s1 the most recent. */
    public double[] initialStates() {
        return initialStates.clone();
    }

    /** States after the last observation, in the same order. */
    public double[] finalStates() {
        return finalStates.clone();
    }

    /**
     * {@code n log(SSE)}, plus {@code 2 sum log|forecast|} with multiplicative errors: minus twice
     * the Gaussian log-likelihood up to a constant that is the same for every model of the series.
     */
    public double minusTwiceLogLikelihood() {
        return lik;
    }

    /** The log-likelihood on the scale of {@link #minusTwiceLogLikelihood()}. */
    public double logLikelihood() {
        return -0.5 * lik;
    }

    /** Estimated parameters including the free initial states and the innovation variance. */
    public int parameterCount() {
        return estimated + 1;
    }

    /** Akaike's information criterion. */
    public double aic() {
        return lik + 2.0 * parameterCount();
    }

    /** AIC corrected for small samples; infinite when there are too few observations. */
    public double aicc() {
        int k = parameterCount();
        if (n - k - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return aic() + 2.0 * k * (k + 1) / (n - k - 1);
    }

    /** Schwarz's Bayesian information criterion. */
    public double bic() {
        return lik + Math.log(n) * parameterCount();
    }

    /** The innovation variance (relative for multiplicative errors). */
    public double sigma2() {
        return sigma2;
    }

    /** Mean squared one-step error on the data's scale. */
    public double mse() {
        return mse;
    }

    /** Number of observations fitted. */
    public int observations() {
        return n;
    }

    /** One-step forecasts of the observations. */
    public double[] fitted() {
        return fitted.clone();
    }

    /** Innovations: {@code y - fitted}, or {@code (y - fitted) / fitted} with multiplicative errors. */
    public double[] residuals() {
        return residuals.clone();
    }

    /** Forecasts with 80 % and 95 % prediction intervals. */
    public Forecast forecast(int horizon) {
        return forecast(horizon, 0.80, 0.95);
    }

    /**
     * Forecasts {@code horizon} steps with prediction intervals at the given levels (e.g. 0.95).
     * The mean of class-3 models (multiplicative season) carries the second-order term beyond one
     * season.
     */
    public Forecast forecast(int horizon, double... levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
        double[][] mv = moments(horizon);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            double z = NormalDistribution.quantile(0.5 + level / 2);
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                double half = z * Math.sqrt(Math.max(mv[1][i], 0));
                lo[i] = mv[0][i] - half;
                hi[i] = mv[0][i] + half;
            }
            intervals.add(new PredictionInterval(level, lo, hi));
        }
        return new Forecast(series, "ets", model.toString(), mv[0], intervals);
    }

    /** Means and variances for steps 1..h. */
    double[][] moments(int horizon) {
        EtsKernel k = Ets.kernel(model, frequency);
        return EtsMoments.of(k, parameters.alpha(), parameters.beta(), parameters.gamma(), parameters.phi(),
                finalStates, sigma2, horizon);
    }

    @Override
    public String toString() {
        return model + "[" + series + ", alpha=" + parameters.alpha() + ", beta=" + parameters.beta() + ", gamma="
                + parameters.gamma() + ", phi=" + parameters.phi() + ", aicc=" + aicc() + ", states0="
                + Arrays.toString(initialStates) + "]";
    }
}
