package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An order: customer, lines, price breakdown, payment, shipping, timestamps, status, sales channel
 * and order type. Immutable: every change is an {@link OrderEvent}, and the order after the change
 * is {@link #apply(OrderEvent) this order with the event applied}; rebuilding an order from its
 * events and its personal data ({@link #replay(List, OrderPersonalData)}) gives an equal order.
 *
 * <p>Money: payments add up ({@link #amountPaid()}); {@link #amountDue()} is what is still missing
 * and {@link #refundDue()} what was received beyond what the order costs (an overpayment, or every
 * payment of an order that was cancelled or expired). Refunds pay back units at their exact paid
 * amounts and excess money; they never change the status.
 *
 * <p>Why one class of this size: it is one aggregate whose fields all change through the same
 * event fold; splitting the state would split that fold. Decisions live in {@link OrderDecider}.
 */
public final class Order {

    private final OrderRef ref;
    private final long version;
    private final OrderType type;
    private final String lifecycle;
    private final SalesChannel channel;
    private final CustomerId customerId;
    private final OrderPersonalData personalData;
    private final OrderEvent.ShippingArea shippingArea;
    private final List<OrderLine> lines;
    private final PriceBreakdown price;
    private final PaymentMethod paymentMethod;
    private final Optional<Instant> paymentDeadline;
    private final Money amountPaid;
    private final List<String> paymentReferences;
    private final boolean paymentFailed;
    private final Money amountRefunded;
    private final Money refundedUnitsValue;
    private final Set<UnitRef> refundedUnits;
    private final List<String> refundIds;
    private final ShippingMethod shipping;
    private final Optional<String> courier;
    private final Optional<String> trackingNumber;
    private final Optional<PaymentTerms> paymentTerms;
    private final Optional<LocalDate> promisedDate;
    private final List<String> productionStages;
    private final List<String> completedStages;
    private final Optional<String> specification;
    private final Optional<String> approvedBy;
    private final Optional<String> supplier;
    private final Optional<String> lastProblem;
    private final Optional<CancelledBy> cancelledBy;
    private final OrderStatus status;
    private final EnumMap<OrderStatus, Instant> timestamps;
    private final Map<OrderStatus, Instant> statusTimestamps;
    private final Instant placedAt;
    private final Instant updatedAt;
    private final String idempotencyKey;
    private final Optional<OrderId> probableDuplicateOf;
    private final List<String> voucherCodes;
    private final List<String> customerGroups;
    private final Optional<String> account;

    private Order(Draft d) {
        this.ref = d.ref;
        this.version = d.version;
        this.type = d.type;
        this.lifecycle = d.lifecycle;
        this.channel = d.channel;
        this.customerId = d.customerId;
        this.personalData = d.personalData;
        this.shippingArea = d.shippingArea;
        this.lines = List.copyOf(d.lines);
        this.price = d.price;
        this.paymentMethod = d.paymentMethod;
        this.paymentDeadline = d.paymentDeadline;
        this.amountPaid = d.amountPaid;
        this.paymentReferences = List.copyOf(d.paymentReferences);
        this.paymentFailed = d.paymentFailed;
        this.amountRefunded = d.amountRefunded;
        this.refundedUnitsValue = d.refundedUnitsValue;
        this.refundedUnits = Set.copyOf(d.refundedUnits);
        this.refundIds = List.copyOf(d.refundIds);
        this.shipping = d.shipping;
        this.courier = d.courier;
        this.trackingNumber = d.trackingNumber;
        this.paymentTerms = d.paymentTerms;
        this.promisedDate = d.promisedDate;
        this.productionStages = List.copyOf(d.productionStages);
        this.completedStages = List.copyOf(d.completedStages);
        this.specification = d.specification;
        this.approvedBy = d.approvedBy;
        this.supplier = d.supplier;
        this.lastProblem = d.lastProblem;
        this.cancelledBy = d.cancelledBy;
        this.status = d.status;
        this.timestamps = d.timestamps;
        this.statusTimestamps = d.statusTimestamps;
        this.placedAt = d.placedAt;
        this.updatedAt = d.updatedAt;
        this.idempotencyKey = d.idempotencyKey;
        this.probableDuplicateOf = d.probableDuplicateOf;
        this.voucherCodes = List.copyOf(d.voucherCodes);
        this.customerGroups = List.copyOf(d.customerGroups);
        this.account = d.account;
    }

    /**
     * Rebuilds an order from its complete history and its personal data (which events never hold).
     *
     * @param events the order's events in sequence order, starting with {@link OrderEvent.Placed}
     * @param personalData the order's personal data as stored beside its events
     * @throws IllegalArgumentException if the history is empty, does not start with a placement,
     *         has gaps, mixes orders or holds an event the order does not know
     */
    public static Order replay(List<? extends OrderEvent> events, OrderPersonalData personalData) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events: must not be empty");
        }
        if (!(events.get(0) instanceof OrderEvent.Placed placed)) {
            throw new IllegalArgumentException("events[0]: must be Placed, was " + events.get(0).type());
        }
        return placed(placed, personalData).applyAll(events.subList(1, events.size()));
    }

    /** The order a placement event creates, with the personal data given at placement. */
    public static Order placed(OrderEvent.Placed e, OrderPersonalData personalData) {
        Objects.requireNonNull(personalData, "personalData");
        if (e.sequence() != 1) {
            throw new IllegalArgumentException("Placed.sequence: must be 1, was " + e.sequence());
        }
        if (!personalData.customer().id().equals(e.customerId())) {
            throw new IllegalArgumentException("personalData: belongs to customer " + personalData.customer().id()
                    + ", the order to " + e.customerId());
        }
        PriceBreakdown price = OrderPrices.breakdown(e.price(), e.lines());
        Draft d = new Draft();
        d.ref = e.order();
        d.version = 1;
        d.type = e.orderType();
        d.lifecycle = e.lifecycle();
        d.channel = e.channel();
        d.customerId = e.customerId();
        d.personalData = personalData;
        d.shippingArea = e.shippingArea();
        d.lines = OrderPrices.chargedLines(e.lines(), price);
        d.price = price;
        d.paymentMethod = e.paymentMethod();
        d.paymentDeadline = Optional.empty();
        Money zero = Money.zero(price.currency());
        d.amountPaid = zero;
        d.paymentReferences = List.of();
        d.amountRefunded = zero;
        d.refundedUnitsValue = zero;
        d.refundedUnits = Set.of();
        d.refundIds = List.of();
        d.shipping = new ShippingMethod(e.shipping().courier(), e.shipping().serviceLevel(), e.shipping().etaDays(),
                e.shipping().requestedFee());
        d.courier = Optional.empty();
        d.trackingNumber = Optional.empty();
        d.paymentTerms = Optional.empty();
        d.promisedDate = Optional.empty();
        d.productionStages = List.of();
        d.completedStages = List.of();
        d.specification = Optional.empty();
        d.approvedBy = Optional.empty();
        d.supplier = Optional.empty();
        d.lastProblem = Optional.empty();
        d.cancelledBy = Optional.empty();
        d.status = e.initialStatus();
        d.timestamps = new EnumMap<>(OrderStatus.class);
        d.stamp(e.initialStatus(), e.occurredAt());
        d.placedAt = e.occurredAt();
        d.updatedAt = e.occurredAt();
        d.idempotencyKey = e.idempotencyKey();
        d.probableDuplicateOf = Optional.empty();
        d.voucherCodes = e.voucherCodes();
        d.customerGroups = e.customerGroups();
        d.account = e.account().isEmpty() ? Optional.empty() : Optional.of(e.account());
        return new Order(d);
    }

    /**
     * This order with one more event applied. Applying never fails for an event that follows the
     * order's last event; the checks of whether the change is allowed happened when the event was
     * decided.
     *
     * @throws IllegalArgumentException if the event belongs to another order, is out of sequence, or
     *     is of a kind the order does not know
     */
    public Order apply(OrderEvent event) {
        Draft d = new Draft(this);
        applyTo(d, event);
        return new Order(d);
    }

    /**
     * This order with several events applied in turn: the same as {@link #apply} for each, without
     * the intermediate orders.
     *
     * @throws IllegalArgumentException as {@link #apply} does, for the first event that fails
     */
    public Order applyAll(List<? extends OrderEvent> events) {
        if (events.isEmpty()) {
            return this;
        }
        Draft d = new Draft(this);
        for (OrderEvent e : events) {
            applyTo(d, e);
        }
        return new Order(d);
    }

    private static void applyTo(Draft d, OrderEvent event) {
        OrderRef ref = d.ref;
        if (!event.order().equals(ref)) {
            throw new IllegalArgumentException("event of order " + event.order() + " applied to " + ref);
        }
        if (event.sequence() != d.version + 1) {
            throw new IllegalArgumentException("event sequence " + event.sequence() + " does not follow version "
                    + d.version);
        }
        d.version = event.sequence();
        d.updatedAt = event.occurredAt();
        if (event instanceof OrderEvent.StatusChanged e) {
            d.status = e.to();
            d.stamp(e.to(), e.occurredAt());
        } else if (event instanceof OrderEvent.PaymentReceived e) {
            d.amountPaid = d.amountPaid.plus(e.amount());
            d.paymentReferences = append(d.paymentReferences, e.reference());
            d.paymentFailed = false;
        } else if (event instanceof OrderEvent.PaymentFailed e) {
            d.paymentFailed = true;
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.Refunded e) {
            d.amountRefunded = d.amountRefunded.plus(e.amount());
            d.refundedUnitsValue = d.refundedUnitsValue.plus(e.amount().minus(e.excess()));
            Set<UnitRef> units = new HashSet<>(d.refundedUnits);
            for (OrderEvent.RefundedUnits run : e.units()) {
                for (long k = 0; k < run.count(); k++) {
                    units.add(new UnitRef(run.lineIndex(), run.fromUnit() + k));
                }
            }
            d.refundedUnits = units;
            d.refundIds = append(d.refundIds, e.refundId());
        } else if (event instanceof OrderEvent.PaymentDeadlineSet e) {
            d.paymentDeadline = Optional.of(e.deadline());
        } else if (event instanceof OrderEvent.PaymentTermsAgreed e) {
            d.paymentTerms = Optional.of(new PaymentTerms(e.netDays()));
        } else if (event instanceof OrderEvent.PreOrderPromised e) {
            d.promisedDate = Optional.of(e.promisedDate());
        } else if (event instanceof OrderEvent.ProductionPlanned e) {
            d.productionStages = e.stages();
        } else if (event instanceof OrderEvent.FlaggedAsProbableDuplicate e) {
            d.probableDuplicateOf = Optional.of(e.probableDuplicateOf());
        } else if (event instanceof OrderEvent.Approved e) {
            d.approvedBy = Optional.of(e.approvedBy());
        } else if (event instanceof OrderEvent.Rejected e) {
            d.lastProblem = Optional.of(e.reason());
            d.cancelledBy = Optional.of(CancelledBy.SELLER);
        } else if (event instanceof OrderEvent.DesignApproved e) {
            d.approvedBy = Optional.of(e.approvedBy());
        } else if (event instanceof OrderEvent.DesignRevised e) {
            d.specification = Optional.of(e.specification());
        } else if (event instanceof OrderEvent.ForwardedToSupplier e) {
            d.supplier = Optional.of(e.supplier());
        } else if (event instanceof OrderEvent.SupplierDeclined e) {
            d.lastProblem = Optional.of(e.reason());
            d.cancelledBy = Optional.of(CancelledBy.SELLER);
        } else if (event instanceof OrderEvent.StageCompleted e) {
            d.completedStages = append(d.completedStages, e.stage());
        } else if (event instanceof OrderEvent.Shipped e) {
            d.courier = Optional.of(e.courier());
            d.trackingNumber = Optional.of(e.trackingNumber());
        } else if (event instanceof OrderEvent.Delivered) {
            // The recipient's name is personal data: the service keeps it with the order's personal data.
        } else if (event instanceof OrderEvent.DeliveryFailed e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.Cancelled e) {
            d.cancelledBy = Optional.of(e.by());
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.ReturnRequested e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.ReturnRejected e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.PersonalDataErased) {
            d.personalData = OrderPersonalData.erased(d.personalData.customer());
        } else if (event instanceof OrderEvent.Placed) {
            throw new IllegalArgumentException("an order is placed only once: " + ref);
        } else {
            throw new IllegalArgumentException("event " + event.type() + " is not an event the order knows");
        }
    }

    /** This order with other personal data (the recipient of a delivery, say); its version is unchanged. */
    public Order withPersonalData(OrderPersonalData value) {
        Draft d = new Draft(this);
        d.personalData = Objects.requireNonNull(value, "personalData");
        return new Order(d);
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(value);
        return copy;
    }

    // ------------------------------------------------------------------ snapshot

    /** Everything this order holds, as plain values for a store; see {@link OrderSnapshot}. */
    public OrderSnapshot snapshot() {
        List<UnitRef> units = new ArrayList<>(refundedUnits);
        units.sort((a, b) -> a.lineIndex() != b.lineIndex() ? Integer.compare(a.lineIndex(), b.lineIndex())
                : Long.compare(a.unitIndex(), b.unitIndex()));
        return new OrderSnapshot(ref, version, type, lifecycle, channel, customerId, personalData, shippingArea, lines,
                price.snapshot(), paymentMethod, paymentDeadline, amountPaid, paymentReferences, paymentFailed,
                amountRefunded, refundedUnitsValue, units, refundIds, shipping, courier, trackingNumber, paymentTerms,
                promisedDate, productionStages, completedStages, specification, approvedBy, supplier, lastProblem,
                cancelledBy, status, statusTimestamps, placedAt, updatedAt, idempotencyKey, probableDuplicateOf,
                voucherCodes, customerGroups, account);
    }

    /**
     * The order a snapshot describes.
     *
     * @throws IllegalArgumentException if the snapshot's price is inconsistent
     */
    public static Order restore(OrderSnapshot s) {
        Draft d = new Draft();
        d.ref = s.ref();
        d.version = s.version();
        d.type = s.type();
        d.lifecycle = s.lifecycle();
        d.channel = s.channel();
        d.customerId = s.customerId();
        d.personalData = s.personalData();
        d.shippingArea = s.shippingArea();
        d.lines = s.lines();
        d.price = PriceBreakdown.restore(s.price());
        d.paymentMethod = s.paymentMethod();
        d.paymentDeadline = s.paymentDeadline();
        d.amountPaid = s.amountPaid();
        d.paymentReferences = s.paymentReferences();
        d.paymentFailed = s.paymentFailed();
        d.amountRefunded = s.amountRefunded();
        d.refundedUnitsValue = s.refundedUnitsValue();
        d.refundedUnits = new HashSet<>(s.refundedUnits());
        d.refundIds = s.refundIds();
        d.shipping = s.shipping();
        d.courier = s.courier();
        d.trackingNumber = s.trackingNumber();
        d.paymentTerms = s.paymentTerms();
        d.promisedDate = s.promisedDate();
        d.productionStages = s.productionStages();
        d.completedStages = s.completedStages();
        d.specification = s.specification();
        d.approvedBy = s.approvedBy();
        d.supplier = s.supplier();
        d.lastProblem = s.lastProblem();
        d.cancelledBy = s.cancelledBy();
        d.status = s.status();
        d.timestamps = new EnumMap<>(OrderStatus.class);
        d.timestamps.putAll(s.statusTimestamps());
        d.statusTimestamps = Collections.unmodifiableMap(d.timestamps);
        d.placedAt = s.placedAt();
        d.updatedAt = s.updatedAt();
        d.idempotencyKey = s.idempotencyKey();
        d.probableDuplicateOf = s.probableDuplicateOf();
        d.voucherCodes = s.voucherCodes();
        d.customerGroups = s.customerGroups();
        d.account = s.account();
        return new Order(d);
    }

    // ------------------------------------------------------------------ identity and content

    /** Tenant and id. */
    public OrderRef ref() {
        return ref;
    }

    /** The order id. */
    public OrderId id() {
        return ref.orderId();
    }

    /** The tenant the order belongs to. */
    public TenantId tenantId() {
        return ref.tenantId();
    }

    /** The sequence number of the last event applied. */
    public long version() {
        return version;
    }

    /** The order type. */
    public OrderType type() {
        return type;
    }

    /** The name of the lifecycle variant this order follows. */
    public String lifecycle() {
        return lifecycle;
    }

    /** Where the order came from. */
    public SalesChannel channel() {
        return channel;
    }

    /** The customer's id. */
    public CustomerId customerId() {
        return customerId;
    }

    /** The customer (placeholders for erased personal fields after erasure). */
    public Customer customer() {
        return personalData.customer();
    }

    /** The order's personal data, kept apart from its events. */
    public OrderPersonalData personalData() {
        return personalData;
    }

    /** Postal code, city and province of the shipping address. */
    public OrderEvent.ShippingArea shippingArea() {
        return shippingArea;
    }

    /** The lines as charged: the unit price used and each line's share of every discount. */
    public List<OrderLine> lines() {
        return lines;
    }

    /** The price breakdown: per line and unit, subtotal, discounts, shipping fee, tax and grand total. */
    public PriceBreakdown price() {
        return price;
    }

    /** What the order costs in all. */
    public Money grandTotal() {
        return price.grandTotal();
    }

    /** Voucher codes used at placement. */
    public List<String> voucherCodes() {
        return voucherCodes;
    }

    /** The customer groups the order was priced for. */
    public List<String> customerGroups() {
        return customerGroups;
    }

    /** The B2B account whose contract prices applied. */
    public Optional<String> account() {
        return account;
    }

    // ------------------------------------------------------------------ money

    /** How the customer pays. */
    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    /** The last moment a payment is accepted; empty when the method has no window. */
    public Optional<Instant> paymentDeadline() {
        return paymentDeadline;
    }

    /** True when the order waits for payment and its window closed before {@code now}. */
    public boolean isPaymentOverdue(Instant now) {
        return isAwaitingPayment() && paymentDeadline.isPresent() && now.isAfter(paymentDeadline.get());
    }

    /** True in the statuses that wait for the customer's payment. */
    public boolean isAwaitingPayment() {
        return status == OrderStatus.AWAITING_PAYMENT || status == OrderStatus.PAYMENT_FAILED;
    }

    /** Where the money stands. */
    public PaymentStatus paymentStatus() {
        if (amountRefunded.isPositive()) {
            return netPaid().isZero() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        }
        if (!amountPaid.isPositive()) {
            return paymentFailed ? PaymentStatus.FAILED : owed().isPositive() ? PaymentStatus.PENDING : PaymentStatus.PAID;
        }
        return amountPaid.compareTo(owed()) < 0 ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.PAID;
    }

    /** The sum of every payment received. */
    public Money amountPaid() {
        return amountPaid;
    }

    /** The sum of every refund. */
    public Money amountRefunded() {
        return amountRefunded;
    }

    /** Received and not paid back. */
    public Money netPaid() {
        return amountPaid.minus(amountRefunded);
    }

    /**
     * What the customer owes for the order as it stands: the grand total less the units refunded;
     * nothing once it is cancelled.
     */
    public Money owed() {
        return status == OrderStatus.CANCELLED ? Money.zero(price.currency())
                : price.grandTotal().minus(refundedUnitsValue);
    }

    /** What is still to be paid; zero when paid in full, or cancelled. */
    public Money amountDue() {
        Money due = owed().minus(netPaid());
        return due.isPositive() ? due : Money.zero(price.currency());
    }

    /**
     * Money received beyond what the order costs, to pay back: an overpayment, or everything paid for
     * an order that was cancelled or expired.
     */
    public Money refundDue() {
        Money excess = netPaid().minus(owed());
        return excess.isPositive() ? excess : Money.zero(price.currency());
    }

    /** The references of the payments received, in order. */
    public List<String> paymentReferences() {
        return paymentReferences;
    }

    /** True when nothing is left to pay (computed without allocating: guards call it on every payment). */
    public boolean isPaidInFull() {
        long owed = status == OrderStatus.CANCELLED ? 0 : price.grandTotalMinor() - refundedUnitsValue.minor();
        return owed - (amountPaid.minor() - amountRefunded.minor()) <= 0;
    }

    /** The units refunded so far. */
    public Set<UnitRef> refundedUnits() {
        return refundedUnits;
    }

    /** True when the unit was refunded. */
    public boolean isRefunded(UnitRef unit) {
        return refundedUnits.contains(unit);
    }

    /** The ids of the refunds made, in order. */
    public List<String> refundIds() {
        return refundIds;
    }

    // ------------------------------------------------------------------ fulfilment

    /** Courier, service level, ETA and the fee asked before shipping discounts. */
    public ShippingMethod shipping() {
        return shipping;
    }

    /** The courier that took the parcel, once shipped. */
    public Optional<String> courier() {
        return courier;
    }

    /** The tracking number (resi), once shipped. */
    public Optional<String> trackingNumber() {
        return trackingNumber;
    }

    /** B2B payment terms. */
    public Optional<PaymentTerms> paymentTerms() {
        return paymentTerms;
    }

    /** When the invoice of a B2B order is due: delivery plus the net days of its terms. */
    public Optional<Instant> invoiceDueAt() {
        Instant delivered = statusTimestamps.get(OrderStatus.DELIVERED);
        if (delivered == null || paymentTerms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(delivered.plus(Duration.ofDays(paymentTerms.get().netDays())));
    }

    /** The date promised to a pre-order customer. */
    public Optional<LocalDate> promisedDate() {
        return promisedDate;
    }

    /** The planned production stages of a made-to-order order. */
    public List<String> productionStages() {
        return productionStages;
    }

    /** The production stages done so far, in the order they were done. */
    public List<String> completedStages() {
        return completedStages;
    }

    /** True when every planned production stage is done. */
    public boolean isProductionComplete() {
        return completedStages.containsAll(productionStages);
    }

    /** The latest revised specification of a made-to-order order. */
    public Optional<String> specification() {
        return specification;
    }

    /** Who approved the order (B2B) or its design (made-to-order). */
    public Optional<String> approvedBy() {
        return approvedBy;
    }

    /** The supplier a dropship order was forwarded to. */
    public Optional<String> supplier() {
        return supplier;
    }

    /** Who received the delivery (personal data). */
    public Optional<String> receivedBy() {
        return personalData.receivedBy();
    }

    /** The reason given with the latest failure, cancellation, rejection or return request. */
    public Optional<String> lastProblem() {
        return lastProblem;
    }

    /** Who cancelled the order, if it was cancelled. */
    public Optional<CancelledBy> cancelledBy() {
        return cancelledBy;
    }

    /** The internal status. */
    public OrderStatus status() {
        return status;
    }

    /** The status the customer sees. */
    public CustomerStatus customerStatus() {
        return status.customerStatus();
    }

    /** When the order first reached each status it has been in. */
    public Map<OrderStatus, Instant> statusTimestamps() {
        return statusTimestamps;
    }

    /** When the order was placed. */
    public Instant placedAt() {
        return placedAt;
    }

    /** When the order last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** Notes given at placement (personal data). */
    public String notes() {
        return personalData.notes();
    }

    /** The idempotency key of the placement. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** A recent order of the same customer with the same lines, when this one looks like a duplicate. */
    public Optional<OrderId> probableDuplicateOf() {
        return probableDuplicateOf;
    }

    /** True when nothing needs to be shipped: every line is a service, or the shipping level is none. */
    public boolean hasNothingToShip() {
        return shipping.serviceLevel() == ServiceLevel.NONE || lines.stream().allMatch(OrderLine::isService);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Order other && version == other.version && ref.equals(other.ref)
                && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, version, status, amountPaid);
    }

    /** Identity, version, type, status and amounts; no personal data. */
    @Override
    public String toString() {
        return "Order[" + ref + " v" + version + ", " + type + ", " + status + ", total " + price.grandTotal()
                + ", paid " + amountPaid + (amountRefunded.isPositive() ? ", refunded " + amountRefunded : "") + "]";
    }

    /** Mutable working copy used only while applying one event. */
    private static final class Draft {
        OrderRef ref;
        long version;
        OrderType type;
        String lifecycle;
        SalesChannel channel;
        CustomerId customerId;
        OrderPersonalData personalData;
        OrderEvent.ShippingArea shippingArea;
        List<OrderLine> lines;
        PriceBreakdown price;
        PaymentMethod paymentMethod;
        Optional<Instant> paymentDeadline;
        Money amountPaid;
        List<String> paymentReferences;
        boolean paymentFailed;
        Money amountRefunded;
        Money refundedUnitsValue;
        Set<UnitRef> refundedUnits;
        List<String> refundIds;
        ShippingMethod shipping;
        Optional<String> courier;
        Optional<String> trackingNumber;
        Optional<PaymentTerms> paymentTerms;
        Optional<LocalDate> promisedDate;
        List<String> productionStages;
        List<String> completedStages;
        Optional<String> specification;
        Optional<String> approvedBy;
        Optional<String> supplier;
        Optional<String> lastProblem;
        Optional<CancelledBy> cancelledBy;
        OrderStatus status;
        /**
         * Never changed once an order holds it: a new status replaces it with a changed copy, so
         * an order shares it (and its read-only view) with the versions before and after it.
         */
        EnumMap<OrderStatus, Instant> timestamps;
        Map<OrderStatus, Instant> statusTimestamps;
        Instant placedAt;
        Instant updatedAt;
        String idempotencyKey;
        Optional<OrderId> probableDuplicateOf;
        List<String> voucherCodes;
        List<String> customerGroups;
        Optional<String> account;

        Draft() {
        }

        /** Records when {@code status} was first reached, unless it was reached before. */
        void stamp(OrderStatus status, Instant at) {
            if (timestamps.containsKey(status)) {
                return;
            }
            EnumMap<OrderStatus, Instant> copy = timestamps.clone();
            copy.put(status, at);
            timestamps = copy;
            statusTimestamps = Collections.unmodifiableMap(copy);
        }

        Draft(Order o) {
            ref = o.ref;
            version = o.version;
            type = o.type;
            lifecycle = o.lifecycle;
            channel = o.channel;
            customerId = o.customerId;
            personalData = o.personalData;
            shippingArea = o.shippingArea;
            lines = o.lines;
            price = o.price;
            paymentMethod = o.paymentMethod;
            paymentDeadline = o.paymentDeadline;
            amountPaid = o.amountPaid;
            paymentReferences = o.paymentReferences;
            paymentFailed = o.paymentFailed;
            amountRefunded = o.amountRefunded;
            refundedUnitsValue = o.refundedUnitsValue;
            refundedUnits = o.refundedUnits;
            refundIds = o.refundIds;
            shipping = o.shipping;
            courier = o.courier;
            trackingNumber = o.trackingNumber;
            paymentTerms = o.paymentTerms;
            promisedDate = o.promisedDate;
            productionStages = o.productionStages;
            completedStages = o.completedStages;
            specification = o.specification;
            approvedBy = o.approvedBy;
            supplier = o.supplier;
            lastProblem = o.lastProblem;
            cancelledBy = o.cancelledBy;
            status = o.status;
            timestamps = o.timestamps;
            statusTimestamps = o.statusTimestamps;
            placedAt = o.placedAt;
            updatedAt = o.updatedAt;
            idempotencyKey = o.idempotencyKey;
            probableDuplicateOf = o.probableDuplicateOf;
            voucherCodes = o.voucherCodes;
            customerGroups = o.customerGroups;
            account = o.account;
        }
    }
}
