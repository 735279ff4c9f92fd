package dev.orderan.analytics.fraud;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.analytics.metrics.OrderFact;
import java.time.Instant;
import java.util.Locale;

/**
 * One order with the signals fraud scoring needs. The amount, customer, time and payment method
 * come from the order ({@link #of}); account age, e-mail domain, device, IP and address distance
 * are not part of the order model and come from the host's checkout.
 *
 * @param orderId the order
 * @param customerId the customer (account)
 * @param placedAt when it was placed
 * @param amountMinor what the customer pays, in minor units
 * @param cashOnDelivery true when paid on delivery
 * @param accountCreatedAt when the customer's account was created
 * @param emailDomain the domain of the customer's e-mail address, lower case
 * @param deviceId the checkout device's fingerprint
 * @param ipAddress the checkout IP address
 * @param addressDistanceKm distance between the shipping address and the customer's usual (or billing) address
 */
public record FraudOrder(String orderId, String customerId, Instant placedAt, long amountMinor, boolean cashOnDelivery,
                         Instant accountCreatedAt, String emailDomain, String deviceId, String ipAddress,
                         double addressDistanceKm) {

    /** Checks presence and ranges, listing every broken rule. */
    public FraudOrder {
        Violations v = new Violations("FraudOrder");
        v.check(orderId != null && !orderId.isBlank(), "orderId", "NotBlank", "must not be blank");
        v.check(customerId != null && !customerId.isBlank(), "customerId", "NotBlank", "must not be blank");
        v.check(placedAt != null, "placedAt", "NotNull", "must not be null");
        v.check(amountMinor >= 0, "amountMinor", "NonNegative", "must not be negative");
        v.check(accountCreatedAt != null, "accountCreatedAt", "NotNull", "must not be null");
        if (placedAt != null && accountCreatedAt != null) {
            v.check(!accountCreatedAt.isAfter(placedAt), "accountCreatedAt", "NotAfterPlacement",
                    "must not be after placedAt");
        }
        v.check(emailDomain != null && !emailDomain.isBlank(), "emailDomain", "NotBlank", "must not be blank");
        v.check(deviceId != null && !deviceId.isBlank(), "deviceId", "NotBlank", "must not be blank");
        v.check(ipAddress != null && !ipAddress.isBlank(), "ipAddress", "NotBlank", "must not be blank");
        v.check(addressDistanceKm >= 0 && Double.isFinite(addressDistanceKm), "addressDistanceKm", "NonNegative",
                "must be a number at least 0");
        v.throwIfAny();
        emailDomain = emailDomain.toLowerCase(Locale.ROOT);
    }

    /** The checkout signals the host adds to an order. */
    public record Signals(Instant accountCreatedAt, String emailDomain, String deviceId, String ipAddress,
                          double addressDistanceKm) {
    }

    /** An order fact with the host's checkout signals. */
    public static FraudOrder of(OrderFact fact, Signals signals) {
        return new FraudOrder(fact.orderId(), fact.customerId(), fact.placedAt(), fact.totalMinor(),
                "COD".equals(fact.paymentMethod()), signals.accountCreatedAt(), signals.emailDomain(),
                signals.deviceId(), signals.ipAddress(), signals.addressDistanceKm());
    }
}
