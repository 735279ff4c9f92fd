package dev.orderan.analytics.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.validation.ValidationFailedException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Association rules and item-item CF by hand, and their offline evaluation against popularity. */
class RecommendationTest {

    private static Basket basket(String id, String customer, String... items) {
        return new Basket(id, customer, Instant.parse("2025-01-01T00:00:00Z"), Set.of(items));
    }

    private static final List<Basket> FIVE = List.of(basket("1", "x", "a", "b"), basket("2", "y", "a", "b", "c"),
            basket("3", "z", "a", "c"), basket("4", "x", "b", "c"), basket("5", "w", "a", "b"));

    @Test
    void rules_haveTheSupportConfidenceAndLiftWorkedOutByHand() {
        AssociationRules rules = AssociationRules.mine(FIVE, 0.2, 0.0, 3);
        AssociationRule ab = rules.rules().stream()
                .filter(r -> r.antecedent().equals(Set.of("a")) && r.consequent().equals("b")).findFirst().orElseThrow();
        assertEquals(3, ab.baskets());
        assertEquals(0.6, ab.support(), 1e-12);        // {a,b} in 3 of 5
        assertEquals(0.75, ab.confidence(), 1e-12);    // of the 4 baskets with a
        assertEquals(0.9375, ab.lift(), 1e-12);        // 0.75 / P(b) = 0.75 / 0.8
        AssociationRule abc = rules.rules().stream()
                .filter(r -> r.antecedent().equals(Set.of("a", "b")) && r.consequent().equals("c")).findFirst()
                .orElseThrow();
        assertEquals(1.0 / 3, abc.confidence(), 1e-12);
        assertEquals(List.of("c"), rules.recommend(Set.of("a", "b"), 10));
    }

    @Test
    void rules_belowTheMinimumSupportOrConfidence_areLeftOut() {
        AssociationRules rules = AssociationRules.mine(FIVE, 0.5, 0.7, 3);
        assertTrue(rules.rules().stream().allMatch(r -> r.support() >= 0.5 && r.confidence() >= 0.7));
        assertTrue(rules.rules().stream().noneMatch(r -> r.antecedent().size() == 2)); // {a,b,c} is in 1 basket
    }

    @Test
    void mining_refusesBadThresholdsNamingEach() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> AssociationRules.mine(FIVE, 0, 1.5, 9));
        assertTrue(e.violationAt("minSupport").isPresent());
        assertTrue(e.violationAt("minConfidence").isPresent());
        assertTrue(e.violationAt("maxItemsetSize").isPresent());
    }

    @Test
    void itemItem_cosineOfWhoBoughtWhat() {
        ItemItemCollaborativeFiltering cf = ItemItemCollaborativeFiltering.train(FIVE, 10);
        // buyers: a {x,y,z,w}, b {x,y,w}, c {y,z,x}; a&b share {x,y,w} → 3/√12
        assertEquals(3 / Math.sqrt(12), cf.similarity("a", "b"), 1e-12);
        assertEquals(List.of("b", "c"), cf.recommend(Set.of("a"), 5));
    }

    @Test
    void onHeldOutBaskets_rulesAndItemItemBeatPopularity() {
        List<Basket> all = BasketSimulation.run(11L);
        List<Basket> train = all.stream().filter(b -> b.at().isBefore(BasketSimulation.CUTOFF)).toList();
        List<Basket> test = all.stream().filter(b -> !b.at().isBefore(BasketSimulation.CUTOFF)).toList();
        OfflineEvaluation evaluation = OfflineEvaluation.basketCompletion(test, 5L);
        PopularityRecommender popularity = PopularityRecommender.train(train);
        AssociationRules rules = AssociationRules.mine(train, 0.0005, 0.05, 3);
        ItemItemCollaborativeFiltering cf = ItemItemCollaborativeFiltering.train(train, 50);
        List<Recommender> recommenders = List.of(popularity, rules, BlendedRecommender.of(rules, popularity), cf,
                BlendedRecommender.of(cf, popularity));
        System.out.printf("FIGURE recommend.data train=%d heldOut=%d cases=%d rules=%d%n", train.size(), test.size(),
                evaluation.cases().size(), rules.rules().size());
        OfflineEvaluation.Result base = evaluation.evaluate(popularity, 10);
        for (Recommender r : recommenders) {
            OfflineEvaluation.Result result = evaluation.evaluate(r, 10);
            System.out.printf("FIGURE recommend.k10 %s hitRate=%.4f recall=%.4f%n", result.recommender(),
                    result.hitRate(), result.recall());
        }
        OfflineEvaluation.Result blendedRules = evaluation.evaluate(BlendedRecommender.of(rules, popularity), 10);
        OfflineEvaluation.Result blendedCf = evaluation.evaluate(BlendedRecommender.of(cf, popularity), 10);
        assertTrue(blendedRules.recall() > base.recall() * 1.3, blendedRules + " vs " + base);
        assertTrue(blendedCf.recall() > base.recall() * 1.3, blendedCf + " vs " + base);
        assertTrue(blendedRules.hitRate() > base.hitRate() && blendedCf.hitRate() > base.hitRate());
    }
}
