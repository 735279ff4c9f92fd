package dev.orderan.analytics.fraud;

import java.util.Objects;

/**
 * What a fraud scorer sees about one order, computed from the order and the orders placed before
 * it (never after).
 *
 * @param orderId the order
 * @param amountMinor the amount in minor units
 * @param amountVsCustomerMean the amount divided by the customer's mean earlier order amount (1 for a first order)
 * @param customerOrdersLast24h the customer's earlier orders in the 24 hours before this one
 * @param firstOrder true when the customer has no earlier order
 * @param cashOnDelivery true when paid on delivery
 * @param accountAgeDays days between account creation and the order
 * @param addressDistanceKm distance of the shipping address from the usual one
 * @param disposableEmail true when the e-mail domain is on the host's list of throwaway domains
 * @param accountsOnDevice distinct customers seen on this order's device, this one included
 * @param ordersFromIpLast24h earlier orders from this order's IP address in the 24 hours before it
 */
public record FraudFeatures(String orderId, long amountMinor, double amountVsCustomerMean, int customerOrdersLast24h,
                            boolean firstOrder, boolean cashOnDelivery, double accountAgeDays, double addressDistanceKm,
                            boolean disposableEmail, int accountsOnDevice, int ordersFromIpLast24h) {

    /** Checks presence. */
    public FraudFeatures {
        Objects.requireNonNull(orderId, "orderId");
    }

    /**
     * The model's inputs. Logarithms for amounts, ratios, distances and counts (a tenth order in a
     * day says less than a second), and the interactions the rules baseline relies on so a linear
     * model can weigh them too.
     */
    double[] vector() {
        double logAmount = Math.log1p(amountMinor / 100.0);
        double logRatio = Math.log(Math.max(amountVsCustomerMean, 1e-3));
        double newAccount = accountAgeDays < 3 ? 1 : 0;
        double cod = cashOnDelivery ? 1 : 0;
        double first = firstOrder ? 1 : 0;
        return new double[] {logAmount, logRatio, Math.log1p(customerOrdersLast24h), first, cod,
            Math.log1p(accountAgeDays), Math.log1p(addressDistanceKm), disposableEmail ? 1 : 0,
            Math.log(accountsOnDevice), Math.log1p(ordersFromIpLast24h), cod * first, cod * first * logAmount,
            newAccount * Math.log1p(customerOrdersLast24h), Math.log1p(addressDistanceKm) * (first == 1 ? 0 : 1)};
    }

    /** Names of {@link #vector()}'s entries. */
    static final String[] NAMES = {"log amount", "log amount / customer mean", "log(1 + customer orders 24h)",
        "first order", "cash on delivery", "log(1 + account age days)", "log(1 + address distance km)",
        "disposable e-mail", "log accounts on device", "log(1 + IP orders 24h)", "COD × first order",
        "COD × first order × log amount", "new account × log(1 + customer orders 24h)",
        "returning customer × log(1 + distance)"};
}
