package dev.orderan.analytics.clv;

import java.util.List;
import java.util.Objects;

/**
 * One customer's buying history in a calibration period, in the form the BG/NBD and Gamma-Gamma
 * models take. Times are in periods (weeks by default) since the customer's first transaction.
 *
 * @param customerId the customer
 * @param frequency repeat transactions: days with a purchase after the first day, up to the end of calibration
 * @param recency time from the first transaction to the last repeat transaction (0 without repeats)
 * @param age time from the first transaction to the end of calibration ("T" in the papers)
 * @param averageRepeatValue mean value of the repeat transactions in major currency units (0 without repeats)
 * @param repeatValueMinor the exact total of the repeat transactions in minor units
 * @param orderIds the orders behind the summary (first transaction included)
 */
public record CustomerRfm(String customerId, int frequency, double recency, double age, double averageRepeatValue,
                          long repeatValueMinor, List<String> orderIds) {

    /** Checks the ranges the models rely on. */
    public CustomerRfm {
        Objects.requireNonNull(customerId, "customerId");
        if (frequency < 0) {
            throw new IllegalArgumentException("customer " + customerId + ": frequency must not be negative");
        }
        if (!(recency >= 0 && recency <= age + 1e-9)) {
            throw new IllegalArgumentException("customer " + customerId + ": recency must be in [0, age], was "
                    + recency + " with age " + age);
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("customer " + customerId + ": recency must be 0 without repeat transactions");
        }
        if (!(averageRepeatValue >= 0) || repeatValueMinor < 0) {
            throw new IllegalArgumentException("customer " + customerId + ": repeat values must not be negative");
        }
        orderIds = List.copyOf(orderIds);
    }

    /** A summary from the three numbers alone, for hosts that already have them. */
    public static CustomerRfm of(String customerId, int frequency, double recency, double age) {
        return new CustomerRfm(customerId, frequency, recency, age, 0, 0, List.of());
    }
}
