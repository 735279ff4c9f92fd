package dev.orderan.core.order;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a customer has to pay, by payment method. The deadline is set on the order at placement
 * and is the one moment that decides both the order and its stock: before it a payment is accepted;
 * after it the order expires (a late payment is recorded and due back) and its reserved stock is
 * released. Methods paid after delivery or through a marketplace have no window.
 */
public final class PaymentWindows {

    private final Map<PaymentMethod, Optional<Duration>> windows;

    private PaymentWindows(Map<PaymentMethod, Optional<Duration>> windows) {
        this.windows = windows;
    }

    /**
     * Indonesian defaults: virtual account, bank transfer and convenience store 24 h; e-wallet and
     * QRIS 15 min; card and PayLater 1 h; COD, invoice and marketplace without a window.
     */
    public static PaymentWindows indonesianDefaults() {
        return builder()
                .window(PaymentMethod.VIRTUAL_ACCOUNT, Duration.ofHours(24))
                .window(PaymentMethod.BANK_TRANSFER, Duration.ofHours(24))
                .window(PaymentMethod.CONVENIENCE_STORE, Duration.ofHours(24))
                .window(PaymentMethod.E_WALLET, Duration.ofMinutes(15))
                .window(PaymentMethod.QRIS, Duration.ofMinutes(15))
                .window(PaymentMethod.CARD, Duration.ofHours(1))
                .window(PaymentMethod.PAYLATER, Duration.ofHours(1))
                .noWindow(PaymentMethod.COD)
                .noWindow(PaymentMethod.INVOICE)
                .noWindow(PaymentMethod.MARKETPLACE)
                .build();
    }

    /** No method has a window: orders wait for payment until cancelled. */
    public static PaymentWindows none() {
        Builder b = builder();
        for (PaymentMethod m : PaymentMethod.values()) {
            b.noWindow(m);
        }
        return b.build();
    }

    /** A builder starting from an empty table. */
    public static Builder builder() {
        return new Builder(new EnumMap<>(PaymentMethod.class));
    }

    /** A builder starting from this table. */
    public Builder toBuilder() {
        return new Builder(new EnumMap<>(windows));
    }

    /**
     * The payment deadline of an order placed at {@code placedAt} and paid by {@code method}; empty
     * when the method has no window.
     *
     * @throws IllegalArgumentException when the table has no entry for the method
     */
    public Optional<Instant> deadline(PaymentMethod method, Instant placedAt) {
        Optional<Duration> d = windows.get(Objects.requireNonNull(method, "paymentMethod"));
        if (d == null) {
            throw new IllegalArgumentException("paymentMethod: no payment window configured for " + method);
        }
        return d.map(placedAt::plus);
    }

    /** The window of a method; empty for methods without one. */
    public Optional<Duration> window(PaymentMethod method) {
        return windows.getOrDefault(method, Optional.empty());
    }

    /** Builds {@link PaymentWindows}. */
    public static final class Builder {
        private final EnumMap<PaymentMethod, Optional<Duration>> windows;

        private Builder(EnumMap<PaymentMethod, Optional<Duration>> windows) {
            this.windows = windows;
        }

        /** Orders paid by {@code method} must be paid within {@code window} of placement. */
        public Builder window(PaymentMethod method, Duration window) {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window: must be positive, was " + window);
            }
            windows.put(Objects.requireNonNull(method, "method"), Optional.of(window));
            return this;
        }

        /** Orders paid by {@code method} have no payment deadline. */
        public Builder noWindow(PaymentMethod method) {
            windows.put(Objects.requireNonNull(method, "method"), Optional.empty());
            return this;
        }

        /** The table. */
        public PaymentWindows build() {
            return new PaymentWindows(new EnumMap<>(windows));
        }
    }
}
