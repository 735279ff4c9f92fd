package dev.orderan.analytics.fraud;

import dev.orderan.analytics.internal.LogisticRegression;
import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fraud scorer trained by L2-penalised logistic regression (λ = 1 on standardised inputs) on
 * labelled past orders: the score is the model's probability of fraud.
 */
public final class LogisticFraudScorer implements FraudScorer {

    private final LogisticRegression model;

    private LogisticFraudScorer(LogisticRegression model) {
        this.model = model;
    }

    /**
     * Trains the scorer.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException with fewer than 50 examples or without both classes
     */
    public static LogisticFraudScorer train(List<LabelledOrder> examples) {
        Violations v = new Violations("LogisticFraudScorer.train");
        v.check(examples != null && examples.size() >= 50, "examples", "MinimumSize", "need at least 50 examples");
        v.throwIfAny();
        long frauds = examples.stream().filter(LabelledOrder::fraud).count();
        v.check(frauds > 0 && frauds < examples.size(), "examples", "BothClasses",
                "need fraudulent and legitimate examples, have " + frauds + " fraudulent of " + examples.size());
        v.throwIfAny();
        double[][] x = new double[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().vector();
            y[i] = examples.get(i).fraud() ? 1 : 0;
        }
        return new LogisticFraudScorer(LogisticRegression.fit(x, y, 1.0));
    }

    @Override
    public double score(FraudFeatures features) {
        return model.probability(Objects.requireNonNull(features, "features").vector());
    }

    @Override
    public String name() {
        return "logistic regression";
    }

    /** The weight of each input (per standard deviation, on the log-odds), largest first. */
    public Map<String, Double> weights() {
        double[] w = model.standardizedCoefficients();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i : order) {
            out.put(FraudFeatures.NAMES[i], w[i]);
        }
        return Collections.unmodifiableMap(out);
    }
}
