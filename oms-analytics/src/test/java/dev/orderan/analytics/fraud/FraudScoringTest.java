package dev.orderan.analytics.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feature extraction by hand, and the trained model against the rules baseline on a held-out period. */
class FraudScoringTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static FraudOrder order(String id, String customer, long minutes, long rupiah, boolean cod, String device,
                                    String ip, String domain) {
        return new FraudOrder(id, customer, T0.plus(Duration.ofMinutes(minutes)), rupiah * 100, cod,
                T0.minus(Duration.ofDays(10)), domain, device, ip, 3);
    }

    @Test
    void features_useOnlyEarlierOrders() {
        List<FraudOrder> orders = List.of(
                order("o3", "ani", 120, 900_000, false, "d1", "ip1", "gmail.com"),
                order("o1", "ani", 0, 100_000, false, "d1", "ip1", "gmail.com"),
                order("o2", "ani", 60, 200_000, false, "d1", "ip1", "gmail.com"),
                order("o4", "budi", 130, 50_000, true, "d1", "ip2", "MAILINATOR.com"),
                order("o5", "ani", 60 * 30, 100_000, false, "d2", "ip1", "gmail.com"));
        List<FraudFeatures> f = FraudFeatureExtractor.withDisposableDomains(FraudSimulation.THROWAWAY)
                .extract(orders, ProgressListener.NONE);
        assertEquals(List.of("o1", "o2", "o3", "o4", "o5"), f.stream().map(FraudFeatures::orderId).toList());
        assertTrue(f.get(0).firstOrder());
        assertEquals(0, f.get(0).customerOrdersLast24h());
        assertEquals(2, f.get(2).customerOrdersLast24h());
        assertEquals(6.0, f.get(2).amountVsCustomerMean(), 1e-12); // 900k / mean(100k, 200k)
        assertEquals(2, f.get(3).accountsOnDevice());
        assertTrue(f.get(3).disposableEmail());
        assertEquals(0, f.get(4).customerOrdersLast24h()); // 30 hours later: the day's orders have aged out
        assertEquals(10.0, f.get(0).accountAgeDays(), 1e-9);
    }

    @Test
    void rulesBaseline_scoresPointsOverThree() {
        RulesFraudScorer rules = RulesFraudScorer.typical();
        FraudFeatures codFirst = new FraudFeatures("x", 150_000_000, 1, 0, true, true, 0.1, 500, false, 1, 0);
        assertEquals(1.0 / 3, rules.score(codFirst), 1e-12);
        FraudFeatures burst = new FraudFeatures("y", 250_000_000, 1, 3, true, true, 0.1, 500, false, 1, 0);
        assertEquals(1.0, rules.score(burst), 1e-12);
    }

    @Test
    void trainedModel_beatsTheRulesBaselineOnTheSameHeldOutPeriod() {
        List<FraudSimulation.Labelled> data = FraudSimulation.run(16L);
        List<FraudOrder> orders = data.stream().map(FraudSimulation.Labelled::order).toList();
        Map<String, Boolean> label = new HashMap<>();
        data.forEach(l -> label.put(l.order().orderId(), l.fraud()));
        Map<String, Instant> placed = new HashMap<>();
        orders.forEach(o -> placed.put(o.orderId(), o.placedAt()));
        List<FraudFeatures> features = FraudFeatureExtractor.withDisposableDomains(FraudSimulation.THROWAWAY)
                .extract(orders, ProgressListener.NONE);
        List<LabelledOrder> train = new ArrayList<>();
        List<LabelledOrder> test = new ArrayList<>();
        for (FraudFeatures f : features) {
            LabelledOrder l = new LabelledOrder(f, label.get(f.orderId()));
            (placed.get(f.orderId()).isBefore(FraudSimulation.SPLIT) ? train : test).add(l);
        }
        LogisticFraudScorer model = LogisticFraudScorer.train(train);
        int k = 100;
        FraudEvaluation trained = FraudEvaluation.of(model, test, k);
        FraudEvaluation baseline = FraudEvaluation.of(RulesFraudScorer.typical(), test, k);
        long trainFrauds = train.stream().filter(LabelledOrder::fraud).count();
        System.out.printf("FIGURE fraud.data train=%d trainFraud=%d test=%d testFraud=%d%n", train.size(), trainFrauds,
                trained.orders(), trained.frauds());
        for (FraudEvaluation e : List.of(baseline, trained)) {
            System.out.printf("FIGURE fraud.heldout %s auc=%.4f precisionAt%d=%.2f%n", e.scorer(), e.auc(), e.k(),
                    e.precisionAtK());
        }
        System.out.println("FIGURE fraud.weights " + model.weights());
        assertTrue(trained.auc() > 0.9, "trained AUC " + trained.auc());
        assertTrue(trained.auc() > baseline.auc() + 0.05, trained + " vs " + baseline);
        assertTrue(trained.precisionAtK() > baseline.precisionAtK(), trained + " vs " + baseline);
    }

    @Test
    void badSignals_areRefusedNamingEachField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> new FraudOrder("o", "c", T0, -1,
                false, T0.plusSeconds(60), "", "d", "ip", -2));
        assertTrue(e.violationAt("amountMinor").isPresent());
        assertTrue(e.violationAt("accountCreatedAt").isPresent());
        assertTrue(e.violationAt("emailDomain").isPresent());
        assertTrue(e.violationAt("addressDistanceKm").isPresent());
    }
}
