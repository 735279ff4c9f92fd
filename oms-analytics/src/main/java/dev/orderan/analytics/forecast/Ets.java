package dev.orderan.analytics.forecast;

import dev.orderan.analytics.forecast.internal.EtsEstimator;
import dev.orderan.analytics.forecast.internal.EtsKernel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Exponential smoothing in state-space form (Hyndman, Koehler, Ord and Snyder, <i>Forecasting with
 * Exponential Smoothing</i>, 2008; Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>): fits one model by maximum likelihood, or selects among all supported models the
 * one with the smallest AICc.
 *
 * <p>Automatic selection tries additive and (for strictly positive data) multiplicative errors,
 * no, additive and damped trends, and — when the frequency is between 2 and 24 — additive and
 * (for positive data) multiplicative seasons. Frequencies above 24 (weekly data) are fitted
 * without a season, as the state-space models would need one state per week. A model with as many
 * parameters as observations minus one is skipped.
 *
 * <p>Selection runs in two rounds to stay fast: every candidate is first estimated with 400
 * evaluations of the likelihood, then the three with the lowest AICc are estimated in full (a
 * simplex run of up to 2,000 evaluations from the first round's point, then restarts of up to
 * 1,000 while they still improve the likelihood, at most four) and the best of all by AICc is
 * returned. Candidates far behind after the first round keep
 * their first-round fit: they lose by a margin more evaluations would not close.
 */
public final class Ets {

    /** The largest seasonal period fitted with seasonal states. */
    public static final int MAX_SEASONAL_PERIOD = 24;

    private Ets() {
    }

    /**
     * Fits every candidate model and returns the one with the smallest AICc.
     *
     * @throws UnforecastableSeriesException when no model can be fitted (fewer than 4 observations)
     */
    public static EtsFit fit(TimeSeries y) {
        Objects.requireNonNull(y, "y");
        if (isConstant(y.raw())) {
            return constant(y);
        }
        List<EtsFit> fits = fitAll(y);
        if (fits.isEmpty()) {
            throw new UnforecastableSeriesException(y.name(), "ets", y.length(),
                    "no exponential smoothing model can be fitted (needs at least 4 observations)");
        }
        return fits.get(0);
    }

    /**
     * Fits every candidate model (see the class comment); the list is sorted by AICc, best first,
     * and leaves out models that could not be fitted.
     */
    public static List<EtsFit> fitAll(TimeSeries y) {
        List<EtsModel> models = candidates(y);
        List<Candidate> screened = new ArrayList<>();
        for (EtsModel model : models) {
            EtsKernel k = kernel(model, y.frequency());
            EtsEstimator.Spec spec = new EtsEstimator.Spec(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
            EtsEstimator.Estimate e = EtsEstimator.estimate(y.raw(), y.length(), spec, SCREEN_BUDGET, 0, null);
            if (e.ok) {
                EtsFit fit = toFit(y, model, e, sigma2(y, e));
                if (Double.isFinite(fit.aicc())) {
                    screened.add(new Candidate(model, spec, e, fit));
                }
            }
        }
        screened.sort(Comparator.comparingDouble(c -> c.fit.aicc()));
        List<EtsFit> fits = new ArrayList<>();
        for (int i = 0; i < screened.size(); i++) {
            Candidate c = screened.get(i);
            if (i < REFINE_TOP) {
                EtsEstimator.Estimate e = EtsEstimator.estimate(y.raw(), y.length(), c.spec, REFINE_BUDGET,
                        RESTART_BUDGET, c.estimate.point);
                if (e.ok && e.lik <= c.estimate.lik) {
                    EtsFit fit = toFit(y, c.model, e, sigma2(y, e));
                    fits.add(fit);
                    continue;
                }
            }
            fits.add(c.fit);
        }
        fits.sort(Comparator.comparingDouble(EtsFit::aicc));
        return fits;
    }

    private record Candidate(EtsModel model, EtsEstimator.Spec spec, EtsEstimator.Estimate estimate, EtsFit fit) {
    }

    /** Evaluations each candidate model gets in the first round. */
    private static final int SCREEN_BUDGET = 400;
    /** How many of the best candidates by AICc are then estimated in full. */
    private static final int REFINE_TOP = 3;
    /** Evaluations of the full estimation, continuing from the first round's point. */
    private static final int REFINE_BUDGET = 2000;
    /** Evaluations of each restart from the full estimation's optimum (up to four, while they gain). */
    private static final int RESTART_BUDGET = 1000;

    private static double sigma2(TimeSeries y, EtsEstimator.Estimate e) {
        return e.sse / Math.max(1, y.length() - e.freeParameters);
    }

    /** The models automatic selection tries for this series. */
    public static List<EtsModel> candidates(TimeSeries y) {
        boolean positive = min(y.raw()) > 0;
        boolean seasonal = y.frequency() > 1 && y.frequency() <= MAX_SEASONAL_PERIOD;
        List<EtsModel> out = new ArrayList<>();
        for (EtsModel model : EtsModel.all()) {
            if (model.seasonal() && !seasonal) {
                continue;
            }
            if (model.needsPositiveData() && !positive) {
                continue;
            }
            out.add(model);
        }
        return out;
    }

    /**
     * Fits one model by maximum likelihood.
     *
     * @throws UnforecastableSeriesException when the data do not suit the model (too short,
     *                                       not positive for a multiplicative component, season
     *                                       without a usable frequency) or no admissible fit exists
     */
    public static EtsFit fit(TimeSeries y, EtsModel model) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(model, "model");
        check(y, model);
        EtsFit fit = estimate(y, model, false);
        if (fit == null) {
            throw new UnforecastableSeriesException(y.name(), model.toString(), y.length(),
                    "no admissible fit (too few observations for " + (EtsEstimator.freeParameterCount(
                            spec(kernel(model, y.frequency()))) + 2) + " parameters, or the likelihood diverged)");
        }
        return fit;
    }

