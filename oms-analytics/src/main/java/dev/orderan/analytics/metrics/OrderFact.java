package dev.orderan.analytics.metrics;

import dev.orderan.core.money.Currencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;

/**
 * One order as analytics sees it: plain values only, no aggregate. Every metric, model and report
 * of this module works on these records, so they survive changes to the order model; only
 * {@link OrderFacts} (the adapter from order events and orders) knows that model. Hosts with data
 * from elsewhere (an old shop system, a marketplace export) build facts directly with
 * {@link #builder(String, String, CurrencyUnit, Instant)}.
 *
 * <p>Amounts are exact minor units of {@link #currency()}. An order's <em>value</em>
 * ({@link #netMinor()}) is its total less what was paid back for refunded units; money paid back
 * because the customer paid more than the order cost is not part of the total and is not deducted.
 * Fields marked <em>host-supplied</em> are facts the order model does not hold; they are empty or
 * false unless the host provides them through {@link OrderExtras}.
 *
 * @param orderId the order id
 * @param customerId the customer id
 * @param channel where the order came from (the core's sales channel name, or the host's own)
 * @param source the campaign or traffic source (host-supplied)
 * @param paymentMethod how the customer pays (the core's payment method name)
 * @param currency the currency of every amount
 * @param totalMinor what the customer pays in all (goods, tax, shipping)
 * @param shippingFeeMinor the shipping fee charged to the customer
 * @param refundedMinor what was paid back for refunded units (their goods, tax and shipping shares),
 *     at most {@code totalMinor}
 * @param shippingCostMinor what shipping cost the seller (host-supplied)
 * @param courier the courier that took the parcel, once shipped
 * @param timeline when the order reached each milestone
 * @param lines the lines
 * @param cancelledBy who cancelled the order, when it is cancelled ({@code CUSTOMER}, {@code SELLER}, {@code SYSTEM})
 * @param returned the customer's return, when one was requested and not refused
 * @param deliveryFailed true when delivery failed and the parcel went back to the seller
 * @param addressCorrected true when the shipping address had to be corrected after placement (host-supplied)
 * @param wrongItem true when the customer received a wrong item (host-supplied)
 */
