package dev.orderan.analytics.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.money.Money;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Elasticity estimation on generated demand, and each guardrail of the recommender. */
class PricingTest {

    private static final Guardrails RULES = Guardrails.indonesianDefaults();
    private static final PriceRecommender RECOMMENDER = PriceRecommender.with(RULES);

    /**
     * 180 days of demand with constant elasticity: units ~ Poisson(30 · (price / 100 000)^β), the
     * price moving between −15 % and +15 % of Rp 100.000 in Rp 1.000 steps every week.
     */
    static List<PricePoint> demand(String sku, double beta, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PricePoint> out = new ArrayList<>();
        long price = 100_000;
        for (int d = 0; d < 180; d++) {
            if (d % 7 == 0) {
                price = 85_000 + 1_000L * r.nextInt(31);
            }
            double mean = 30 * Math.pow(price / 100_000.0, beta);
            out.add(new PricePoint(sku, LocalDate.of(2025, 1, 1).plusDays(d), Money.idr(price), poisson(r, mean)));
        }
        return out;
    }

    @Test
    void elasticity_isUnbiasedItsIntervalCoversTheTruthAndRarelyPointsTheWrongWay() {
        for (double truth : new double[] {-2.5, -0.5}) {
            int covered = 0;
            int classified = 0;
            int wrongWay = 0;
            double sum = 0;
            int histories = 100;
            for (long seed = 1; seed <= histories; seed++) {
                Elasticity e = ElasticityEstimator.estimate(demand("S", truth, seed)).estimates().get("S");
                sum += e.coefficient();
                covered += e.lower95() < truth && truth < e.upper95() ? 1 : 0;
                classified += truth < -1 ? (e.isSignificantlyElastic() ? 1 : 0) : (e.isSignificantlyInelastic() ? 1 : 0);
                wrongWay += truth < -1 ? (e.isSignificantlyInelastic() ? 1 : 0) : (e.isSignificantlyElastic() ? 1 : 0);
            }
            System.out.printf("FIGURE pricing.elasticity truth=%.1f histories=%d meanEstimate=%.3f coverage95=%.2f "
                    + "classifiedCorrectly=%.2f classifiedWrongWay=%.2f%n", truth, histories, sum / histories,
                    covered / (double) histories, classified / (double) histories, wrongWay / (double) histories);
            assertEquals(truth, sum / histories, 0.1);
            assertTrue(covered >= 88, "coverage " + covered);
            // Power (how often the interval clears −1) depends on the data; a claim in the wrong direction must be rare.
            assertTrue(classified >= 70, "classified " + classified);
            assertTrue(wrongWay <= 2, "wrong way " + wrongWay);
        }
    }

