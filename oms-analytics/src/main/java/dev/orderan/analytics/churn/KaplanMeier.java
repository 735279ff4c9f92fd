package dev.orderan.analytics.churn;

import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan-Meier product-limit estimator of survival (Kaplan and Meier 1958): S(t) = Π over
 * event times t_i ≤ t of (1 − d_i / n_i), with Greenwood's variance
 * Var S(t) = S(t)² Σ d_i / (n_i (n_i − d_i)). Censoring at an event time counts the censored
 * subjects as still at risk at that time (the usual convention).
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * One subject's observation.
     *
     * @param time time from the start to the event or to the end of observation (≥ 0)
     * @param event true when the event (churn) happened at {@code time}, false when observation ended (censored)
     */
    public record Observation(double time, boolean event) {
        /** Checks the time. */
        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("time: must be a finite number at least 0, was " + time);
            }
        }
    }

    /**
     * The survival curve of the observations.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if the list is null or holds nulls
     */
    public static SurvivalCurve estimate(List<Observation> observations) {
        Violations v = new Violations("KaplanMeier.estimate");
        if (observations == null) {
            v.add("observations", "NotNull", "must not be null");
            v.throwIfAny();
        }
        for (int i = 0; i < observations.size(); i++) {
            v.check(observations.get(i) != null, "observations[" + i + "]", "NotNull", "must not be null");
        }
        v.throwIfAny();
        TreeMap<Double, int[]> byTime = new TreeMap<>(); // [events, censored]
        int events = 0;
        for (Observation o : observations) {
            int[] c = byTime.computeIfAbsent(o.time(), k -> new int[2]);
            if (o.event()) {
                c[0]++;
                events++;
            } else {
                c[1]++;
            }
        }
        int atRisk = observations.size();
        double survival = 1;
        double greenwoodSum = 0;
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        for (var e : byTime.entrySet()) {
            int d = e.getValue()[0];
            int censored = e.getValue()[1];
            if (d > 0) {
                survival *= 1 - (double) d / atRisk;
                if (atRisk > d) {
                    greenwoodSum += (double) d / ((double) atRisk * (atRisk - d));
                }
                double variance = survival * survival * greenwoodSum;
                double[] ci = logLogInterval(survival, greenwoodSum);
                steps.add(new SurvivalCurve.Step(e.getKey(), atRisk, d, censored, survival, variance, ci[0], ci[1]));
            }
            atRisk -= d + censored;
        }
        return new SurvivalCurve(observations.size(), events, steps);
    }

    /** The 95 % interval exp(−exp(log(−log S) ± 1.96·σ)), σ² = Greenwood sum / (log S)². */
    private static double[] logLogInterval(double s, double greenwoodSum) {
        if (s <= 0 || s >= 1) {
            return new double[] {s, s};
        }
        double logS = Math.log(s);
        double sigma = Math.sqrt(greenwoodSum) / Math.abs(logS);
        double center = Math.log(-logS);
        double z = 1.959963984540054;
        double lower = Math.exp(-Math.exp(center + z * sigma));
        double upper = Math.exp(-Math.exp(center - z * sigma));
        return new double[] {lower, upper};
    }
}
