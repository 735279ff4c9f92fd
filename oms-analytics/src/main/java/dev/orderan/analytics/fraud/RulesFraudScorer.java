package dev.orderan.analytics.fraud;

import dev.orderan.analytics.internal.Violations;

/**
 * The rules baseline: one point each for velocity (at least {@code velocityOrders} earlier orders
 * by the customer in 24 hours), amount (at least {@code amountRatio} times the customer's mean, or
 * at least {@code firstOrderAmountMinor} on a first order) and a first order paid cash on delivery
 * of at least {@code codFirstOrderAmountMinor}; the score is points / 3.
 *
 * @param velocityOrders earlier orders in 24 hours that count as velocity
 * @param amountRatio amount / customer mean that counts as unusual
 * @param firstOrderAmountMinor first-order amount that counts as unusual
 * @param codFirstOrderAmountMinor first-order cash-on-delivery amount that counts as risky
 */
public record RulesFraudScorer(int velocityOrders, double amountRatio, long firstOrderAmountMinor,
                               long codFirstOrderAmountMinor) implements FraudScorer {

    /** Checks ranges. */
    public RulesFraudScorer {
        Violations v = new Violations("RulesFraudScorer");
        v.check(velocityOrders >= 1, "velocityOrders", "Min", "must be at least 1");
        v.check(amountRatio > 1, "amountRatio", "Min", "must be above 1");
        v.check(firstOrderAmountMinor > 0, "firstOrderAmountMinor", "Positive", "must be positive");
        v.check(codFirstOrderAmountMinor > 0, "codFirstOrderAmountMinor", "Positive", "must be positive");
        v.throwIfAny();
    }

    /** Typical thresholds for an Indonesian shop: 3 orders a day, 3× the usual amount, Rp 2 juta first order, Rp 1 juta COD first order. */
    public static RulesFraudScorer typical() {
        return new RulesFraudScorer(3, 3.0, 200_000_000L, 100_000_000L);
    }

    @Override
    public double score(FraudFeatures f) {
        int points = 0;
        if (f.customerOrdersLast24h() >= velocityOrders) {
            points++;
        }
        if (f.firstOrder() ? f.amountMinor() >= firstOrderAmountMinor : f.amountVsCustomerMean() >= amountRatio) {
            points++;
        }
        if (f.firstOrder() && f.cashOnDelivery() && f.amountMinor() >= codFirstOrderAmountMinor) {
            points++;
        }
        return points / 3.0;
    }

    @Override
    public String name() {
        return "rules (velocity + amount + first-order COD)";
    }
}
