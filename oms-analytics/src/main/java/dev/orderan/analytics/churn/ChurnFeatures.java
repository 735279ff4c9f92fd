package dev.orderan.analytics.churn;

import dev.orderan.analytics.internal.Violations;

/**
 * What a churn-risk score looks at for one active subscription, measured by the host on the
 * scoring day.
 *
 * @param subscriptionId the subscription
 * @param tenureMonths whole months since it started
 * @param usageLast30Days uses (logins, orders, sessions — the host's measure) in the last 30 days
 * @param usagePrevious30Days uses in the 30 days before those
 * @param paymentFailures90Days failed renewal payments in the last 90 days
 * @param supportTickets90Days support tickets in the last 90 days
 * @param monthlyPrice the plan's monthly price in major units (a statistic, not an amount to pay)
 */
public record ChurnFeatures(String subscriptionId, int tenureMonths, int usageLast30Days, int usagePrevious30Days,
                            int paymentFailures90Days, int supportTickets90Days, double monthlyPrice) {

    /** Checks ranges. */
    public ChurnFeatures {
        Violations v = new Violations("ChurnFeatures");
        v.check(subscriptionId != null && !subscriptionId.isBlank(), "subscriptionId", "NotBlank", "must not be blank");
        v.check(tenureMonths >= 0, "tenureMonths", "Min", "must not be negative");
        v.check(usageLast30Days >= 0, "usageLast30Days", "Min", "must not be negative");
        v.check(usagePrevious30Days >= 0, "usagePrevious30Days", "Min", "must not be negative");
        v.check(paymentFailures90Days >= 0, "paymentFailures90Days", "Min", "must not be negative");
        v.check(supportTickets90Days >= 0, "supportTickets90Days", "Min", "must not be negative");
        v.check(monthlyPrice >= 0 && Double.isFinite(monthlyPrice), "monthlyPrice", "Min", "must be a number at least 0");
        v.throwIfAny();
    }

    /**
     * The model's inputs: log usage, the change in log usage, payment failures, tickets, log tenure
     * and log price. Logarithms because a drop from 40 to 20 uses says more than one from 80 to 60.
     */
    double[] vector() {
        double last = Math.log1p(usageLast30Days);
        double previous = Math.log1p(usagePrevious30Days);
        return new double[] {last, last - previous, paymentFailures90Days, supportTickets90Days,
            Math.log1p(tenureMonths), Math.log1p(monthlyPrice)};
    }

    /** Names of {@link #vector()}'s entries, for explanations. */
    static final String[] NAMES = {"usage (log, last 30 days)", "usage change (log, vs previous 30 days)",
        "payment failures (90 days)", "support tickets (90 days)", "tenure (log months)", "price (log)"};
}
