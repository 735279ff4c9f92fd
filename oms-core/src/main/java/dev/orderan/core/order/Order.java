package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An order (MISSION F1): customer, lines, price breakdown, payment, shipping, timestamps, status,
 * sales channel and order type. Immutable: every change is an {@link OrderEvent}, and the order
 * after the change is {@link #apply(OrderEvent) this order with the event applied}. Rebuilding an
 * order from its events ({@link #replay(List)}) gives an equal order.
 *
 * <p>Orders are changed through {@link OrderService}, which validates commands, checks the
 * lifecycle and saves state and events together.
 */
public final class Order {

    private final OrderRef ref;
    private final long version;
    private final OrderType type;
    private final String lifecycle;
    private final SalesChannel channel;
    private final Customer customer;
    private final List<OrderLine> lines;
    private final List<Money> orderDiscounts;
    private final PriceBreakdown price;
    private final PaymentMethod paymentMethod;
    private final PaymentStatus paymentStatus;
    private final Money amountPaid;
    private final List<String> paymentReferences;
    private final ShippingMethod shipping;
    private final Optional<String> trackingNumber;
    private final Optional<PaymentTerms> paymentTerms;
    private final Optional<LocalDate> promisedDate;
    private final List<String> productionStages;
    private final List<String> completedStages;
    private final Optional<String> specification;
    private final Optional<String> approvedBy;
    private final Optional<String> supplier;
    private final Optional<String> receivedBy;
    private final Optional<String> lastProblem;
    private final Optional<CancelledBy> cancelledBy;
    private final OrderStatus status;
    private final Map<OrderStatus, Instant> statusTimestamps;
    private final Instant placedAt;
    private final Instant updatedAt;
    private final String notes;
    private final String idempotencyKey;
    private final String fingerprint;
    private final Optional<OrderId> probableDuplicateOf;

    private Order(Draft d) {
        this.ref = d.ref;
        this.version = d.version;
        this.type = d.type;
        this.lifecycle = d.lifecycle;
        this.channel = d.channel;
        this.customer = d.customer;
        this.lines = List.copyOf(d.lines);
        this.orderDiscounts = List.copyOf(d.orderDiscounts);
        this.price = d.price;
        this.paymentMethod = d.paymentMethod;
        this.paymentStatus = d.paymentStatus;
        this.amountPaid = d.amountPaid;
        this.paymentReferences = List.copyOf(d.paymentReferences);
        this.shipping = d.shipping;
        this.trackingNumber = d.trackingNumber;
        this.paymentTerms = d.paymentTerms;
        this.promisedDate = d.promisedDate;
        this.productionStages = List.copyOf(d.productionStages);
        this.completedStages = List.copyOf(d.completedStages);
        this.specification = d.specification;
        this.approvedBy = d.approvedBy;
        this.supplier = d.supplier;
        this.receivedBy = d.receivedBy;
        this.lastProblem = d.lastProblem;
        this.cancelledBy = d.cancelledBy;
        this.status = d.status;
        this.statusTimestamps = Collections.unmodifiableMap(new EnumMap<>(d.statusTimestamps));
        this.placedAt = d.placedAt;
        this.updatedAt = d.updatedAt;
        this.notes = d.notes;
        this.idempotencyKey = d.idempotencyKey;
        this.fingerprint = d.fingerprint;
        this.probableDuplicateOf = d.probableDuplicateOf;
    }

    /**
     * Rebuilds an order from its complete history.
     *
     * @param events the order's events in sequence order, starting with {@link OrderEvent.Placed}
     * @throws IllegalArgumentException if the history is empty, does not start with a placement,
     *         has gaps, or mixes orders
     */
    public static Order replay(List<? extends OrderEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events: must not be empty");
        }
        if (!(events.get(0) instanceof OrderEvent.Placed placed)) {
            throw new IllegalArgumentException("events[0]: must be Placed, was " + events.get(0).getClass().getSimpleName());
        }
        Order order = placed(placed);
        for (int i = 1; i < events.size(); i++) {
            order = order.apply(events.get(i));
        }
        return order;
    }

    /** The order a placement event creates. */
    public static Order placed(OrderEvent.Placed e) {
        if (e.sequence() != 1) {
            throw new IllegalArgumentException("Placed.sequence: must be 1, was " + e.sequence());
        }
        Draft d = new Draft();
        d.ref = e.order();
        d.version = 1;
        d.type = e.type();
        d.lifecycle = e.lifecycle();
        d.channel = e.channel();
        d.customer = e.customer();
        d.lines = e.lines();
        d.orderDiscounts = e.orderDiscounts();
        d.price = e.price();
        d.paymentMethod = e.paymentMethod();
        d.paymentStatus = PaymentStatus.PENDING;
        d.amountPaid = Money.zero(e.price().grandTotal().currency());
        d.paymentReferences = List.of();
        d.shipping = e.shipping();
        d.trackingNumber = Optional.empty();
        d.paymentTerms = e.paymentTerms();
        d.promisedDate = e.promisedDate();
        d.productionStages = e.productionStages();
        d.completedStages = List.of();
        d.specification = Optional.empty();
        d.approvedBy = Optional.empty();
        d.supplier = Optional.empty();
        d.receivedBy = Optional.empty();
        d.lastProblem = Optional.empty();
        d.cancelledBy = Optional.empty();
        d.status = e.initialStatus();
        d.statusTimestamps = new EnumMap<>(OrderStatus.class);
        d.statusTimestamps.put(e.initialStatus(), e.occurredAt());
        d.placedAt = e.occurredAt();
        d.updatedAt = e.occurredAt();
        d.notes = e.notes();
        d.idempotencyKey = e.idempotencyKey();
        d.fingerprint = e.fingerprint();
        d.probableDuplicateOf = e.probableDuplicateOf();
        return new Order(d);
    }

    /**
     * This order with one more event applied. Applying never fails for an event that follows the
     * order's last event; the checks of whether the change is allowed happened when the event was
     * decided.
     *
     * @throws IllegalArgumentException if the event belongs to another order or is out of sequence
     */
    public Order apply(OrderEvent event) {
        if (!event.order().equals(ref)) {
            throw new IllegalArgumentException("event of order " + event.order() + " applied to " + ref);
        }
        if (event.sequence() != version + 1) {
            throw new IllegalArgumentException("event sequence " + event.sequence() + " does not follow version " + version);
        }
        Draft d = new Draft(this);
        d.version = event.sequence();
        d.updatedAt = event.occurredAt();
        if (event instanceof OrderEvent.StatusChanged e) {
            d.status = e.to();
            d.statusTimestamps.putIfAbsent(e.to(), e.occurredAt());
        } else if (event instanceof OrderEvent.PaymentConfirmed e) {
            d.amountPaid = d.amountPaid.plus(e.amount());
            d.paymentReferences = append(d.paymentReferences, e.reference());
            d.paymentStatus = d.amountPaid.compareTo(price.grandTotal()) >= 0 ? PaymentStatus.PAID : PaymentStatus.PENDING;
        } else if (event instanceof OrderEvent.PaymentFailed e) {
            d.paymentStatus = PaymentStatus.FAILED;
            d.lastProblem = Optional.of(e.reason());
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
            d.trackingNumber = Optional.of(e.trackingNumber());
        } else if (event instanceof OrderEvent.Delivered e) {
            d.receivedBy = Optional.of(e.receivedBy());
        } else if (event instanceof OrderEvent.DeliveryFailed e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.Cancelled e) {
            d.cancelledBy = Optional.of(e.by());
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.ReturnRequested e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.ReturnRejected e) {
            d.lastProblem = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.Placed) {
            throw new IllegalArgumentException("an order is placed only once: " + ref);
        }
        return new Order(d);
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(value);
        return copy;
    }

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

    /** The sequence number of the last event applied; 1 right after placement. */
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

    /** The customer. */
    public Customer customer() {
        return customer;
    }

    /** The lines, in order. */
    public List<OrderLine> lines() {
        return lines;
    }

    /** Fixed order-level discounts given at placement. */
    public List<Money> orderDiscounts() {
        return orderDiscounts;
    }

    /** The price breakdown: subtotal, discounts, shipping fee, tax and grand total. */
    public PriceBreakdown price() {
        return price;
    }

    /** What the customer pays in all. */
    public Money grandTotal() {
        return price.grandTotal();
    }

    /** How the customer pays. */
    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    /** Paid, pending or failed. */
    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    /** What has been paid so far. */
    public Money amountPaid() {
        return amountPaid;
    }

    /** What is still to be paid. */
    public Money amountDue() {
        return price.grandTotal().minus(amountPaid);
    }

    /** The references of the payments received, in order. */
    public List<String> paymentReferences() {
        return paymentReferences;
    }

    /** True when nothing is left to pay. */
    public boolean isPaidInFull() {
        return !amountDue().isPositive();
    }

    /** Courier, service level, ETA and fee. */
    public ShippingMethod shipping() {
        return shipping;
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

    /** Who received the delivery. */
    public Optional<String> receivedBy() {
        return receivedBy;
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

    /** Notes given at placement. */
    public String notes() {
        return notes;
    }

    /** The idempotency key of the placement. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** A hash of the placement's content. */
    public String fingerprint() {
        return fingerprint;
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
        if (!(o instanceof Order other)) {
            return false;
        }
        return version == other.version && ref.equals(other.ref) && type == other.type
                && lifecycle.equals(other.lifecycle) && channel == other.channel && customer.equals(other.customer)
                && lines.equals(other.lines) && orderDiscounts.equals(other.orderDiscounts)
                && price.equals(other.price) && paymentMethod == other.paymentMethod
                && paymentStatus == other.paymentStatus && amountPaid.equals(other.amountPaid)
                && paymentReferences.equals(other.paymentReferences) && shipping.equals(other.shipping)
                && trackingNumber.equals(other.trackingNumber) && paymentTerms.equals(other.paymentTerms)
                && promisedDate.equals(other.promisedDate) && productionStages.equals(other.productionStages)
                && completedStages.equals(other.completedStages) && specification.equals(other.specification)
                && approvedBy.equals(other.approvedBy) && supplier.equals(other.supplier)
                && receivedBy.equals(other.receivedBy) && lastProblem.equals(other.lastProblem)
                && cancelledBy.equals(other.cancelledBy) && status == other.status
                && statusTimestamps.equals(other.statusTimestamps) && placedAt.equals(other.placedAt)
                && updatedAt.equals(other.updatedAt) && notes.equals(other.notes)
                && idempotencyKey.equals(other.idempotencyKey) && fingerprint.equals(other.fingerprint)
                && probableDuplicateOf.equals(other.probableDuplicateOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, version, status, amountPaid);
    }

    /** Identity, version, type, status and total; no personal data. */
    @Override
    public String toString() {
        return "Order[" + ref + " v" + version + ", " + type + ", " + status + ", total " + price.grandTotal()
                + ", paid " + amountPaid + "]";
    }

    /** Mutable working copy used only while applying one event. */
    private static final class Draft {
        OrderRef ref;
        long version;
        OrderType type;
        String lifecycle;
        SalesChannel channel;
        Customer customer;
        List<OrderLine> lines;
        List<Money> orderDiscounts;
        PriceBreakdown price;
        PaymentMethod paymentMethod;
        PaymentStatus paymentStatus;
        Money amountPaid;
        List<String> paymentReferences;
        ShippingMethod shipping;
        Optional<String> trackingNumber;
        Optional<PaymentTerms> paymentTerms;
        Optional<LocalDate> promisedDate;
        List<String> productionStages;
        List<String> completedStages;
        Optional<String> specification;
        Optional<String> approvedBy;
        Optional<String> supplier;
        Optional<String> receivedBy;
        Optional<String> lastProblem;
        Optional<CancelledBy> cancelledBy;
        OrderStatus status;
        EnumMap<OrderStatus, Instant> statusTimestamps;
        Instant placedAt;
        Instant updatedAt;
        String notes;
        String idempotencyKey;
        String fingerprint;
        Optional<OrderId> probableDuplicateOf;

        Draft() {
        }

        Draft(Order o) {
            ref = o.ref;
            version = o.version;
            type = o.type;
            lifecycle = o.lifecycle;
            channel = o.channel;
            customer = o.customer;
            lines = o.lines;
            orderDiscounts = o.orderDiscounts;
            price = o.price;
            paymentMethod = o.paymentMethod;
            paymentStatus = o.paymentStatus;
            amountPaid = o.amountPaid;
            paymentReferences = o.paymentReferences;
            shipping = o.shipping;
            trackingNumber = o.trackingNumber;
            paymentTerms = o.paymentTerms;
            promisedDate = o.promisedDate;
            productionStages = o.productionStages;
            completedStages = o.completedStages;
            specification = o.specification;
            approvedBy = o.approvedBy;
            supplier = o.supplier;
            receivedBy = o.receivedBy;
            lastProblem = o.lastProblem;
            cancelledBy = o.cancelledBy;
            status = o.status;
            statusTimestamps = o.statusTimestamps.isEmpty() ? new EnumMap<>(OrderStatus.class)
                    : new EnumMap<>(o.statusTimestamps);
            placedAt = o.placedAt;
            updatedAt = o.updatedAt;
            notes = o.notes;
            idempotencyKey = o.idempotencyKey;
            fingerprint = o.fingerprint;
            probableDuplicateOf = o.probableDuplicateOf;
        }
    }
}
