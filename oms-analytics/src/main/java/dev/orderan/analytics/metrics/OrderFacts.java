package dev.orderan.analytics.metrics;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter from Orderan's orders and events to {@link OrderFact}s: with the fold of one order's
 * events it uses, the one place in this module that knows the order model. Two sources:
 * <ul>
 *   <li>{@link #fromEvents} reads the published events of a tenant's orders (what
 *   {@code OrderService.history} returns, or what a relay takes from the outbox): each order's
 *   events are folded through their stable event types, without the order aggregate and without
 *   personal data, and the fold can stop at any instant, so a past period's figures can be
 *   recomputed as they stood then. This is the complete source.</li>
 *   <li>{@link #fromOrders} reads orders' current state. It gives the same facts, except that the
 *   state keeps no payment times: only orders whose payment moved them out of "awaiting payment"
 *   (prepaid orders) have a {@code paidAt}; cash on delivery and invoices have none.</li>
 * </ul>
 *
 * <p>What the facts say and where it comes from:
 * <ul>
 *   <li><b>paid</b>: when the money received and not paid back first covered what the order costs
 *   (the grand total less refunded units), for every order type: at checkout for prepaid orders,
 *   when the courier hands the money over for cash on delivery, when the invoice is settled. A
 *   payment after the payment window of an order still waiting for it does not count (the order
 *   expires with it); an order with nothing to pay counts as paid when it moves past "awaiting
 *   payment".</li>
 *   <li><b>refunds</b>: the exact amounts of the refunded units, from the refunds recorded on the
 *   order; money paid back because more was received than the order cost is not deducted (it was
 *   never part of the total).</li>
 *   <li><b>courier</b>: the courier that took the parcel, once shipped.</li>
 *   <li><b>product category</b>: the line's own category; for lines placed without one, the host's
 *   catalogue ({@link Builder#categories}); {@code uncategorised} otherwise.</li>
 *   <li><b>return</b>: counts while the order is in "return requested" or "returned" after a
 *   request; a refused return does not count. The reason is the customer's text unless the host
 *   supplies a reason code.</li>
 *   <li><b>failed delivery</b>: the order reached "returned" without a return request.</li>
 *   <li><b>source, seller's shipping cost, address corrections, wrong items, promised
 *   delivery</b>: supplied by the host through {@link Builder#extras}.</li>
 * </ul>
 * The on-time deadline defaults to the end of the local day (in {@link Builder#zone}) that is the
 * shipping method's ETA days after shipment.
 */
public final class OrderFacts {

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
     * Facts of orders in their current state, sorted by placement time and id. Payment times are
     * known only for orders whose payment changed their status; see {@link #fromEvents}.
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

    /** The fact of one order in its current state; see {@link #fromOrders}. */
    public OrderFact fromOrder(Order order) {
        Objects.requireNonNull(order, "order");
        return fact(OrderFold.of(order));
    }

    /**
     * Facts of every order in a tenant's events, in the state the events leave them.
     *
     * @param log the events of one tenant's orders, each order's complete from its placement, orders
     *     in any interleaving and each order's events in any order; an event delivered twice (same
     *     event id) counts once
     * @throws dev.orderan.core.validation.ValidationFailedException if the log mixes tenants or holds
     *     nulls, or an order's history does not start with its placement, has a gap or two different
     *     events at one position (naming the order)
     */
    public List<OrderFact> fromEvents(Iterable<? extends EventEnvelope<? extends OrderEvent>> log) {
        return fromEvents(log, Instant.MAX);
    }

    /**
     * Facts of the orders in a tenant's events as they stood at {@code asOf}: each order's events
     * up to that instant are folded, and orders placed after it are left out.
     *
     * @see #fromEvents(Iterable)
     */
    public List<OrderFact> fromEvents(Iterable<? extends EventEnvelope<? extends OrderEvent>> log, Instant asOf) {
        Violations v = new Violations("OrderFacts.fromEvents");
        v.check(log != null, "log", "NotNull", "must not be null");
        v.check(asOf != null, "asOf", "NotNull", "must not be null");
        v.throwIfAny();
        Map<OrderRef, List<EventEnvelope<? extends OrderEvent>>> histories = new LinkedHashMap<>();
        TenantId tenant = null;
        int i = 0;
        for (EventEnvelope<? extends OrderEvent> e : log) {
            if (!v.check(e != null, "log[" + i + "]", "NotNull", "must not be null")) {
                i++;
                continue;
            }
            if (tenant != null && !tenant.equals(e.tenantId())) {
                v.add("log[" + i + "].tenantId", "SameTenant", e.tenantId() + " differs from " + tenant
                        + "; compute analytics per tenant");
            } else {
                tenant = e.tenantId();
                histories.computeIfAbsent(e.event().order(), k -> new ArrayList<>()).add(e);
            }
            i++;
        }
        v.throwIfAny();
        List<OrderFact> out = new ArrayList<>(histories.size());
        for (Map.Entry<OrderRef, List<EventEnvelope<? extends OrderEvent>>> h : histories.entrySet()) {
            try {
                fold(h.getValue(), asOf).ifPresent(f -> out.add(fact(f)));
            } catch (IllegalArgumentException | IndexOutOfBoundsException broken) {
                v.add("log", "CompleteHistory", "the history of order " + h.getKey().orderId().value()
                        + " is incomplete or inconsistent: " + broken.getMessage());
            }
        }
        v.throwIfAny();
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** Folds one order's events up to {@code asOf}; empty when it was placed after that. */
    private static Optional<OrderFold> fold(List<EventEnvelope<? extends OrderEvent>> history, Instant asOf) {
        List<EventEnvelope<? extends OrderEvent>> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparingLong(EventEnvelope::sequence));
        if (!(sorted.get(0).event() instanceof OrderEvent.Placed placed)) {
            throw new IllegalArgumentException("its first event is " + sorted.get(0).type() + " at sequence "
                    + sorted.get(0).sequence() + ", not the placement");
        }
        if (placed.occurredAt().isAfter(asOf)) {
            return Optional.empty();
        }
        OrderFold fold = OrderFold.placed(placed);
        EventEnvelope<? extends OrderEvent> previous = sorted.get(0);
        for (EventEnvelope<? extends OrderEvent> e : sorted.subList(1, sorted.size())) {
            if (e.sequence() == previous.sequence()) {
                if (!e.eventId().equals(previous.eventId())) {
                    throw new IllegalArgumentException("two different events at sequence " + e.sequence());
                }
                continue; // delivered twice
            }
            if (e.occurredAt().isAfter(asOf)) {
                break;
            }
            fold.apply(e.event());
            previous = e;
        }
        return Optional.of(fold);
    }

    private OrderFact fact(OrderFold fold) {
        String id = fold.orderId();
        return fold.toFact(Objects.requireNonNullElse(extras.apply(id), OrderExtras.NONE), categories, zone);
    }

    private static final Comparator<OrderFact> ORDER =
            Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId);

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

        /** The product category of a SKU, for lines placed without one (from the host's catalogue). */
        public Builder categories(Function<Sku, Optional<String>> value) {
            this.categories = Objects.requireNonNull(value, "categories");
            return this;
        }

        /** The product category of some SKUs, by SKU code, for lines placed without one. */
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
