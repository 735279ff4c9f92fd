package dev.orderan.analytics.metrics;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.pricing.PriceBreakdown;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The adapter from Orderan's orders and events to {@link OrderFact}s: the one place in this module
 * that reads the order aggregate. Two sources give the same facts: the orders' current state
 * ({@link #fromOrders}) and the tenant's event log ({@link #fromEvents}, which replays each order's
 * history with {@link Order#replay} and can stop at any instant, so a past period's figures can be
 * recomputed as they stood then).
 *
 * <p>What the order state does not record, and how the adapter handles it:
 * <ul>
 *   <li><b>paid</b>: the moment a prepaid order left "awaiting payment" for the status payment
 *   leads to (accepted, awaiting supply, in production). Cash-on-delivery and invoice payments do
 *   not change the status, so their payment time is not known and {@code paidAt} is empty.</li>
 *   <li><b>courier</b>: the courier chosen at placement (the courier named at shipment is not kept
 *   in the order's state).</li>
 *   <li><b>return</b>: a return counts while the order is in "return requested" or "returned"
 *   after a request; a refused return does not count. The reason is the customer's text unless the
 *   host supplies a reason code.</li>
 *   <li><b>failed delivery</b>: the order reached "returned" without a return request.</li>
 *   <li><b>source, seller's shipping cost, address corrections, wrong items, promised delivery,
 *   product category</b>: supplied by the host through {@link Builder#extras} and
 *   {@link Builder#categories}.</li>
 * </ul>
 * The on-time deadline defaults to the end of the local day (in {@link Builder#zone}) that is the
 * shipping method's ETA days after shipment.
 */
public final class OrderFacts {

    private static final String UNCATEGORISED = "uncategorised";
    private static final Set<OrderStatus> STATUS_AFTER_PAYMENT =
            EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.AWAITING_SUPPLY, OrderStatus.IN_PRODUCTION);

    private final Function<String, OrderExtras> extras;
    private final Function<Sku, Optional<String>> categories;
    private final ZoneId zone;

    private OrderFacts(Builder b) {
        this.extras = b.extras;
        this.categories = b.categories;
        this.zone = b.zone;
    }

    /** An adapter without host-supplied facts, deadlines in Asia/Jakarta. */
    public static OrderFacts standard() {
        return builder().build();
    }

    /** Configures an adapter. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Facts of orders in their current state, sorted by placement time and id.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if the orders hold nulls or mix tenants
     */
    public List<OrderFact> fromOrders(Collection<Order> orders) {
        Violations v = new Violations("OrderFacts.fromOrders");
        if (orders == null) {
            v.add("orders", "NotNull", "must not be null");
            v.throwIfAny();
        }
        List<OrderFact> out = new ArrayList<>(orders.size());
        TenantId tenant = null;
        int i = 0;
        for (Order o : orders) {
            if (!v.check(o != null, "orders[" + i + "]", "NotNull", "must not be null")) {
                i++;
                continue;
            }
            if (tenant != null && !tenant.equals(o.tenantId())) {
                v.add("orders[" + i + "].tenantId", "SameTenant", o.tenantId() + " differs from " + tenant
                        + "; compute analytics per tenant");
            } else {
                tenant = o.tenantId();
                out.add(fromOrder(o));
            }
            i++;
        }
        v.throwIfAny();
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * Facts of every order in a tenant's event log, in the state the log leaves them.
     *
     * @param log events of one tenant in any interleaving of orders; each order's events complete
     *            from its placement and in sequence
     * @throws dev.orderan.core.validation.ValidationFailedException if the log mixes tenants or holds
     *         nulls, or an order's history does not start with its placement or has a gap (naming the order)
     */
    public List<OrderFact> fromEvents(Iterable<? extends OrderEvent> log) {
        return fromEvents(log, Instant.MAX);
    }

    /**
     * Facts of the orders in a tenant's event log as they stood at {@code asOf}: events after it
     * are ignored, and orders placed after it are left out.
     */
    public List<OrderFact> fromEvents(Iterable<? extends OrderEvent> log, Instant asOf) {
        Violations v = new Violations("OrderFacts.fromEvents");
        v.check(log != null, "log", "NotNull", "must not be null");
        v.check(asOf != null, "asOf", "NotNull", "must not be null");
        v.throwIfAny();
        Map<OrderRef, List<OrderEvent>> histories = new LinkedHashMap<>();
        TenantId tenant = null;
        int i = 0;
        for (OrderEvent e : log) {
            if (!v.check(e != null, "log[" + i + "]", "NotNull", "must not be null")) {
                i++;
                continue;
            }
            if (tenant != null && !tenant.equals(e.tenantId())) {
                v.add("log[" + i + "].tenantId", "SameTenant", e.tenantId() + " differs from " + tenant
                        + "; compute analytics per tenant");
            } else {
                tenant = e.tenantId();
                if (!e.occurredAt().isAfter(asOf)) {
                    histories.computeIfAbsent(e.order(), k -> new ArrayList<>()).add(e);
                }
            }
            i++;
        }
        v.throwIfAny();
        List<OrderFact> out = new ArrayList<>(histories.size());
        for (Map.Entry<OrderRef, List<OrderEvent>> h : histories.entrySet()) {
            List<OrderEvent> events = h.getValue();
            events.sort(Comparator.comparingLong(OrderEvent::sequence));
            try {
                out.add(fromOrder(Order.replay(events)));
            } catch (IllegalArgumentException broken) {
                v.add("log", "CompleteHistory", "the history of order " + h.getKey().orderId().value()
                        + " is incomplete or out of sequence: " + broken.getMessage());
            }
        }
        v.throwIfAny();
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static final Comparator<OrderFact> ORDER =
            Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId);

    /** The fact of one order in its current state. */
    public OrderFact fromOrder(Order order) {
        Objects.requireNonNull(order, "order");
        String id = order.id().value();
        OrderExtras extra = Objects.requireNonNullElse(extras.apply(id), OrderExtras.NONE);
        Map<OrderStatus, Instant> at = order.statusTimestamps();
        OrderStatus status = order.status();

        Optional<Instant> paid = Optional.empty();
        if (at.containsKey(OrderStatus.AWAITING_PAYMENT) && order.isPaidInFull()) {
            paid = at.entrySet().stream().filter(e -> STATUS_AFTER_PAYMENT.contains(e.getKey()))
                    .map(Map.Entry::getValue).min(Comparator.naturalOrder());
        }
        Optional<Instant> shipped = Optional.ofNullable(at.get(OrderStatus.SHIPPED));
        Optional<Instant> due = extra.deliveryDueBy();
        boolean ships = order.shipping().serviceLevel() != ServiceLevel.NONE;
        if (due.isEmpty() && shipped.isPresent() && ships) {
            due = Optional.of(shipped.get().atZone(zone).toLocalDate().plusDays(order.shipping().etaDays() + 1L)
                    .atStartOfDay(zone).toInstant());
        }
        Optional<Instant> cancelled = status == OrderStatus.CANCELLED
                ? Optional.ofNullable(at.get(OrderStatus.CANCELLED)) : Optional.empty();
        OrderFact.Timeline timeline = new OrderFact.Timeline(order.placedAt(), paid,
                Optional.ofNullable(at.get(OrderStatus.PACKED)), shipped,
                Optional.ofNullable(at.get(OrderStatus.DELIVERED)), cancelled, due);

        boolean requested = at.containsKey(OrderStatus.RETURN_REQUESTED);
        Optional<OrderFact.Return> returned = Optional.empty();
        if (requested && (status == OrderStatus.RETURN_REQUESTED || status == OrderStatus.RETURNED)) {
            String reason = extra.returnReasonCode().or(order::lastProblem).orElse("unspecified");
            returned = Optional.of(new OrderFact.Return(at.get(OrderStatus.RETURN_REQUESTED), reason,
                    status == OrderStatus.RETURNED ? Optional.ofNullable(at.get(OrderStatus.RETURNED)) : Optional.empty()));
        }
        boolean deliveryFailed = !requested && status == OrderStatus.RETURNED;

        PriceBreakdown price = order.price();
        List<OrderFact.Line> lines = new ArrayList<>(price.lineCount());
        for (int i = 0; i < price.lineCount(); i++) {
            PriceBreakdown.LinePrice lp = price.lines().get(i);
            Sku sku = lp.sku();
            String category = Objects.requireNonNullElse(categories.apply(sku), Optional.<String>empty())
                    .orElse(UNCATEGORISED);
            lines.add(new OrderFact.Line(sku.value(), order.lines().get(i).productName(), category, lp.quantity(),
                    lp.total().minor()));
        }
        return new OrderFact(id, order.customer().id().value(), order.channel().name(), extra.source(),
                order.paymentMethod().name(), price.currency(), price.grandTotalMinor(), price.shippingFee().minor(),
                extra.shippingCostMinor(), ships ? Optional.of(order.shipping().courier()) : Optional.empty(), timeline,
                lines, status == OrderStatus.CANCELLED ? order.cancelledBy().map(Enum::name) : Optional.empty(),
                returned, deliveryFailed, extra.addressCorrected(), extra.wrongItem());
    }

    /** Configures {@link OrderFacts}. */
    public static final class Builder {
        private Function<String, OrderExtras> extras = id -> OrderExtras.NONE;
        private Function<Sku, Optional<String>> categories = sku -> Optional.empty();
        private ZoneId zone = ZoneId.of("Asia/Jakarta");

        private Builder() {
        }

        /** Host-supplied facts per order id; return {@link OrderExtras#NONE} when nothing is known. */
        public Builder extras(Function<String, OrderExtras> value) {
            this.extras = Objects.requireNonNull(value, "extras");
            return this;
        }

        /** Host-supplied facts for some orders, by order id. */
        public Builder extras(Map<String, OrderExtras> value) {
            Map<String, OrderExtras> copy = Map.copyOf(value);
            this.extras = id -> copy.getOrDefault(id, OrderExtras.NONE);
            return this;
        }

        /** The product category of a SKU (from the host's catalogue). */
        public Builder categories(Function<Sku, Optional<String>> value) {
            this.categories = Objects.requireNonNull(value, "categories");
            return this;
        }

        /** The product category of some SKUs, by SKU code. */
        public Builder categories(Map<String, String> value) {
            Map<String, String> copy = Map.copyOf(value);
            this.categories = sku -> Optional.ofNullable(copy.get(sku.value()));
            return this;
        }

        /** The zone of the calendar used for on-time deadlines. */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The adapter. */
        public OrderFacts build() {
            return new OrderFacts(this);
        }
    }
}
