package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.tax.TaxCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything that can happen to an order, as published, stored events. An order's state is the fold
 * of its events ({@link Order#replay}); every status change is a {@link StatusChanged} event, and
 * commands that carry data record it in an event of their own just before the status change.
 *
 * <p>Each event has a stable {@link EventType} ({@code order.placed}, revision 1, ...) that never
 * follows the Java class name. Payloads are plain values owned by the event (no {@code Optional},
 * no pricing engine objects) and hold no personal data: the customer's name, e-mail, phone, street
 * address, notes and the recipient's name live in the order's erasable {@link OrderPersonalData};
 * events carry the customer id and a coarse {@link ShippingArea} only. Enum names used in events are
 * frozen (a test checks them).
 */
public sealed interface OrderEvent extends DomainEvent {

    /** The aggregate type of orders. */
    String AGGREGATE_TYPE = "order";

    /** The order the event belongs to. */
    OrderRef order();

    @Override
    default TenantId tenantId() {
        return order().tenantId();
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return order().orderId().value();
    }

    /** The order id. */
    default OrderId orderId() {
        return order().orderId();
    }

    /**
     * Where an order goes, coarsely enough to keep in an immutable log: for tax, sourcing and
     * analytics, not for finding a person.
     *
     * @param postalCode the 5-digit postal code
     * @param city regency or city
     * @param province province
     */
    record ShippingArea(String postalCode, String city, String province) {
        /** Checks that nothing is missing. */
        public ShippingArea {
            Objects.requireNonNull(postalCode, "postalCode");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(province, "province");
        }

        /** The area of an address. */
        public static ShippingArea of(Address a) {
            return new ShippingArea(a.postalCode(), a.city(), a.province());
        }
    }

    /**
     * A line as placed.
     *
     * @param sku the product
     * @param productName the name shown to the customer
     * @param description the description, may be empty
     * @param quantity the units
     * @param lineDiscount the fixed discount the caller gave the line (before other discounts)
     * @param taxCategory how it is taxed
     * @param category the product category, empty when none
     * @param service true for a service line
     * @param serviceType the service type, empty for goods
     * @param serviceDuration how long the service runs, zero for goods
     * @param serviceSpecification what was ordered, empty for goods
     */
    record PlacedLine(Sku sku, String productName, String description, long quantity, Money lineDiscount,
            TaxCategory taxCategory, String category, boolean service, String serviceType, Duration serviceDuration,
            String serviceSpecification) {
        /** Checks that nothing is missing. */
        public PlacedLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(lineDiscount, "lineDiscount");
            Objects.requireNonNull(taxCategory, "taxCategory");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(serviceType, "serviceType");
            Objects.requireNonNull(serviceDuration, "serviceDuration");
            Objects.requireNonNull(serviceSpecification, "serviceSpecification");
        }
    }

    /**
     * The price of one line as computed at placement, in minor units.
     *
     * @param unitPriceMinor the unit price charged before discounts
     * @param requestedUnitPriceMinor the unit price the caller asked for
     * @param quantity the units
     * @param discountMinor the line's share of every discount
     * @param shippingMinor the line's share of the shipping fee
     * @param taxMinor the line's tax
     * @param taxRateCode the rate's code
     * @param taxBaseNumerator numerator of the rate's base fraction
     * @param taxBaseDenominator denominator of the rate's base fraction
     * @param taxRateNumerator numerator of the nominal rate
     * @param taxRateDenominator denominator of the nominal rate
     * @param priceSource the price list id, or {@code request}
     */
    record PriceLine(long unitPriceMinor, long requestedUnitPriceMinor, long quantity, long discountMinor,
            long shippingMinor, long taxMinor, String taxRateCode, long taxBaseNumerator, long taxBaseDenominator,
            long taxRateNumerator, long taxRateDenominator, String priceSource) {
        /** Checks that nothing is missing. */
        public PriceLine {
            Objects.requireNonNull(taxRateCode, "taxRateCode");
            Objects.requireNonNull(priceSource, "priceSource");
        }
    }

    /**
     * Whether a discount rule applied at placement.
     *
     * @param discountId the rule
     * @param reason why it applied or not
     * @param amountMinor what it took off
     */
    record DiscountLine(String discountId, DiscountOutcome.Reason reason, long amountMinor) {
        /** Checks that nothing is missing. */
        public DiscountLine {
            Objects.requireNonNull(discountId, "discountId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A voucher code used at placement.
     *
     * @param code the code
     * @param discountId the rule it unlocked
     * @param reason whether it applied
     * @param totalLimit its total redemption limit, -1 when unlimited
     * @param perCustomerLimit its per-customer limit, -1 when unlimited
     */
    record VoucherLine(String code, String discountId, DiscountOutcome.Reason reason, long totalLimit,
            long perCustomerLimit) {
        /** Checks that nothing is missing. */
        public VoucherLine {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(discountId, "discountId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The whole price computed at placement: enough to rebuild every per-line and per-unit amount
     * without pricing again (prices and rules change; a placed order keeps its price).
     *
     * @param currency ISO currency code
     * @param priceMode whether prices include tax
     * @param amountStep the allocation quantum of goods amounts, in minor units
     * @param taxStep the tax rounding step, in minor units
     * @param shippingFeeMinor the shipping fee charged
     * @param shippingDiscountMinor what shipping discounts took off
     * @param shippingTaxed whether shipping was taxed with the lines
     * @param lines per line, parallel to the placed lines
     * @param discounts every discount rule and whether it applied
     * @param vouchers the voucher codes entered
     */
    record PriceData(String currency, PriceMode priceMode, long amountStep, long taxStep, long shippingFeeMinor,
            long shippingDiscountMinor, boolean shippingTaxed, List<PriceLine> lines, List<DiscountLine> discounts,
            List<VoucherLine> vouchers) {
        /** Copies the lists and checks that nothing is missing. */
        public PriceData {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(priceMode, "priceMode");
            lines = List.copyOf(lines);
            discounts = List.copyOf(discounts);
            vouchers = List.copyOf(vouchers);
        }
    }

    /**
     * The shipping method chosen at placement.
     *
     * @param courier courier code
     * @param serviceLevel service level
     * @param etaDays estimated days from shipment to delivery
     * @param requestedFee the fee before shipping discounts
     */
    record ShippingData(String courier, ServiceLevel serviceLevel, int etaDays, Money requestedFee) {
        /** Checks that nothing is missing. */
        public ShippingData {
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(serviceLevel, "serviceLevel");
            Objects.requireNonNull(requestedFee, "requestedFee");
        }
    }

    /**
     * The order was placed. Type-specific facts follow as events of their own in the same command
     * ({@link PaymentDeadlineSet}, {@link PaymentTermsAgreed}, {@link PreOrderPromised},
     * {@link ProductionPlanned}, {@link FlaggedAsProbableDuplicate}).
     *
     * @param order the order
     * @param sequence always 1
     * @param occurredAt when
     * @param orderType the order type
     * @param lifecycle the name of the lifecycle variant the order follows
     * @param channel where the order came from
     * @param customerId the customer's id (personal details are not in events)
     * @param shippingArea where the order goes, coarsely
     * @param lines the lines
     * @param price the price computed at placement
     * @param paymentMethod how the customer pays
     * @param shipping the shipping method
     * @param voucherCodes voucher codes entered
     * @param customerGroups the customer's groups used for pricing
     * @param account the B2B account whose contract prices applied, empty when none
     * @param idempotencyKey the placement's idempotency key
     * @param initialStatus the status the order starts in
     */
    record Placed(OrderRef order, long sequence, Instant occurredAt, OrderType orderType, String lifecycle,
                  SalesChannel channel, CustomerId customerId, ShippingArea shippingArea, List<PlacedLine> lines,
                  PriceData price, PaymentMethod paymentMethod, ShippingData shipping, List<String> voucherCodes,
                  List<String> customerGroups, String account, String idempotencyKey, OrderStatus initialStatus)
            implements OrderEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("order.placed");

        /** Copies the lists. */
        public Placed {
            lines = List.copyOf(lines);
            voucherCodes = List.copyOf(voucherCodes);
            customerGroups = List.copyOf(customerGroups);
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The payment window of the order: a payment arriving after it makes the order expire and is due
     * back to the customer.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param deadline the last moment a payment is accepted
     */
    record PaymentDeadlineSet(OrderRef order, long sequence, Instant occurredAt, Instant deadline)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.payment-deadline-set");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * B2B payment terms were agreed at placement.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param netDays the invoice is due this many days after delivery
     */
    record PaymentTermsAgreed(OrderRef order, long sequence, Instant occurredAt, int netDays) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.payment-terms-agreed");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A pre-order was promised for a date.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param promisedDate the date promised to the customer
     */
    record PreOrderPromised(OrderRef order, long sequence, Instant occurredAt, LocalDate promisedDate)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.pre-order-promised");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The production stages of a made-to-order order were planned.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param stages the stages, in order
     */
    record ProductionPlanned(OrderRef order, long sequence, Instant occurredAt, List<String> stages)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.production-planned");

        /** Copies the list. */
        public ProductionPlanned {
            stages = List.copyOf(stages);
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The order looks like a repeat of a recent order of the same customer (same SKUs and
     * quantities): flagged for a person to decide, not rejected.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param probableDuplicateOf the earlier order
     */
    record FlaggedAsProbableDuplicate(OrderRef order, long sequence, Instant occurredAt, OrderId probableDuplicateOf)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.flagged-as-probable-duplicate");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The order moved from one status to another.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param from the status before
     * @param to the status after
     * @param trigger what caused the move
     */
    record StatusChanged(OrderRef order, long sequence, Instant occurredAt, OrderStatus from, OrderStatus to,
                         OrderTrigger trigger) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.status-changed");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A B2B order was approved.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param approvedBy the id of the user who approved it
     */
    record Approved(OrderRef order, long sequence, Instant occurredAt, String approvedBy) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.approved");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A B2B order was rejected.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record Rejected(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.rejected");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The customer approved the design or specification of a made-to-order order.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param approvedBy the id of who approved it
     */
    record DesignApproved(OrderRef order, long sequence, Instant occurredAt, String approvedBy) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.design-approved");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The specification of a made-to-order order was revised.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param specification the new specification
     */
    record DesignRevised(OrderRef order, long sequence, Instant occurredAt, String specification) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.design-revised");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * Money for the order was received. Payments add up: the order is paid when they reach the grand
     * total; what goes beyond is due back to the customer.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param amount the amount received
     * @param reference the gateway's or bank's reference
     */
    record PaymentReceived(OrderRef order, long sequence, Instant occurredAt, Money amount, String reference)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.payment-received");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A payment attempt failed.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record PaymentFailed(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.payment-failed");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * Money was paid back to the customer: returned or cancelled units at their exact paid amounts,
     * and money received beyond what the order costs.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param refundId the host's refund id
     * @param amount the total paid back: the units' amounts plus {@code excess}
     * @param units the refunded units, as runs of consecutive units of one line, with their amounts
     * @param excess the part of the amount that was money received beyond the price
     * @param reason why
     */
    record Refunded(OrderRef order, long sequence, Instant occurredAt, String refundId, Money amount,
            List<RefundedUnits> units, Money excess, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.refunded");

        /** Copies the list. */
        public Refunded {
            units = List.copyOf(units);
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * Consecutive refunded units of one line.
     *
     * @param lineIndex the 0-based line
     * @param fromUnit the first 0-based unit
     * @param count how many units, at least one
     * @param amount what those units cost the customer, paid back
     */
    record RefundedUnits(int lineIndex, long fromUnit, long count, Money amount) {
        /** Checks the values. */
        public RefundedUnits {
            Objects.requireNonNull(amount, "amount");
            if (lineIndex < 0 || fromUnit < 0 || count < 1) {
                throw new IllegalArgumentException("lineIndex and fromUnit must not be negative and count positive");
            }
        }
    }

    /**
     * A dropship order was forwarded to a supplier.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param supplier the supplier
     */
    record ForwardedToSupplier(OrderRef order, long sequence, Instant occurredAt, String supplier)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.forwarded-to-supplier");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The supplier of a dropship order declined it.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record SupplierDeclined(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.supplier-declined");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A production stage of a made-to-order order was completed.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param stage the stage
     */
    record StageCompleted(OrderRef order, long sequence, Instant occurredAt, String stage) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.stage-completed");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The order was handed to the courier.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param courier the courier that took it
     * @param trackingNumber the tracking number (resi / AWB)
     */
    record Shipped(OrderRef order, long sequence, Instant occurredAt, String courier, String trackingNumber)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.shipped");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The order was delivered. Who received it is personal data and is kept with the order's
     * {@link OrderPersonalData}, not here.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     */
    record Delivered(OrderRef order, long sequence, Instant occurredAt) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.delivered");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * Delivery failed and the parcel went back to the seller.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why delivery failed
     */
    record DeliveryFailed(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.delivery-failed");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The order was cancelled.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param by who cancelled
     * @param reason why
     */
    record Cancelled(OrderRef order, long sequence, Instant occurredAt, CancelledBy by, String reason)
            implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.cancelled");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The customer asked to return the goods.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record ReturnRequested(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.return-requested");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A return request was refused.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record ReturnRejected(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.return-rejected");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * The customer's personal data was erased from the order (a request under UU PDP, say). The
     * event log never held it; the order keeps the customer id and the coarse shipping area.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     */
    record PersonalDataErased(OrderRef order, long sequence, Instant occurredAt) implements OrderEvent {
        /** The published type. */
        public static final EventType TYPE = EventType.of("order.personal-data-erased");

        @Override
        public EventType type() {
            return TYPE;
        }
    }
}