    /**
     * Runs a model with every smoothing parameter and initial state given; nothing is estimated.
     * The innovation variance is the mean squared innovation.
     *
     * @param initialStates level, trend (if any), then all m seasonal states s1..sm, s1 the most
     *                      recent (the season before the first observation)
     * @throws IllegalArgumentException when the number of states does not match the model
     * @throws UnforecastableSeriesException when a forecast falls to zero under a multiplicative component
     */
    public static EtsFit withParameters(TimeSeries y, EtsModel model, EtsParameters parameters,
            double[] initialStates) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        check(y, model);
        EtsKernel k = kernel(model, y.frequency());
        if (initialStates.length != k.stateCount()) {
            throw new IllegalArgumentException("initialStates: " + model + " with frequency " + y.frequency()
                    + " has " + k.stateCount() + " states, got " + initialStates.length);
        }
        EtsEstimator.Estimate e = EtsEstimator.evaluate(y.raw(), y.length(), k, parameters.alpha(),
                parameters.beta(), parameters.gamma(), parameters.phi(), initialStates);
        if (!e.ok) {
            throw new UnforecastableSeriesException(y.name(), model.toString(), y.length(),
                    "a forecast fell to zero or below under a multiplicative component");
        }
        return toFit(y, model, e, e.sse / y.length());
    }

    /** A forecaster that selects the model automatically for each series. */
    public static Forecaster forecaster() {
        return new Forecaster() {
            @Override
            public String name() {
                return "ets";
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                return fit(series).forecast(horizon);
            }
        };
    }

    /** A forecaster that always fits the given model. */
    public static Forecaster forecaster(EtsModel model) {
        Objects.requireNonNull(model, "model");
        return new Forecaster() {
            @Override
            public String name() {
                return "ets-" + model.code();
            }

            @Override
            public Forecast forecast(TimeSeries series, int horizon) {
                return fit(series, model).forecast(horizon).relabel(name(), model.toString());
            }
        };
    }

    /** Fits a model minimising the mean squared one-step error (for simple exponential smoothing in Theta). */
    static EtsFit fitByMse(TimeSeries y, EtsModel model) {
        check(y, model);
        EtsFit fit = estimate(y, model, true);
        if (fit == null) {
            throw new UnforecastableSeriesException(y.name(), model.toString(), y.length(), "no admissible fit");
        }
        return fit;
    }

    static EtsKernel kernel(EtsModel model, int frequency) {
        int season = switch (model.season()) {
            case NONE -> EtsKernel.NONE;
            case ADDITIVE -> EtsKernel.ADDITIVE;
            case MULTIPLICATIVE -> EtsKernel.MULTIPLICATIVE;
        };
        return new EtsKernel(model.error() == EtsModel.Error.MULTIPLICATIVE, model.trend() != EtsModel.Trend.NONE,
                model.trend() == EtsModel.Trend.DAMPED, season, frequency);
    }

    static boolean isConstant(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }

    private static EtsEstimator.Spec spec(EtsKernel k) {
        return new EtsEstimator.Spec(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
    }

    private static void check(TimeSeries y, EtsModel model) {
        if (model.seasonal() && (y.frequency() < 2 || y.frequency() > MAX_SEASONAL_PERIOD)) {
            throw new UnforecastableSeriesException(y.name(), model.toString(), y.length(),
                    "a seasonal model needs a frequency between 2 and " + MAX_SEASONAL_PERIOD + ", got "
                            + y.frequency());
        }
        if (model.needsPositiveData() && min(y.raw()) <= 0) {
            throw new UnforecastableSeriesException(y.name(), model.toString(), y.length(),
                    "multiplicative components need strictly positive data");
        }
    }

    private static EtsFit estimate(TimeSeries y, EtsModel model, boolean mse) {
        EtsKernel k = kernel(model, y.frequency());
        EtsEstimator.Spec spec = new EtsEstimator.Spec(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, mse);
        EtsEstimator.Estimate e = EtsEstimator.estimate(y.raw(), y.length(), spec);
        if (!e.ok) {
            return null;
        }
        int np = e.freeParameters;
        double sigma2 = e.sse / Math.max(1, y.length() - np);
        return toFit(y, model, e, sigma2);
    }

    private static EtsFit toFit(TimeSeries y, EtsModel model, EtsEstimator.Estimate e, double sigma2) {
        return new EtsFit(y.name(), model, y.frequency(), new EtsParameters(e.alpha, e.beta, e.gamma, e.phi),
                e.initialStates, e.finalStates, e.lik, y.length(), e.freeParameters, sigma2, e.mse, e.fitted,
                e.residuals);
    }

    /** The reference implementation's answer to a constant series: level = the constant, alpha near 1. */
    private static EtsFit constant(TimeSeries y) {
        EtsModel ann = EtsModel.parse("ANN");
        EtsEstimator.Estimate e = EtsEstimator.evaluate(y.raw(), y.length(), kernel(ann, y.frequency()), 0.99999, 0,
                0, 1, new double[] {y.value(0)});
        e.freeParameters = 2;
        return toFit(y, ann, e, 0.0);
    }

    static double min(double[] y) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : y) {
            m = Math.min(m, v);
        }
        return m;
    }
}