public record OrderFact(String orderId, String customerId, String channel, Optional<String> source,
                        String paymentMethod, CurrencyUnit currency, long totalMinor, long shippingFeeMinor,
                        long refundedMinor, OptionalLong shippingCostMinor, Optional<String> courier,
                        Timeline timeline, List<Line> lines, Optional<String> cancelledBy,
                        Optional<Return> returned, boolean deliveryFailed, boolean addressCorrected,
                        boolean wrongItem) {

    /** Checks presence and signs, and copies the lines. */
    public OrderFact {
        requireText(orderId, "orderId");
        requireText(customerId, "customerId");
        requireText(channel, "channel");
        Objects.requireNonNull(source, "source");
        requireText(paymentMethod, "paymentMethod");
        // One unit per code, so facts compare equal whichever money provider made their currency.
        currency = Currencies.canonical(Objects.requireNonNull(currency, "currency"));
        if (totalMinor < 0 || shippingFeeMinor < 0) {
            throw new IllegalArgumentException("order " + orderId + ": totalMinor and shippingFeeMinor must not be negative");
        }
        if (refundedMinor < 0 || refundedMinor > totalMinor) {
            throw new IllegalArgumentException("order " + orderId + ": refundedMinor must be between 0 and totalMinor "
                    + totalMinor + ", was " + refundedMinor);
        }
        Objects.requireNonNull(shippingCostMinor, "shippingCostMinor");
        Objects.requireNonNull(courier, "courier");
        Objects.requireNonNull(timeline, "timeline");
        lines = List.copyOf(lines);
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(returned, "returned");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank");
        }
    }

    /** True when the order was cancelled; cancelled orders are not sales. */
    public boolean isCancelled() {
        return timeline.cancelledAt().isPresent();
    }

    /** The order's value: its total less what was paid back for refunded units. */
    public long netMinor() {
        return totalMinor - refundedMinor;
    }

    /** The instant the order was placed. */
    public Instant placedAt() {
        return timeline.placedAt();
    }

    /**
     * When the order reached each milestone. Empty means not (yet) reached, or not known.
     *
     * @param placedAt placement
     * @param paidAt when the payments received first covered what the order costs (see {@link OrderFacts})
     * @param packedAt packed
     * @param shippedAt handed to the courier
     * @param deliveredAt delivered
     * @param cancelledAt cancelled
     * @param deliveryDueBy the latest on-time delivery
     */
    public record Timeline(Instant placedAt, Optional<Instant> paidAt, Optional<Instant> packedAt,
                           Optional<Instant> shippedAt, Optional<Instant> deliveredAt, Optional<Instant> cancelledAt,
                           Optional<Instant> deliveryDueBy) {
        /** Checks presence. */
        public Timeline {
            Objects.requireNonNull(placedAt, "placedAt");
            Objects.requireNonNull(paidAt, "paidAt");
            Objects.requireNonNull(packedAt, "packedAt");
            Objects.requireNonNull(shippedAt, "shippedAt");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
            Objects.requireNonNull(cancelledAt, "cancelledAt");
            Objects.requireNonNull(deliveryDueBy, "deliveryDueBy");
        }

        /** A timeline with only the placement. */
        public static Timeline placed(Instant placedAt) {
            return new Timeline(placedAt, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
    }

    /**
     * One order line.
     *
     * @param sku the SKU
     * @param productName the product name
     * @param category the product category (the line's own, else the host's catalogue; {@code uncategorised} otherwise)
     * @param quantity units
     * @param amountMinor what the customer pays for the line's goods: after discounts, with tax, without shipping
     * @param refundedUnits how many of its units were refunded
     * @param refundedMinor the part of {@code amountMinor} paid back for those units (their shipping
     *     shares, paid back too, count in the order's {@link OrderFact#refundedMinor()} only)
     */
    public record Line(String sku, String productName, String category, long quantity, long amountMinor,
                       long refundedUnits, long refundedMinor) {
        /** Checks presence and signs. */
        public Line {
            requireText(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            requireText(category, "category");
            if (quantity < 1 || amountMinor < 0) {
                throw new IllegalArgumentException("line " + sku + ": quantity must be at least 1 and amountMinor not negative");
            }
            if (refundedUnits < 0 || refundedUnits > quantity || refundedMinor < 0 || refundedMinor > amountMinor) {
                throw new IllegalArgumentException("line " + sku + ": refundedUnits must be between 0 and the quantity"
                        + " and refundedMinor between 0 and amountMinor");
            }
        }

        /** A line nothing was refunded of. */
        public Line(String sku, String productName, String category, long quantity, long amountMinor) {
            this(sku, productName, category, quantity, amountMinor, 0, 0);
        }

        /** Units sold and not refunded. */
        public long netQuantity() {
            return quantity - refundedUnits;
        }

        /** The line's goods amount less what was paid back for its refunded units. */
        public long netAmountMinor() {
            return amountMinor - refundedMinor;
        }
    }

    /**
     * A return the customer asked for and the seller did not refuse.
     *
     * @param requestedAt when it was asked for
     * @param reason the reason (the host's reason code when supplied, otherwise the customer's words)
     * @param receivedAt when the goods came back, once they did
     */
    public record Return(Instant requestedAt, String reason, Optional<Instant> receivedAt) {
        /** Checks presence. */
        public Return {
            Objects.requireNonNull(requestedAt, "requestedAt");
            requireText(reason, "reason");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** Starts a fact with the four values every order has; everything else defaults to absent. */
    public static Builder builder(String orderId, String customerId, CurrencyUnit currency, Instant placedAt) {
        return new Builder(orderId, customerId, currency, placedAt);
    }

    /** Builds an {@link OrderFact} for data that does not come from Orderan orders. */
    public static final class Builder {
        private final String orderId;
        private final String customerId;
        private final CurrencyUnit currency;
        private String channel = "OTHER";
        private Optional<String> source = Optional.empty();
        private String paymentMethod = "OTHER";
        private long totalMinor;
        private long shippingFeeMinor;
        private long refundedMinor;
        private OptionalLong shippingCostMinor = OptionalLong.empty();
        private Optional<String> courier = Optional.empty();
        private Timeline timeline;
        private final List<Line> lines = new ArrayList<>();
        private Optional<String> cancelledBy = Optional.empty();
        private Optional<Return> returned = Optional.empty();
        private boolean deliveryFailed;
        private boolean addressCorrected;
        private boolean wrongItem;

        private Builder(String orderId, String customerId, CurrencyUnit currency, Instant placedAt) {
            this.orderId = orderId;
            this.customerId = customerId;
            this.currency = currency;
            this.timeline = Timeline.placed(placedAt);
        }

        /** The channel. */
        public Builder channel(String value) {
            this.channel = value;
            return this;
        }

        /** The campaign or traffic source. */
        public Builder source(String value) {
            this.source = Optional.of(value);
            return this;
        }

        /** The payment method. */
        public Builder paymentMethod(String value) {
            this.paymentMethod = value;
            return this;
        }

        /** What the customer pays in all, in minor units. */
        public Builder totalMinor(long value) {
            this.totalMinor = value;
            return this;
        }

        /** The shipping fee charged, in minor units. */
        public Builder shippingFeeMinor(long value) {
            this.shippingFeeMinor = value;
            return this;
        }

        /** What was paid back for refunded units, in minor units. */
        public Builder refundedMinor(long value) {
            this.refundedMinor = value;
            return this;
        }

        /** What shipping cost the seller, in minor units. */
        public Builder shippingCostMinor(long value) {
            this.shippingCostMinor = OptionalLong.of(value);
            return this;
        }

        /** The courier. */
        public Builder courier(String value) {
            this.courier = Optional.of(value);
            return this;
        }

        /** The whole timeline (its placement replaces the one given to the builder). */
        public Builder timeline(Timeline value) {
            this.timeline = value;
            return this;
        }

        /** Adds a line. */
        public Builder line(Line value) {
            this.lines.add(value);
            return this;
        }

        /** Marks the order cancelled by someone. */
        public Builder cancelledBy(String value) {
            this.cancelledBy = Optional.of(value);
            return this;
        }

        /** Adds a return. */
        public Builder returned(Return value) {
            this.returned = Optional.of(value);
            return this;
        }

        /** Marks a failed delivery. */
        public Builder deliveryFailed(boolean value) {
            this.deliveryFailed = value;
            return this;
        }

        /** Marks an address correction. */
        public Builder addressCorrected(boolean value) {
            this.addressCorrected = value;
            return this;
        }

        /** Marks a wrong item. */
        public Builder wrongItem(boolean value) {
            this.wrongItem = value;
            return this;
        }

        /** The fact. */
        public OrderFact build() {
            return new OrderFact(orderId, customerId, channel, source, paymentMethod, currency, totalMinor,
                    shippingFeeMinor, refundedMinor, shippingCostMinor, courier, timeline, lines, cancelledBy, returned,
                    deliveryFailed, addressCorrected, wrongItem);
        }
    }
}
