package dev.orderan.analytics.fraud;

import dev.orderan.analytics.internal.RankMetrics;
import java.util.List;
import java.util.Objects;

/**
 * How well a scorer ranks labelled orders it was not trained on.
 *
 * @param scorer the scorer's name
 * @param orders orders evaluated
 * @param frauds fraudulent among them
 * @param auc area under the ROC curve (ties count one half)
 * @param k the review capacity used for precision
 * @param precisionAtK share of fraud among the k highest scores (ties broken by input order)
 */
public record FraudEvaluation(String scorer, int orders, int frauds, double auc, int k, double precisionAtK) {

    /**
     * Evaluates a scorer.
     *
     * @throws IllegalArgumentException when a class is missing or k is out of range
     */
    public static FraudEvaluation of(FraudScorer scorer, List<LabelledOrder> heldOut, int k) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(heldOut, "heldOut");
        double[] s = new double[heldOut.size()];
        int[] y = new int[heldOut.size()];
        int frauds = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = scorer.score(heldOut.get(i).features());
            y[i] = heldOut.get(i).fraud() ? 1 : 0;
            frauds += y[i];
        }
        return new FraudEvaluation(scorer.name(), s.length, frauds, RankMetrics.auc(s, y), k,
                RankMetrics.precisionAtK(s, y, k));
    }
}
