package dev.orderan.analytics.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.metrics.RatioFigure;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Churn rate, Kaplan-Meier and the churn-risk model. */
class ChurnTest {

    private static Subscription sub(String id, String plan, String start, String end) {
        return new Subscription(id, "C-" + id, plan, LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse));
    }

    @Test
    void monthlyChurnRate_isEndingsInTheMonthOverSubscriptionsActiveOnItsFirstDay() {
        List<Subscription> subs = List.of(
                sub("a", "basic", "2025-01-10", "2025-03-10"),
                sub("b", "basic", "2025-02-01", "2025-03-31"),
                sub("c", "premium", "2025-02-15", null),
                sub("d", "premium", "2025-03-05", "2025-03-20"), // not active on 1 March
                sub("e", "basic", "2025-01-01", "2025-02-28"));  // gone before March
        RatioFigure march = ChurnMetrics.of(subs, LocalDate.of(2025, 4, 30)).monthlyChurnRate(YearMonth.of(2025, 3));
        assertEquals(List.of("a", "b"), march.numeratorIds());
        assertEquals(List.of("a", "b", "c"), march.denominatorIds());
        assertEquals(3, march.denominator());
        // As of 15 March the ending on 31 March is not yet known.
        RatioFigure early = ChurnMetrics.of(subs, LocalDate.of(2025, 3, 15)).monthlyChurnRate(YearMonth.of(2025, 3));
        assertEquals(List.of("a"), early.numeratorIds());
    }

    /**
     * The 6-MP arm of Freireich et al. (1963), the classic Kaplan-Meier example: remission times in
     * weeks, + marks censoring. Survival and Greenwood standard errors as published in survival
     * analysis textbooks (e.g. Kleinbaum and Klein).
     */
    @Test
    void kaplanMeier_reproducesTheTextbookSixMpCurveWithGreenwoodErrors() {
        double[] times = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
        boolean[] event = {true, true, true, false, true, false, true, false, false, true, true, false, false, false,
            true, true, false, false, false, false, false};
        List<KaplanMeier.Observation> obs = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            obs.add(new KaplanMeier.Observation(times[i], event[i]));
        }
        SurvivalCurve curve = KaplanMeier.estimate(obs);
        double[][] expected = {{6, 0.857, 0.0764}, {7, 0.807, 0.0869}, {10, 0.753, 0.0963}, {13, 0.690, 0.1068},
            {16, 0.627, 0.1141}, {22, 0.538, 0.1282}, {23, 0.448, 0.1346}};
        assertEquals(expected.length, curve.steps().size());
        for (int i = 0; i < expected.length; i++) {
            SurvivalCurve.Step s = curve.steps().get(i);
            assertEquals(expected[i][0], s.time());
            assertEquals(expected[i][1], s.survival(), 0.0005);
            assertEquals(expected[i][2], Math.sqrt(s.variance()), 0.0005);
            assertTrue(s.lower() <= s.survival() && s.survival() <= s.upper());
        }
        assertEquals(23.0, curve.medianTime().getAsDouble());
        assertEquals(1.0, curve.survivalAt(5.9));
    }

    @Test
    void generatedSubscriptions_survivalByPlanAndCohort_reflectTheGeneratingProcess() {
        SubscriptionSimulation sim = SubscriptionSimulation.run(2024L);
        ChurnMetrics churn = ChurnMetrics.of(sim.subscriptions(), SubscriptionSimulation.END);
        Map<String, SurvivalCurve> byPlan = churn.survivalByPlan();
        double basic = byPlan.get("basic").survivalAt(365);
        double standard = byPlan.get("standard").survivalAt(365);
        double premium = byPlan.get("premium").survivalAt(365);
        System.out.printf("FIGURE churn.km.365days basic=%.3f standard=%.3f premium=%.3f all=%.3f%n", basic, standard,
                premium, churn.survival().survivalAt(365));
        assertTrue(premium > standard && standard > basic, basic + " " + standard + " " + premium);
        Map<YearMonth, SurvivalCurve> cohorts = churn.survivalByCohort();
        assertEquals(24, cohorts.size());
        SurvivalCurve jan23 = cohorts.get(YearMonth.of(2023, 1));
        System.out.printf("FIGURE churn.km.cohort2023-01 subjects=%d s90=%.3f s180=%.3f s365=%.3f median=%s%n",
                jan23.subjects(), jan23.survivalAt(90), jan23.survivalAt(180), jan23.survivalAt(365),
                jan23.medianTime().isPresent() ? String.valueOf(jan23.medianTime().getAsDouble()) : "not reached");
        RatioFigure june = churn.monthlyChurnRate(YearMonth.of(2024, 6));
        System.out.printf("FIGURE churn.monthly 2024-06 churned=%d active=%d rate=%.4f%n", june.numerator(),
                june.denominator(), june.rate().getAsDouble());
        assertTrue(june.rate().getAsDouble() > 0.02 && june.rate().getAsDouble() < 0.15);
    }

    @Test
    void churnRisk_ranksHeldOutSubscriptionsWellAboveChance() {
        SubscriptionSimulation sim = SubscriptionSimulation.run(2024L);
        // Hold out 30 % of the subscriptions (all of their examples), chosen with a fixed seed.
        SplittableRandom split = new SplittableRandom(99L);
        java.util.Set<String> test = new java.util.HashSet<>();
        for (Subscription s : sim.subscriptions()) {
            if (split.nextDouble() < 0.3) {
                test.add(s.subscriptionId());
            }
        }
        List<ChurnRiskModel.Example> train = new ArrayList<>();
        List<ChurnRiskModel.Example> held = new ArrayList<>();
        for (int month = 3; month <= 10; month++) {
            LocalDate day = LocalDate.of(2024, month, 1);
            train.addAll(sim.examples(day, 60, id -> !test.contains(id)));
            held.addAll(sim.examples(day, 60, test::contains));
        }
        ChurnRiskModel model = ChurnRiskModel.train(train);
        double auc = model.auc(held);
        long churned = held.stream().filter(ChurnRiskModel.Example::churned).count();
        System.out.printf("FIGURE churn.risk train=%d heldOut=%d heldOutChurned=%d auc=%.4f effects=%s%n", train.size(),
                held.size(), churned, auc, model.effects());
        assertTrue(auc > 0.70, "AUC " + auc);
        // The strongest signals are the ones the generator uses.
        assertTrue(model.effects().get("payment failures (90 days)") > 0);
        assertTrue(model.effects().get("usage (log, last 30 days)") < 0);
    }

    @Test
    void churnRisk_refusesDataWithOneOutcomeOnly() {
        List<ChurnRiskModel.Example> same = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            same.add(new ChurnRiskModel.Example(new ChurnFeatures("s" + i, 3, 10, 10, 0, 0, 49_000), false));
        }
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> ChurnRiskModel.train(same));
        assertTrue(e.violationAt("examples").isPresent());
    }

    @Test
    void features_withNegativeCounts_areRefusedNamingTheField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> new ChurnFeatures("s", -1, 0, 0, -2, 0, 0));
        assertTrue(e.violationAt("tenureMonths").isPresent());
        assertTrue(e.violationAt("paymentFailures90Days").isPresent());
    }
}
