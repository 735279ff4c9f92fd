package dev.orderan.analytics.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of AUC and precision at k over random scores and labels. */
class RankMetricsProperties {

    /** Scored examples with both classes present. */
    private static Gen<List<double[]>> examples() {
        return lists().of(doubles().between(-5, 5).zip(booleans().all(), (s, l) -> new double[] {s, l ? 1 : 0}))
                .ofSizeBetween(2, 80)
                .assuming(list -> list.stream().anyMatch(e -> e[1] == 1) && list.stream().anyMatch(e -> e[1] == 0));
    }

    private static double[] scores(List<double[]> e) {
        return e.stream().mapToDouble(x -> x[0]).toArray();
    }

    private static int[] labels(List<double[]> e) {
        return e.stream().mapToInt(x -> (int) x[1]).toArray();
    }

    @Test
    void aPerfectRanking_hasAucOne_andTheReversedRankingZero() {
        qt().withExamples(1000).forAll(examples()).check(e -> {
            int[] y = labels(e);
            double[] perfect = new double[y.length];
            double[] reversed = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                perfect[i] = y[i] + 0.001 * e.get(i)[0];
                reversed[i] = -perfect[i];
            }
            return RankMetrics.auc(perfect, y) == 1.0 && RankMetrics.auc(reversed, y) == 0.0;
        });
    }

    @Test
    void negatingTheScores_givesOneMinusTheAuc_andMonotoneTransformsChangeNothing() {
        qt().withExamples(1000).forAll(examples()).check(e -> {
            double[] s = scores(e);
            int[] y = labels(e);
            double[] negated = new double[s.length];
            double[] squashed = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                negated[i] = -s[i];
                squashed[i] = LogisticRegression.sigmoid(3 * s[i]);
            }
            double auc = RankMetrics.auc(s, y);
            return Math.abs(auc + RankMetrics.auc(negated, y) - 1) < 1e-12
                    && Math.abs(auc - RankMetrics.auc(squashed, y)) < 1e-12;
        });
    }

    @Test
    void aucEqualsTheShareOfCorrectlyOrderedPairs() {
        qt().withExamples(500).forAll(examples()).check(e -> {
            double[] s = scores(e);
            int[] y = labels(e);
            double pairs = 0;
            double good = 0;
            for (int i = 0; i < s.length; i++) {
                for (int j = 0; j < s.length; j++) {
                    if (y[i] == 1 && y[j] == 0) {
                        pairs++;
                        good += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    }
                }
            }
            return Math.abs(RankMetrics.auc(s, y) - good / pairs) < 1e-12;
        });
    }

    @Test
    void precisionAtK_isAShareAndIsOneForAPerfectRankingUpToThePositives() {
        qt().withExamples(500).forAll(examples(), integers().between(1, 80)).check((e, k0) -> {
            int[] y = labels(e);
            int k = Math.min(k0, y.length);
            double p = RankMetrics.precisionAtK(scores(e), y, k);
            double[] perfect = new double[y.length];
            int positives = 0;
            for (int i = 0; i < y.length; i++) {
                perfect[i] = y[i];
                positives += y[i];
            }
            double best = RankMetrics.precisionAtK(perfect, y, Math.min(k, positives));
            return p >= 0 && p <= 1 && best == 1.0;
        });
    }
}
