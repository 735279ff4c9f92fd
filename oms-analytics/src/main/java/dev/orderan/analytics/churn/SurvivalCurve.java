package dev.orderan.analytics.churn;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A Kaplan-Meier survival curve: a step function that starts at 1 and drops at each time with
 * events. Each step carries Greenwood's variance and a 95 % confidence interval on the log-log
 * scale (which stays inside [0, 1]).
 *
 * @param subjects the number of subjects
 * @param events subjects whose event (churn) was observed
 * @param steps the steps, one per distinct event time, in time order
 */
public record SurvivalCurve(int subjects, int events, List<Step> steps) {

    /** Copies the steps. */
    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /**
     * The curve at one event time.
     *
     * @param time the time (days since start)
     * @param atRisk subjects still observed just before the time
     * @param events events at the time
     * @param censored subjects whose observation ended at the time without an event
     * @param survival S(t) just after the time
     * @param variance Greenwood's variance of S(t)
     * @param lower lower end of the 95 % interval
     * @param upper upper end of the 95 % interval
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, double variance,
                       double lower, double upper) {
        /** Checks ranges. */
        public Step {
            if (!(survival >= 0 && survival <= 1) || atRisk < 0 || events < 0 || censored < 0) {
                throw new IllegalArgumentException("step at " + time + ": survival must be in [0, 1] and counts not negative");
            }
        }
    }

    /** S(t): the survival at time t (1 before the first event). */
    public double survivalAt(double t) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** The first time at which survival is at or below one half, if the curve gets there. */
    public OptionalDouble medianTime() {
        for (Step step : steps) {
            if (step.survival() <= 0.5) {
                return OptionalDouble.of(step.time());
            }
        }
        return OptionalDouble.empty();
    }

    /** The step in force at time t, if t is at or after the first event time. */
    public java.util.Optional<Step> stepAt(double t) {
        Step found = null;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            found = step;
        }
        return java.util.Optional.ofNullable(found);
    }
}
