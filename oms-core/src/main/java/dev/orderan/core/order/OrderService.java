package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.pricing.InMemoryVoucherRedemptions;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PricingContext;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.pricing.PricingStep;
import dev.orderan.core.pricing.VoucherRedemptions;
import dev.orderan.core.pricing.VoucherUse;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.DuplicateCommandException;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.core.store.ProcessedCommands;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.UnitOfWork;
import dev.orderan.core.store.Versioned;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.validation.Validation;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Validators;
import dev.orderan.core.validation.Violation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for orders: places them and runs commands against them. For every command it
 * validates (a rejected command throws one exception listing every violation and changes
 * nothing), loads the order in a transaction of the order's tenant, lets the {@link OrderDecider}
 * decide the events, saves state and events, records the command id, redeems vouchers and runs the
 * {@link OrderStep}s — all in that one transaction, so they commit together or not at all. Events
 * reach brokers and process steps through the store's outbox. Thread-safe.
 *
 * <p>Repeats: a placement is carried out once per idempotency key; other commands once per command
 * id ({@link CommandMetadata}) or natural key (payment reference, tracking number, refund id). A
 * repeat returns the first result; a repeat with other content throws
 * {@link IdempotencyConflictException}.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * OrderService orders = OrderService.builder().store(store).clock(clock).build();
 * Order order = orders.place(placeOrder).order();
 * order = orders.execute(order.tenantId(), order.id(), new OrderCommand.ConfirmPayment(order.amountDue(), "VA-123"));
 * }</pre>
 */
