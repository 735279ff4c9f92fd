package dev.orderan.analytics.clv;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Expected customer lifetime value from a BG/NBD model of how often a customer will buy and a
 * Gamma-Gamma model of how much: for each future period k = 1..H, the expected transactions in
 * that period (the increase of the conditional expectation from k − 1 to k) times the expected
 * transaction value times the margin, discounted by (1 + d)^k.
 */
public final class LifetimeValue {

    private final BgNbd transactions;
    private final GammaGamma spend;

    private LifetimeValue(BgNbd transactions, GammaGamma spend) {
        this.transactions = transactions;
        this.spend = spend;
    }

    /** A calculator from a fitted (or given) transaction model and spend model. */
    public static LifetimeValue of(BgNbd transactions, GammaGamma spend) {
        return new LifetimeValue(Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(spend, "spend"));
    }

    /**
     * How far ahead to look and how to value the future.
     *
     * @param periods the horizon in model periods (weeks for a weekly summary), at least 1
     * @param discountRatePerPeriod the discount rate per period, e.g. 0.0015 per week for ~8 % a year
     * @param margin the share of revenue that is profit, in (0, 1]
     */
    public record Horizon(int periods, double discountRatePerPeriod, double margin) {
        /** Checks the ranges. */
        public Horizon {
            Violations v = new Violations("LifetimeValue.Horizon");
            v.check(periods >= 1 && periods <= 10_000, "periods", "Range", "must be between 1 and 10000, was " + periods);
            v.check(discountRatePerPeriod >= 0 && discountRatePerPeriod < 1, "discountRatePerPeriod", "Range",
                    "must be in [0, 1), was " + discountRatePerPeriod);
            v.check(margin > 0 && margin <= 1, "margin", "Range", "must be in (0, 1], was " + margin);
            v.throwIfAny();
        }
    }

    /**
     * One customer's expected value.
     *
     * @param customerId the customer
     * @param probabilityAlive P(alive) from the BG/NBD model
     * @param expectedTransactions expected transactions over the horizon (undiscounted)
     * @param expectedAverageValue expected value per transaction from the Gamma-Gamma model, in major units
     * @param expectedValue the discounted expected profit over the horizon, in major units
     */
    public record CustomerValue(String customerId, double probabilityAlive, double expectedTransactions,
                                double expectedAverageValue, double expectedValue) {

        /** The expected value as money, rounded half-even to the currency's minor unit. */
        public Money expectedValueIn(CurrencyUnit currency) {
            return Money.of(BigDecimal.valueOf(expectedValue).setScale(currency.getDefaultFractionDigits(),
                    RoundingMode.HALF_EVEN), currency);
        }
    }

    /** The expected value of one customer over the horizon. */
    public CustomerValue value(CustomerRfm customer, Horizon horizon) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(horizon, "horizon");
        double spendPerTransaction = spend.expectedAverageValue(customer.frequency(), customer.averageRepeatValue());
        double previous = 0;
        double discounted = 0;
        for (int k = 1; k <= horizon.periods(); k++) {
            double cumulative = transactions.conditionalExpectedTransactions(k, customer);
            discounted += (cumulative - previous) / Math.pow(1 + horizon.discountRatePerPeriod(), k);
            previous = cumulative;
        }
        return new CustomerValue(customer.customerId(),
                transactions.probabilityAlive(customer.frequency(), customer.recency(), customer.age()), previous,
                spendPerTransaction, horizon.margin() * spendPerTransaction * discounted);
    }

    /** The expected value of every customer, in input order, reporting progress every 500 customers. */
    public List<CustomerValue> values(List<CustomerRfm> customers, Horizon horizon, ProgressListener progress) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(progress, "progress");
        List<CustomerValue> out = new ArrayList<>(customers.size());
        for (CustomerRfm c : customers) {
            out.add(value(c, horizon));
            if (out.size() % 500 == 0) {
                progress.progress("clv", out.size(), customers.size());
            }
        }
        progress.progress("clv", out.size(), customers.size());
        return List.copyOf(out);
    }
}