    @Test
    void elasticity_isExactOnNoiseFreeData_andSkipsSkusWithoutPriceChanges() {
        List<PricePoint> history = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            long price = 50_000 + 5_000L * d;
            long units = Math.round(1e12 * Math.pow(price, -2.0));
            history.add(new PricePoint("EXACT", LocalDate.of(2025, 1, 1).plusDays(d), Money.idr(price), units));
            history.add(new PricePoint("FLAT", LocalDate.of(2025, 1, 1).plusDays(d), Money.idr(10_000), 5));
        }
        ElasticityEstimator.Report report = ElasticityEstimator.estimate(history);
        assertEquals(-2.0, report.estimates().get("EXACT").coefficient(), 0.01);
        assertTrue(report.skipped().get("FLAT").contains("never changed"));
    }

    private static Elasticity elasticity(double beta, double low, double high) {
        return new Elasticity("SKU", beta, 0.1, low, high, 0.8, 120, 12);
    }

    private static PricingInput input(long price, long cost, Optional<Elasticity> e, Optional<Long> competitor,
                                      long onHand, double daily, int sinceSale) {
        return new PricingInput("SKU", Money.idr(price), Money.idr(cost), e, competitor.map(Money::idr), onHand, daily,
                sinceSale);
    }

    @Test
    void elasticDemand_lowersTowardsTheLernerPriceWithinTheDailyLimit() {
        PriceRecommendation r = RECOMMENDER.recommend(input(100_000, 60_000, Optional.of(elasticity(-3, -3.4, -2.6)),
                Optional.empty(), 300, 10, 0));
        assertEquals(Money.idr(95_000), r.recommendedPrice()); // Lerner 90.000, limited to −5 %
        assertEquals(PriceRecommendation.Action.LOWER, r.action());
        assertTrue(r.explanation().get(0).contains("cost × β / (1 + β) = IDR 90000.00"), r.explanation().toString());
        assertTrue(r.explanation().stream().anyMatch(s -> s.contains("maximum change of 5 %")));
    }

    @Test
    void inelasticDemand_raisesButNotAboveTheCompetitorCeiling() {
        PriceRecommendation r = RECOMMENDER.recommend(input(100_000, 60_000, Optional.of(elasticity(-0.4, -0.7, -0.1)),
                Optional.of(92_000L), 300, 10, 0));
        assertEquals(Money.idr(101_200), r.recommendedPrice()); // +5 % = 105.000, capped at 110 % of 92.000
        assertTrue(r.explanation().stream().anyMatch(s -> s.contains("Capped at 110 %")));
    }

    @Test
    void theMinimumMargin_winsOverEveryOtherLimit() {
        PriceRecommendation r = RECOMMENDER.recommend(input(100_000, 95_000, Optional.of(elasticity(-0.4, -0.7, -0.1)),
                Optional.of(80_000L), 300, 10, 0));
        assertEquals(Money.idr(111_800), r.recommendedPrice()); // 95.000 / 0.85 = 111.764,7 → Rp 100 step up
        assertTrue(r.explanation().stream().anyMatch(s -> s.contains("minimum margin of 15 %")));
    }

    @Test
    void overstock_marksDown_butLowStockNeverLowers() {
        PriceRecommendation over = RECOMMENDER.recommend(input(100_000, 40_000, Optional.empty(), Optional.empty(), 500, 1, 2));
        assertEquals(Money.idr(95_000), over.recommendedPrice());
        assertTrue(over.explanation().stream().anyMatch(s -> s.startsWith("Overstock: 500 units, 500 days of cover")));
        PriceRecommendation slow = RECOMMENDER.recommend(input(100_000, 40_000, Optional.empty(), Optional.empty(), 20, 1, 45));
        assertTrue(slow.explanation().stream().anyMatch(s -> s.startsWith("Slow mover: no sale for 45 days")));
        PriceRecommendation low = RECOMMENDER.recommend(input(100_000, 40_000, Optional.of(elasticity(-3, -3.4, -2.6)),
                Optional.empty(), 30, 10, 0));
        assertEquals(PriceRecommendation.Action.KEEP, low.action());
        assertTrue(low.explanation().stream().anyMatch(s -> s.startsWith("Low stock: 3 days of cover")));
    }

    @Test
    void anElasticityNotClearlyAboveOrBelowMinusOne_keepsThePrice() {
        PriceRecommendation r = RECOMMENDER.recommend(input(99_990, 40_000, Optional.of(elasticity(-1.1, -1.9, -0.3)),
                Optional.empty(), 100, 10, 0));
        assertEquals(PriceRecommendation.Action.KEEP, r.action());
        assertEquals(Money.idr(99_990), r.recommendedPrice()); // kept even though it is off the Rp 100 grid
    }

    @Test
    void elasticDemandWithoutAUnitCost_setsNoPriceAndSaysWhy() {
        PriceRecommendation r = RECOMMENDER.recommend(input(100_000, 0, Optional.of(elasticity(-3, -3.4, -2.6)),
                Optional.empty(), 300, 10, 0));
        assertEquals(PriceRecommendation.Action.KEEP, r.action());
        assertTrue(r.explanation().get(0).contains("without a unit cost"), r.explanation().toString());
    }

    @Test
    void badInputAndGuardrails_areRefusedNamingEachField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> new PricingInput("SKU", Money.idr(0), Money.idr(-1), Optional.empty(), Optional.empty(), -3, 1, 0));
        assertTrue(e.violationAt("currentPrice").isPresent());
        assertTrue(e.violationAt("unitCost").isPresent());
        assertTrue(e.violationAt("onHand").isPresent());
        ValidationFailedException g = assertThrows(ValidationFailedException.class,
                () -> new Guardrails(1.2, 0, 1.2, 1.1, 10, 5, 20, 0.1, 0));
        assertTrue(g.violationAt("minMarginRate").isPresent());
        assertTrue(g.violationAt("maxChangePerDay").isPresent());
        assertTrue(g.violationAt("competitorFloorRate").isPresent());
        assertTrue(g.violationAt("lowStockDaysOfCover").isPresent());
        assertTrue(g.violationAt("priceStepMinor").isPresent());
    }

    static long poisson(SplittableRandom r, double mean) {
        // Normal approximation above 30 keeps generation fast; exact product method below.
        if (mean > 30) {
            double z = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
        }
        double limit = Math.exp(-mean);
        double p = 1;
        long k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
