package dev.orderan.analytics.internal;

import java.util.Arrays;
import java.util.Comparator;

/** Metrics of how well scores rank positives above negatives. */
public final class RankMetrics {

    private RankMetrics() {
    }

    /**
     * The area under the ROC curve: the probability that a random positive scores above a random
     * negative, ties counting one half (the Mann-Whitney statistic, with average ranks for ties).
     *
     * @throws IllegalArgumentException if lengths differ or a class is missing
     */
    public static double auc(double[] scores, int[] labels) {
        int n = check(scores, labels);
        Integer[] idx = sortedAscending(scores);
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int k = i; k <= j; k++) {
                if (labels[idx[k]] == 1) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("labels: need both classes, have " + positives + " positives of " + n);
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * The share of positives among the {@code k} highest scores. Ties at the cut are broken by
     * input order (the earlier example first), so the figure is reproducible.
     */
    public static double precisionAtK(double[] scores, int[] labels, int k) {
        int n = check(scores, labels);
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k: must be between 1 and " + n + ", was " + k);
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        int hits = 0;
        for (int i = 0; i < k; i++) {
            hits += labels[idx[i]];
        }
        return (double) hits / k;
    }

    private static int check(double[] scores, int[] labels) {
        if (scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException("scores, labels: need the same, positive length (" + scores.length + ", "
                    + labels.length + ")");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels[" + i + "]: must be 0 or 1, was " + labels[i]);
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "]: must be a number");
            }
        }
        return scores.length;
    }

    private static Integer[] sortedAscending(double[] scores) {
        Integer[] idx = new Integer[scores.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> scores[i]));
        return idx;
    }
}