public final class OrderService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);
    private static final int MAX_ATTEMPTS = 3;

    private final UnitOfWork unitOfWork;
    private final OrderStore orders;
    private final ProcessedCommands processed;
    private final Optional<VoucherRedemptions> vouchers;
    private final Clock clock;
    private final PricingStep pricing;
    private final Validation validation;
    private final boolean precheck;
    private final PaymentWindows paymentWindows;
    private final Duration duplicateWindow;
    private final Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> byType;
    private final OrderDecider decider;
    private final List<OrderStep> steps;
    private final EventIds eventIds;

    private OrderService(Builder b) {
        this.unitOfWork = Objects.requireNonNull(b.unitOfWork, "unitOfWork (or store)");
        this.orders = Objects.requireNonNull(b.orders, "orders (or store)");
        this.processed = Objects.requireNonNull(b.processed, "processedCommands (or store)");
        this.vouchers = Optional.ofNullable(b.vouchers);
        this.clock = b.clock;
        this.pricing = b.pricing;
        this.validation = Validation.with(b.validator != null ? b.validator : Validators.createDefault());
        this.precheck = b.precheck;
        this.paymentWindows = b.paymentWindows;
        this.duplicateWindow = b.duplicateWindow;
        EnumMap<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> types =
                new EnumMap<>(OrderLifecycles.builtIn());
        types.putAll(b.lifecycles);
        this.byType = Collections.unmodifiableMap(types);
        Map<String, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> names = new HashMap<>();
        OrderLifecycles.builtIn().values().forEach(l -> names.put(l.name(), l));
        types.values().forEach(l -> names.put(l.name(), l));
        this.decider = new OrderDecider(names);
        this.steps = List.copyOf(b.steps);
        this.eventIds = b.eventIds;
    }

    /** Starts configuring a service. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ placement

    /** Places an order; see {@link #place(PlaceOrder, CommandMetadata)}. */
    public PlacementResult place(PlaceOrder command) {
        return place(command, CommandMetadata.none());
    }

    /**
     * Places an order in a transaction of its own.
     *
     * @return the order, and whether it repeated an earlier placement with the same key
     * @throws ValidationFailedException if the command breaks any rule (nothing is stored)
     * @throws IdempotencyConflictException if the key was used before with other content
     * @throws DuplicateOrderIdException if the order id is taken by another placement
     * @throws VoucherNotAppliedException if a voucher code entered does not apply
     * @throws dev.orderan.core.pricing.InvalidPricingRequestException if the order cannot be priced
     */
    public PlacementResult place(PlaceOrder command, CommandMetadata metadata) {
        Prepared p = prepare(command, metadata);
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(command.tenantId(), tx -> place(tx, p));
            } catch (DuplicateCommandException | ConcurrentModificationException raced) {
                // Another placement with the same key or id committed first: decide again against it.
                if (attempt >= MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Places an order inside a transaction the caller opened (to reserve stock in the same
     * transaction, say). The transaction must belong to the order's tenant.
     */
    public PlacementResult place(Transaction tx, PlaceOrder command, CommandMetadata metadata) {
        Prepared p = prepare(command, metadata);
        if (!tx.tenant().equals(command.tenantId())) {
            throw new IllegalArgumentException("tx: a transaction of " + tx.tenant() + " cannot place an order of "
                    + command.tenantId());
        }
        return place(tx, p);
    }

    private record Prepared(PlaceOrder command, CommandMetadata metadata, String key, String fingerprint,
                            PriceBreakdown price, Instant now) {
    }

    private Prepared prepare(PlaceOrder command, CommandMetadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Violation> rules = command == null ? List.of() : PlacementRules.check(command, today);
        List<Violation> all = precheck && PlacementPrecheck.certainlyValid(command) ? new ArrayList<>(rules.size())
                : new ArrayList<>(validation.violationsOf(command));
        all.addAll(rules);
        if (command != null && command.customer() != null && command.customer().shippingAddress() != null
                && command.customer().shippingAddress().equals(command.customer().billingAddress())) {
            // One address given twice is reported once, at the shipping address.
            all.removeIf(v -> v.path().startsWith("customer.billingAddress"));
        }
        Validation.requireNone(command, all);
        PriceBreakdown price = pricing.price(pricingRequest(command, now));
        for (VoucherUse use : price.voucherUses()) {
            if (!use.applied()) {
                throw new VoucherNotAppliedException(use.code(), use.reason());
            }
        }
        return new Prepared(command, metadata, AggregateIds.of("placement", command.idempotencyKey()),
                Fingerprint.of(command), price, now);
    }

    private PlacementResult place(Transaction tx, Prepared p) {
        PlaceOrder command = p.command();
        Optional<ProcessedCommand> earlier = processed.find(tx, p.key());
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(p.fingerprint())) {
                throw new IdempotencyConflictException(command.idempotencyKey(),
                        OrderId.of(earlier.get().aggregateId()));
            }
            return new PlacementResult(firstResult(tx, earlier.get()), true);
        }
        if (orders.load(tx, command.orderId().value()).isPresent()) {
            throw new DuplicateOrderIdException(new OrderRef(command.tenantId(), command.orderId()));
        }
        Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycle = byType.get(command.type());
        OrderDecider.Decision d = decider.place(new OrderDecider.Placement(command, p.price(), lifecycle,
                paymentWindows.deadline(command.paymentMethod(), p.now()), probableDuplicate(tx, command, p.now())),
                p.now());
        Order order = d.order();
        List<EventEnvelope<OrderEvent>> envelopes = envelopes(d.events(), p.metadata(), Optional.of(p.key()));
        orders.save(tx, command.orderId().value(), 0, order, envelopes);
        processed.record(tx, new ProcessedCommand(p.key(), p.fingerprint(), OrderEvent.AGGREGATE_TYPE,
                command.orderId().value(), order.version(), p.now()));
        for (VoucherUse use : p.price().voucherUses()) {
            VoucherRedemptions redemptions = vouchers.orElseThrow(() -> new IllegalStateException(
                    "voucher " + use.code() + " applied but the service has no voucherRedemptions store"));
            if (!redemptions.redeem(tx, use.code(), command.customer().id(), command.orderId().value(),
                    use.totalLimit(), use.perCustomerLimit())) {
                throw new VoucherNotAppliedException(use.code(), dev.orderan.core.pricing.DiscountOutcome.Reason
                        .VOUCHER_USAGE_LIMIT_REACHED);
            }
        }
        for (OrderStep step : steps) {
            step.apply(tx, Optional.empty(), order, envelopes);
        }
        LOG.debug("placed {} as {} ({})", order.ref(), command.type(), lifecycle.name());
        return new PlacementResult(order, false);
    }

    // ------------------------------------------------------------------ commands

    /**
     * Runs a command against the current version of an order, retrying on a concurrent change (the
     * command is decided again against the newer order each time).
     *
     * @return the order after the command (after the first one, for a repeat)
     * @throws ValidationFailedException if the command breaks any rule
     * @throws OrderNotFoundException if there is no such order in the tenant
     * @throws IllegalTransitionException if the order's status does not allow the command, or a
     *     guard refuses it (with the figures involved)
     */
    public Order execute(TenantId tenant, OrderId orderId, OrderCommand command) {
        return handle(tenant, orderId, command, CommandMetadata.none()).order();
    }

    /** Runs a command with the caller's command id and correlation; see {@link #execute(TenantId, OrderId, OrderCommand)}. */
    public Order execute(TenantId tenant, OrderId orderId, OrderCommand command, CommandMetadata metadata) {
        return handle(tenant, orderId, command, metadata).order();
    }

    /**
     * Runs a command against a specific version of an order, without retrying: fails if the order
     * changed since the caller read it.
     *
     * @throws ConcurrentModificationException if the order is no longer at {@code expectedVersion}
     */
    public Order execute(TenantId tenant, OrderId orderId, long expectedVersion, OrderCommand command) {
        requireIds(tenant, orderId);
        return unitOfWork.inTransaction(tenant, tx -> run(tx, orderId, command, CommandMetadata.none(),
                expectedVersion)).order();
    }

    /** Runs a command and reports what it did: the order, the events, whether it was a repeat. */
    public CommandResult handle(TenantId tenant, OrderId orderId, OrderCommand command, CommandMetadata metadata) {
        requireIds(tenant, orderId);
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(tenant, tx -> run(tx, orderId, command, metadata, -1));
            } catch (ConcurrentModificationException | DuplicateCommandException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Runs a command inside a transaction the caller opened (of the order's tenant). */
    public CommandResult handle(Transaction tx, OrderId orderId, OrderCommand command, CommandMetadata metadata) {
        requireIds(tx.tenant(), orderId);
        return run(tx, orderId, command, metadata, -1);
    }

    private CommandResult run(Transaction tx, OrderId orderId, OrderCommand command, CommandMetadata metadata,
            long expectedVersion) {
        Objects.requireNonNull(metadata, "metadata");
        if (command == null) {
            throw Validation.failure("OrderCommand", "", "NotNull", "must not be null");
        }
        Versioned<Order> stored = orders.load(tx, orderId.value())
                .orElseThrow(() -> new OrderNotFoundException(new OrderRef(tx.tenant(), orderId)));
        Order current = stored.state();
        Validation.requireNone(command, OrderCommands.violations(command, current.price()));
        Optional<String> key = metadata.commandId().map(id -> AggregateIds.of("command", id))
                .or(() -> OrderCommands.naturalKey(command).map(k -> AggregateIds.of("order", orderId.value(), k)));
        String fingerprint = key.isPresent() ? OrderCommands.fingerprint(command) : "";
        if (key.isPresent()) {
            Optional<ProcessedCommand> earlier = processed.find(tx, key.get());
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)
                        || !earlier.get().aggregateId().equals(orderId.value())) {
                    throw new IdempotencyConflictException(key.get(), OrderId.of(earlier.get().aggregateId()));
                }
                return new CommandResult(firstResult(tx, earlier.get()), List.of(), true);
            }
        }
        if (expectedVersion >= 0 && current.version() != expectedVersion) {
            throw new ConcurrentModificationException("order " + current.ref(), expectedVersion, current.version());
        }
        Instant now = clock.instant();
        OrderDecider.Decision d = decider.decide(current, command, now);
        if (d.events().isEmpty()) {
            return new CommandResult(current, List.of(), false);
        }
        Order next = d.order();
        List<EventEnvelope<OrderEvent>> envelopes = envelopes(d.events(), metadata, key);
        orders.save(tx, orderId.value(), current.version(), next, envelopes);
        if (key.isPresent()) {
            processed.record(tx, new ProcessedCommand(key.get(), fingerprint, OrderEvent.AGGREGATE_TYPE,
                    orderId.value(), next.version(), now));
        }
        for (OrderStep step : steps) {
            step.apply(tx, Optional.of(current), next, envelopes);
        }
        LOG.debug("{}: {} -> {} by {}", current.ref(), current.status(), next.status(), command.trigger());
        return new CommandResult(next, envelopes, false);
    }

    /** The order as it was right after an earlier command: its history up to that version. */
    private Order firstResult(Transaction tx, ProcessedCommand earlier) {
        Order current = orders.load(tx, earlier.aggregateId()).orElseThrow(
                () -> new OrderNotFoundException(new OrderRef(tx.tenant(), OrderId.of(earlier.aggregateId())))).state();
        if (current.version() == earlier.version()) {
            return current;
        }
        List<OrderEvent> history = new ArrayList<>();
        for (EventEnvelope<OrderEvent> e : orders.events(tx, earlier.aggregateId())) {
            if (e.sequence() <= earlier.version()) {
                history.add(e.event());
            }
        }
        return Order.replay(history, current.personalData());
    }

    private List<EventEnvelope<OrderEvent>> envelopes(List<OrderEvent> events, CommandMetadata metadata,
            Optional<String> key) {
        List<EventEnvelope<OrderEvent>> out = new ArrayList<>(events.size());
        String correlation = null;
        Optional<String> commandId = metadata.commandId().or(() -> key);
        for (OrderEvent e : events) {
            java.util.UUID id = eventIds.next(e.occurredAt());
            if (correlation == null) {
                correlation = metadata.correlationId().or(() -> commandId).orElse(id.toString());
            }
            out.add(new EventEnvelope<>(id, e, new EventMetadata(commandId, correlation,
                    metadata.causationId().or(() -> commandId))));
        }
        return out;
    }

    // ------------------------------------------------------------------ sweeping and erasure

    /**
     * Expires the tenant's orders whose payment window has closed (at most {@code limit}): the
     * sweeper a host calls on a schedule. Each expiry is its own command; an order paid meanwhile is
     * skipped.
     *
     * @return the orders expired
     */
    public List<Order> expireOverdue(TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        Instant now = clock.instant();
        List<OrderId> ids = unitOfWork.inTransaction(tenant, tx -> orders.paymentOverdue(tx, now, limit));
        List<Order> expired = new ArrayList<>(ids.size());
        for (OrderId id : ids) {
            try {
                expired.add(execute(tenant, id, new OrderCommand.ExpirePayment()));
            } catch (IllegalTransitionException paidMeanwhile) {
                LOG.debug("{} was not expired: {}", id, paidMeanwhile.getMessage());
            }
        }
        return expired;
    }

    /** Erases the customer's personal data from an order (name, contacts, street, notes, recipient). */
    public Order erasePersonalData(TenantId tenant, OrderId orderId) {
        return execute(tenant, orderId, new OrderCommand.ErasePersonalData());
    }

    // ------------------------------------------------------------------ queries

    /** The order with this id in this tenant. */
    public Optional<Order> find(TenantId tenant, OrderId orderId) {
        requireIds(tenant, orderId);
        return unitOfWork.inTransaction(tenant, tx -> orders.load(tx, orderId.value()).map(Versioned::state));
    }

    /** The order's history of events, with their ids and metadata. */
    public List<EventEnvelope<OrderEvent>> history(TenantId tenant, OrderId orderId) {
        requireIds(tenant, orderId);
        return unitOfWork.inTransaction(tenant, tx -> orders.events(tx, orderId.value()));
    }

    /** The lifecycle the order follows. */
    public Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycleOf(Order order) {
        return decider.lifecycleOf(order);
    }

    /** The triggers the order's current status allows (guards aside). */
    public Set<OrderTrigger> allowedTriggers(Order order) {
        return lifecycleOf(order).allowedTriggers(order.status());
    }

    /** The lifecycle new orders of a type follow. */
    public Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> lifecycleFor(OrderType type) {
        return byType.get(type);
    }

    /** The decider this service uses. */
    public OrderDecider decider() {
        return decider;
    }

    private static void requireIds(TenantId tenant, OrderId orderId) {
        List<Violation> v = new ArrayList<>(2);
        if (tenant == null) {
            v.add(new Violation("tenantId", "NotNull", "must not be null"));
        }
        if (orderId == null) {
            v.add(new Violation("orderId", "NotNull", "must not be null"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("OrderCommand", v);
        }
    }

    private Optional<OrderId> probableDuplicate(Transaction tx, PlaceOrder command, Instant now) {
        if (duplicateWindow.isZero()) {
            return Optional.empty();
        }
        Map<String, Long> lines = lineSignature(command.lines());
        for (Order recent : orders.placedSince(tx, command.customer().id(), now.minus(duplicateWindow))) {
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
            lines.add(new PricingRequest.Line(l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.taxCategory(),
                    l.category()));
        }
        PricingContext.Builder context = PricingContext.builder()
                .channel(c.channel().name().toLowerCase(Locale.ROOT))
                .customer(c.customer().id())
                .priceMode(c.priceMode())
                .destination("ID-" + c.customer().shippingAddress().postalCode());
        c.customerGroups().forEach(context::customerGroup);
        c.account().ifPresent(context::company);
        c.voucherCodes().forEach(context::voucher);
        return new PricingRequest(c.lines().get(0).unitPrice().currency(), lines, c.orderDiscounts(),
                c.shipping().fee(), now, context.build());
    }

    /** Configures an {@link OrderService}. */
    public static final class Builder {
        private UnitOfWork unitOfWork;
        private OrderStore orders;
        private ProcessedCommands processed;
        private VoucherRedemptions vouchers;
        private Clock clock = Clock.systemUTC();
        private PricingStep pricing = PricingEngine.standard();
        private Validator validator;
        private boolean precheck = true;
        private PaymentWindows paymentWindows = PaymentWindows.indonesianDefaults();
        private Duration duplicateWindow = Duration.ofMinutes(10);
        private final Map<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> lifecycles =
                new EnumMap<>(OrderType.class);
        private final List<OrderStep> steps = new ArrayList<>();
        private EventIds eventIds = EventIds.TIME_ORDERED;

        private Builder() {
        }

        /**
         * Keeps orders, processed command ids, voucher redemptions and the outbox in an in-memory
         * store (sets the unit of work and the three stores). Voucher redemptions are the store's
         * one {@link InMemoryVoucherRedemptions#of(InMemoryStore)}: give a pricing engine its
         * {@code usage(tenant)} so quotes see the same counts.
         */
        public Builder store(InMemoryStore store) {
            Objects.requireNonNull(store, "store");
            this.unitOfWork = store;
            this.orders = new InMemoryOrderStore(store);
            this.processed = store.processedCommands();
            this.vouchers = InMemoryVoucherRedemptions.of(store);
            return this;
        }

        /** The transaction boundary (required unless {@link #store(InMemoryStore)} is used). */
        public Builder unitOfWork(UnitOfWork value) {
            this.unitOfWork = Objects.requireNonNull(value, "unitOfWork");
            return this;
        }

        /** Where orders are stored (required unless {@link #store(InMemoryStore)} is used). */
        public Builder orders(OrderStore value) {
            this.orders = Objects.requireNonNull(value, "orders");
            return this;
        }

        /** Where processed command ids are kept (required unless {@link #store(InMemoryStore)} is used). */
        public Builder processedCommands(ProcessedCommands value) {
            this.processed = Objects.requireNonNull(value, "processedCommands");
            return this;
        }

        /** Where voucher redemptions are recorded; needed when placements use vouchers. */
        public Builder voucherRedemptions(VoucherRedemptions value) {
            this.vouchers = Objects.requireNonNull(value, "voucherRedemptions");
            return this;
        }

        /** The clock for every timestamp, and its zone for calendar dates; defaults to UTC system time. */
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
         * The Jakarta validator for placements. Build one per application and share it; when none is
         * given, the service builds one from the default provider ({@link Validators#createDefault()}).
         *
         * <p>A placement that a quick built-in check proves to meet every constraint Orderan declares
         * does not go through the validator (reflective validation is most of the cost of a
         * checkout); any other placement does, so the violations reported are always the
         * validator's. If your validator adds constraints of its own to Orderan's types (through a
         * constraint mapping), call {@link #alwaysValidate()} as well.
         */
        public Builder validator(Validator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /** Runs the validator on every placement, also those the built-in check proves valid. */
        public Builder alwaysValidate() {
            this.precheck = false;
            return this;
        }

        /** How long customers have to pay, by method (default {@link PaymentWindows#indonesianDefaults()}). */
        public Builder paymentWindows(PaymentWindows value) {
            this.paymentWindows = Objects.requireNonNull(value, "paymentWindows");
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

        /** Adds a step run inside every order transaction, after the save (stock, say). */
        public Builder step(OrderStep value) {
            this.steps.add(Objects.requireNonNull(value, "step"));
            return this;
        }

        /** How event ids are made (default time-ordered UUIDs). */
        public Builder eventIds(EventIds value) {
            this.eventIds = Objects.requireNonNull(value, "eventIds");
            return this;
        }

        /** The service. */
        public OrderService build() {
            return new OrderService(this);
        }
    }
}
