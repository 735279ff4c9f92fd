package dev.orderan.analytics.pricing;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.orderan.core.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The guardrails hold for any input: margin always, the daily limit unless the margin forces more. */
class PricingProperties {

    private static final Guardrails RULES = Guardrails.indonesianDefaults();

    @Test
    void recommendations_keepTheMarginAndTheDailyLimitAndTheStepGrid() {
        Gen<long[]> stock = longs().between(0, 2000).zip(integers().between(0, 60), (a, b) -> new long[] {a, b});
        qt().withExamples(3000).forAll(longs().between(1_000, 5_000_000), doubles().between(0.1, 1.3),
                doubles().between(-4, 0.5).zip(integers().between(0, 3), (b, c) -> new double[] {b, c}), stock)
                .check((priceRp, costShare, betaAndCase, stockAndSale) -> {
                    double beta = betaAndCase[0];
                    int competitorCase = (int) betaAndCase[1];
                    long onHand = stockAndSale[0];
                    int sinceSale = (int) stockAndSale[1];
                    long price = priceRp * 100;
                    long cost = Math.round(price * costShare / 100.0) * 100;
                    Optional<Elasticity> e = competitorCase == 3 ? Optional.empty()
                            : Optional.of(new Elasticity("S", beta, 0.1, beta - 0.3, beta + 0.3, 0.5, 50, 5));
                    Optional<Money> competitor = competitorCase == 0 ? Optional.empty()
                            : Optional.of(Money.ofMinor(Math.round(price * (0.7 + 0.2 * competitorCase)), Money.IDR));
                    PricingInput in = new PricingInput("S", Money.ofMinor(price, Money.IDR), Money.ofMinor(cost, Money.IDR),
                            e, competitor, onHand, 3.0, sinceSale);
                    PriceRecommendation r = PriceRecommender.with(RULES).recommend(in);
                    long rec = r.recommendedPrice().minor();
                    double floor = cost / (1 - RULES.minMarginRate());
                    boolean margin = rec >= floor - 1e-6;
                    boolean marginForced = Math.ceil(floor / RULES.priceStepMinor() - 1e-9) * RULES.priceStepMinor() == rec;
                    boolean daily = Math.abs(rec - price) <= price * RULES.maxChangePerDay() + 1e-6;
                    boolean grid = rec % RULES.priceStepMinor() == 0 || rec == price;
                    return margin && (daily || marginForced) && grid;
                });
    }
}
