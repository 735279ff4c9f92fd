package dev.orderan.inventory.reservation;

import dev.orderan.core.order.PaymentMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a reservation may hold stock, by payment method: the stock waits exactly as long as the
 * payment can still arrive. Methods mapped to "until shipment" (COD by default) never expire by
 * time.
 */
public final class ReservationExpiryPolicy {

    private final Map<PaymentMethod, Optional<Duration>> ttl;

    private ReservationExpiryPolicy(Map<PaymentMethod, Optional<Duration>> ttl) {
        this.ttl = ttl;
    }

    /**
     * Indonesian defaults: virtual account and bank transfer 24 h, e-wallet and QRIS 15 min, card
     * 1 h, convenience store 24 h, PayLater 1 h, COD, invoice and marketplace until shipment.
     */
    public static ReservationExpiryPolicy indonesianDefaults() {
        return builder()
                .expireAfter(PaymentMethod.VIRTUAL_ACCOUNT, Duration.ofHours(24))
                .expireAfter(PaymentMethod.BANK_TRANSFER, Duration.ofHours(24))
                .expireAfter(PaymentMethod.E_WALLET, Duration.ofMinutes(15))
                .expireAfter(PaymentMethod.QRIS, Duration.ofMinutes(15))
                .expireAfter(PaymentMethod.CARD, Duration.ofHours(1))
                .expireAfter(PaymentMethod.PAYLATER, Duration.ofHours(1))
                .expireAfter(PaymentMethod.CONVENIENCE_STORE, Duration.ofHours(24))
                .untilShipment(PaymentMethod.COD)
                .untilShipment(PaymentMethod.INVOICE)
                .untilShipment(PaymentMethod.MARKETPLACE)
                .build();
    }

    /** A builder starting from an empty table. */
    public static Builder builder() {
        return new Builder(new EnumMap<>(PaymentMethod.class));
    }

    /** A builder starting from this policy's table. */
    public Builder toBuilder() {
        return new Builder(new EnumMap<>(ttl));
    }

    /**
     * When a reservation made at {@code now} for an order paid by {@code method} expires; empty when
     * it waits for shipment.
     *
     * @throws IllegalArgumentException when the policy has no entry for the method
     */
    public Optional<Instant> expiresAt(PaymentMethod method, Instant now) {
        Optional<Duration> d = ttl.get(Objects.requireNonNull(method, "paymentMethod"));
        if (d == null) {
            throw new IllegalArgumentException("paymentMethod: no reservation expiry configured for " + method);
        }
        return d.map(now::plus);
    }

    /** The configured time to live for a method; empty for until-shipment or unconfigured methods. */
    public Optional<Duration> timeToLive(PaymentMethod method) {
        return ttl.getOrDefault(method, Optional.empty());
    }

    /** Builds a {@link ReservationExpiryPolicy}. */
    public static final class Builder {

        private final EnumMap<PaymentMethod, Optional<Duration>> ttl;

        private Builder(EnumMap<PaymentMethod, Optional<Duration>> ttl) {
            this.ttl = ttl;
        }

        /** Reservations for orders paid by {@code method} expire after {@code ttl}. */
        public Builder expireAfter(PaymentMethod method, Duration timeToLive) {
            if (timeToLive.isNegative() || timeToLive.isZero()) {
                throw new IllegalArgumentException("timeToLive: must be positive, was " + timeToLive);
            }
            ttl.put(Objects.requireNonNull(method, "method"), Optional.of(timeToLive));
            return this;
        }

        /** Reservations for orders paid by {@code method} hold until shipment or explicit release. */
        public Builder untilShipment(PaymentMethod method) {
            ttl.put(Objects.requireNonNull(method, "method"), Optional.empty());
            return this;
        }

        /** The policy. */
        public ReservationExpiryPolicy build() {
            return new ReservationExpiryPolicy(new EnumMap<>(ttl));
        }
    }
}
