package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.lifecycle.Transition;
import dev.orderan.core.money.Money;
import dev.orderan.core.persistence.ConcurrentModificationException;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PricingContext;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.pricing.PricingStep;
import dev.orderan.core.validation.Validation;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for orders: places them and runs commands against them. Validates every
 * command (a rejected command throws one exception listing every violation and changes nothing),
 * checks the order's lifecycle, prices placements, guards against duplicates, saves state and
 * events together, and tells listeners. Thread-safe; concurrent commands on one order are
 * serialised by optimistic versioning.
 *
 * <pre>{@code
 * OrderService orders = OrderService.builder().repository(repo).clock(clock).build();
 * Order order = orders.place(placeOrder).order();
 * order = orders.execute(order.tenantId(), order.id(), new OrderCommand.ConfirmPayment(order.grandTotal(), "VA-123"));
 * }</pre>
 */
public final class OrderService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);
    private static final int MAX_ATTEMPTS = 3;

    private final OrderRepository repository;
    private final Clock clock;
    private final PricingStep pricing;
    private final Duration duplicateWindow;
    private final Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> byType;
    private final Map<String, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> byName;
    private final List<OrderEventListener> listeners;

    private OrderService(Builder b) {
        this.repository = Objects.requireNonNull(b.repository, "repository");
        this.clock = b.clock;
        this.pricing = b.pricing;
        this.duplicateWindow = b.duplicateWindow;
        EnumMap<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> types =
                new EnumMap<>(OrderLifecycles.builtIn());
        types.putAll(b.lifecycles);
        this.byType = Collections.unmodifiableMap(types);
        Map<String, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> names = new HashMap<>();
        OrderLifecycles.builtIn().values().forEach(l -> names.put(l.name(), l));
        types.values().forEach(l -> names.put(l.name(), l));
        this.byName = Map.copyOf(names);
        this.listeners = List.copyOf(b.listeners);
    }

    /** Starts configuring a service. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Places an order.
     *
     * @return the order, and whether it repeated an earlier placement with the same key
     * @throws ValidationFailedException if the command breaks any rule (nothing is stored)
     * @throws IdempotencyConflictException if the key was used before with other content
     * @throws DuplicateOrderIdException if the order id is taken by another placement
     */
    public PlacementResult place(PlaceOrder command) {
        Validation.requireValid(command, command == null ? List.of() : PlacementRules.check(command));
        String fingerprint = Fingerprint.of(command);
        Optional<PlacementResult> earlier = earlierPlacement(command, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OrderRef ref = new OrderRef(command.tenantId(), command.orderId());
        if (repository.find(command.tenantId(), command.orderId()).isPresent()) {
            throw new DuplicateOrderIdException(ref);
        }
        Instant now = clock.instant();
        PriceBreakdown price = pricing.price(pricingRequest(command, now));
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = byType.get(command.type());
        OrderEvent.Placed placed = new OrderEvent.Placed(ref, 1, now, command.type(), lifecycle.name(),
                command.channel(), command.customer(), command.lines(), command.orderDiscounts(), price,
                command.paymentMethod(), command.shipping(), command.paymentTerms(), command.promisedDate(),
                command.productionStages(), command.notes(), command.idempotencyKey(), fingerprint,
                probableDuplicate(command, now), lifecycle.initial());
        Order order = Order.placed(placed);
        try {
            repository.save(order, List.of(placed), 0);
        } catch (IdempotencyConflictException | ConcurrentModificationException raced) {
            // Another thread placed with the same key or id at the same time: answer as if it came first.
            Optional<PlacementResult> winner = earlierPlacement(command, fingerprint);
            if (winner.isPresent()) {
                return winner.get();
            }
            if (raced instanceof ConcurrentModificationException) {
                throw new DuplicateOrderIdException(ref);
            }
            throw raced;
        }
        LOG.debug("placed {} as {} ({})", ref, command.type(), lifecycle.name());
        notifyListeners(order, List.of(placed));
        return new PlacementResult(order, false);
    }

    /**
     * Runs a command against the current version of an order, retrying on a concurrent change
     * (the command is checked again against the newer order each time).
     *
     * @return the order after the command
     * @throws ValidationFailedException if the command breaks any rule
     * @throws OrderNotFoundException if there is no such order in the tenant
     * @throws dev.orderan.core.lifecycle.IllegalTransitionException if the order's status does not
     *         allow the command (or a guard refuses it)
     */
    public Order execute(TenantId tenant, OrderId orderId, OrderCommand command) {
        for (int attempt = 1; ; attempt++) {
            Order current = load(tenant, orderId, command);
            try {
                return decideAndSave(current, command);
            } catch (ConcurrentModificationException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs a command against a specific version of an order, without retrying: fails if the order
     * changed since the caller read it.
     *
     * @throws ConcurrentModificationException if the order is no longer at {@code expectedVersion}
     */
    public Order execute(TenantId tenant, OrderId orderId, long expectedVersion, OrderCommand command) {
        Order current = load(tenant, orderId, command);
        if (current.version() != expectedVersion) {
            throw new ConcurrentModificationException("order " + current.ref(), expectedVersion, current.version());
        }
        return decideAndSave(current, command);
    }

    /** The order with this id in this tenant. */
    public Optional<Order> find(TenantId tenant, OrderId orderId) {
        Objects.requireNonNull(tenant, "tenantId");
        Objects.requireNonNull(orderId, "orderId");
        return repository.find(tenant, orderId);
    }

    /** The order's history of events. */
    public List<OrderEvent> history(TenantId tenant, OrderId orderId) {
        Objects.requireNonNull(tenant, "tenantId");
        Objects.requireNonNull(orderId, "orderId");
        return repository.events(tenant, orderId);
    }

    /** The lifecycle the order follows. */
    public Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycleOf(Order order) {
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = byName.get(order.lifecycle());
        if (lifecycle == null) {
            throw new IllegalStateException("order " + order.ref() + " follows lifecycle '" + order.lifecycle()
                    + "', which this service does not know; register it with Builder.lifecycle(...)");
        }
        return lifecycle;
    }

    /** The triggers the order's current status allows (guards aside). */
    public Set<OrderTrigger> allowedTriggers(Order order) {
        return lifecycleOf(order).allowedTriggers(order.status());
    }

    /** The lifecycle new orders of a type follow. */
    public Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycleFor(OrderType type) {
        return byType.get(type);
    }

    private Order load(TenantId tenant, OrderId orderId, OrderCommand command) {
        List<Violation> ids = new ArrayList<>();
        if (tenant == null) {
            ids.add(new Violation("tenantId", "NotNull", "must not be null"));
        }
        if (orderId == null) {
            ids.add(new Violation("orderId", "NotNull", "must not be null"));
        }
        Validation.requireValid(command, ids);
        Order order = repository.find(tenant, orderId)
                .orElseThrow(() -> new OrderNotFoundException(new OrderRef(tenant, orderId)));
        if (command instanceof OrderCommand.ConfirmPayment p) {
            List<Violation> v = new ArrayList<>();
            if (!p.amount().isIn(order.grandTotal().currency())) {
                v.add(new Violation("amount", "SameCurrency", "must be in "
                        + order.grandTotal().currency().getCurrencyCode() + " like the order"));
            } else if (!p.amount().isPositive()) {
                v.add(new Violation("amount", "Positive", "must be greater than 0"));
            }
            Validation.requireValid(command, v);
        }
        return order;
    }

    private Order decideAndSave(Order current, OrderCommand command) {
        OrderContext ctx = new OrderContext(current, command, clock.instant());
        Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent> transition =
                lifecycleOf(current).fire(current.status(), command.trigger(), ctx);
        List<OrderEvent> events = new ArrayList<>(2);
        dataEvent(ctx).ifPresent(events::add);
        if (transition.emitsEvent()) {
            events.add(transition.createEvent(ctx));
        }
        if (events.isEmpty()) {
            return current;
        }
        Order next = current;
        for (OrderEvent e : events) {
            next = next.apply(e);
        }
        repository.save(next, events, current.version());
        LOG.debug("{}: {} -> {} by {}", current.ref(), current.status(), next.status(), command.trigger());
        notifyListeners(next, events);
        return next;
    }

    private static Optional<OrderEvent> dataEvent(OrderContext ctx) {
        OrderRef ref = ctx.order().ref();
        OrderCommand c = ctx.command();
        Instant at = ctx.now();
        OrderEvent e;
        if (c instanceof OrderCommand.Approve x) {
            e = new OrderEvent.Approved(ref, ctx.nextSequence(), at, x.approvedBy());
        } else if (c instanceof OrderCommand.Reject x) {
            e = new OrderEvent.Rejected(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.ApproveDesign x) {
            e = new OrderEvent.DesignApproved(ref, ctx.nextSequence(), at, x.approvedBy());
        } else if (c instanceof OrderCommand.ReviseDesign x) {
            e = new OrderEvent.DesignRevised(ref, ctx.nextSequence(), at, x.specification());
        } else if (c instanceof OrderCommand.ConfirmPayment x) {
            e = new OrderEvent.PaymentConfirmed(ref, ctx.nextSequence(), at, x.amount(), x.reference());
        } else if (c instanceof OrderCommand.FailPayment x) {
            e = new OrderEvent.PaymentFailed(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.ExpirePayment) {
            e = new OrderEvent.Cancelled(ref, ctx.nextSequence(), at, CancelledBy.SYSTEM, "payment window expired");
        } else if (c instanceof OrderCommand.ForwardToSupplier x) {
            e = new OrderEvent.ForwardedToSupplier(ref, ctx.nextSequence(), at, x.supplier());
        } else if (c instanceof OrderCommand.DeclineBySupplier x) {
            e = new OrderEvent.SupplierDeclined(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.CompleteStage x) {
            e = new OrderEvent.StageCompleted(ref, ctx.nextSequence(), at, x.stage());
        } else if (c instanceof OrderCommand.Ship x) {
            e = new OrderEvent.Shipped(ref, ctx.nextSequence(), at, x.courier(), x.trackingNumber());
        } else if (c instanceof OrderCommand.Deliver x) {
            e = new OrderEvent.Delivered(ref, ctx.nextSequence(), at, x.receivedBy());
        } else if (c instanceof OrderCommand.ReturnToSender x) {
            e = new OrderEvent.DeliveryFailed(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.Cancel x) {
            e = new OrderEvent.Cancelled(ref, ctx.nextSequence(), at, x.by(), x.reason());
        } else if (c instanceof OrderCommand.RequestReturn x) {
            e = new OrderEvent.ReturnRequested(ref, ctx.nextSequence(), at, x.reason());
        } else if (c instanceof OrderCommand.RejectReturn x) {
            e = new OrderEvent.ReturnRejected(ref, ctx.nextSequence(), at, x.reason());
        } else {
            e = null; // the command carries no data; its status change says it all
        }
        return Optional.ofNullable(e);
    }

    private Optional<PlacementResult> earlierPlacement(PlaceOrder command, String fingerprint) {
        return repository.findByIdempotencyKey(command.tenantId(), command.idempotencyKey()).map(existing -> {
            if (!existing.fingerprint().equals(fingerprint)) {
                throw new IdempotencyConflictException(command.idempotencyKey(), existing.id());
            }
            return new PlacementResult(existing, true);
        });
    }

    private Optional<OrderId> probableDuplicate(PlaceOrder command, Instant now) {
        if (duplicateWindow.isZero()) {
            return Optional.empty();
        }
        Map<String, Long> lines = lineSignature(command.lines());
        for (Order recent : repository.findPlacedSince(command.tenantId(), command.customer().id(),
                now.minus(duplicateWindow))) {
            if (recent.status() != OrderStatus.CANCELLED && lineSignature(recent.lines()).equals(lines)) {
                return Optional.of(recent.id());
            }
        }
        return Optional.empty();
    }

    private static Map<String, Long> lineSignature(List<OrderLine> lines) {
        Map<String, Long> quantities = new HashMap<>();
        for (OrderLine l : lines) {
            quantities.merge(l.sku().value(), l.quantity(), Long::sum);
        }
        return quantities;
    }

    private static PricingRequest pricingRequest(PlaceOrder c, Instant now) {
        List<PricingRequest.Line> lines = new ArrayList<>(c.lines().size());
        for (OrderLine l : c.lines()) {
            lines.add(new PricingRequest.Line(l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.taxCategory()));
        }
        Money shipping = c.shipping().fee();
        // Channel and customer let channel prices, promotions and per-customer voucher limits apply.
        PricingContext context = PricingContext.builder()
                .channel(c.channel().name().toLowerCase(java.util.Locale.ROOT)).customer(c.customer().id()).build();
        return new PricingRequest(c.lines().get(0).unitPrice().currency(), lines, c.orderDiscounts(), shipping, now,
                context);
    }

    private void notifyListeners(Order order, List<OrderEvent> events) {
        RuntimeException first = null;
        for (OrderEventListener listener : listeners) {
            try {
                listener.onEvents(order, events);
            } catch (RuntimeException e) {
                LOG.warn("order event listener failed for {}", order.ref(), e);
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Configures an {@link OrderService}. */
    public static final class Builder {
        private OrderRepository repository;
        private Clock clock = Clock.systemUTC();
        private PricingStep pricing = PricingEngine.standard();
        private Duration duplicateWindow = Duration.ofMinutes(10);
        private final Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> lifecycles =
                new EnumMap<>(OrderType.class);
        private final List<OrderEventListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Where orders are stored (required). */
        public Builder repository(OrderRepository value) {
            this.repository = Objects.requireNonNull(value, "repository");
            return this;
        }

        /** The clock for every timestamp; defaults to UTC system time. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How placements are priced; defaults to {@link PricingEngine#standard()} (PPN, whole rupiah). */
        public Builder pricing(PricingStep value) {
            this.pricing = Objects.requireNonNull(value, "pricing");
            return this;
        }

        /**
         * How far back to look for a probable duplicate (same customer, same SKUs and quantities);
         * {@link Duration#ZERO} turns the check off. Defaults to 10 minutes. Duplicates are flagged
         * on the order, never rejected.
         */
        public Builder duplicateWindow(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("duplicateWindow: must be zero or positive");
            }
            this.duplicateWindow = value;
            return this;
        }

        /** Uses a lifecycle of the host's own for new orders of a type. */
        public Builder lifecycle(OrderType type, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> value) {
            this.lifecycles.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(value, "lifecycle"));
            return this;
        }

        /** Adds a listener told about new events after each save. */
        public Builder listener(OrderEventListener value) {
            this.listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** The service. */
        public OrderService build() {
            return new OrderService(this);
        }
    }
}
