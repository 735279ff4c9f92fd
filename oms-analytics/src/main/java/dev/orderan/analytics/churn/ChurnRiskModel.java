package dev.orderan.analytics.churn;

import dev.orderan.analytics.internal.LogisticRegression;
import dev.orderan.analytics.internal.RankMetrics;
import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A churn-risk score: logistic regression (L2-penalised, λ = 1 on standardised features) of
 * "churned within the horizon after the scoring day" on {@link ChurnFeatures}. Train it on past
 * scoring days whose outcome is known; score today's active subscriptions.
 */
public final class ChurnRiskModel {

    private static final double L2 = 1.0;

    private final LogisticRegression model;
    private final int trainedOn;

    private ChurnRiskModel(LogisticRegression model, int trainedOn) {
        this.model = model;
        this.trainedOn = trainedOn;
    }

    /**
     * A training or evaluation example: features on a scoring day and whether the subscription
     * churned within the horizon after it.
     *
     * @param features the features
     * @param churned the outcome
     */
    public record Example(ChurnFeatures features, boolean churned) {
        /** Checks presence. */
        public Example {
            Objects.requireNonNull(features, "features");
        }
    }

    /**
     * Trains the model.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException with fewer than 20 examples or without both outcomes
     */
    public static ChurnRiskModel train(List<Example> examples) {
        Violations v = new Violations("ChurnRiskModel.train");
        v.check(examples != null && examples.size() >= 20, "examples", "MinimumSize", "need at least 20 examples");
        v.throwIfAny();
        long churned = examples.stream().filter(Example::churned).count();
        v.check(churned > 0 && churned < examples.size(), "examples", "BothOutcomes",
                "need churned and retained examples, have " + churned + " churned of " + examples.size());
        v.throwIfAny();
        double[][] x = new double[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().vector();
            y[i] = examples.get(i).churned() ? 1 : 0;
        }
        return new ChurnRiskModel(LogisticRegression.fit(x, y, L2), examples.size());
    }

    /** The probability of churning within the horizon. */
    public double risk(ChurnFeatures features) {
        return model.probability(Objects.requireNonNull(features, "features").vector());
    }

    /** The effect of one standard deviation of each input on the log-odds of churn, largest first. */
    public Map<String, Double> effects() {
        double[] w = model.standardizedCoefficients();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i : order) {
            out.put(ChurnFeatures.NAMES[i], w[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The number of examples the model was trained on. */
    public int trainedOn() {
        return trainedOn;
    }

    /**
     * How well the scores rank held-out examples.
     *
     * @param examples examples the model was not trained on
     * @return the area under the ROC curve
     * @throws IllegalArgumentException when the examples lack an outcome
     */
    public double auc(List<Example> examples) {
        double[] s = new double[examples.size()];
        int[] y = new int[examples.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = risk(examples.get(i).features());
            y[i] = examples.get(i).churned() ? 1 : 0;
        }
        return RankMetrics.auc(s, y);
    }
}
