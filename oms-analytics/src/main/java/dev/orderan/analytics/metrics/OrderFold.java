package dev.orderan.analytics.metrics;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Currencies;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.tax.TaxRate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What analytics keeps of one order: built by folding the order's published events (the stable
 * event schema, without the aggregate and without personal data), or read from an order's state.
 * Together with {@link OrderFacts} it is the only code of this module that knows the order model.
 *
 * <p>Payment: the order is paid when the money received and not paid back first covers what the
 * order costs (the grand total less the units refunded), at any status but cancelled, so cash on
 * delivery and invoices have a payment time like prepaid orders. A payment that arrives after the
 * payment window of an order still waiting for it does not count: the order expires with it and the
 * money is due back. An order with nothing to pay counts as paid when it moves past "awaiting
 * payment". The order's state keeps no payment times, so read from state only orders whose
 * payment moved them out of "awaiting payment" have one.
 */
final class OrderFold {

    private static final String UNCATEGORISED = "uncategorised";
    private static final Set<OrderStatus> AWAITING_PAYMENT =
            EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED);
    private static final Set<OrderStatus> STATUS_AFTER_PAYMENT =
            EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.AWAITING_SUPPLY, OrderStatus.IN_PRODUCTION);

    /** A placed line as analytics needs it. */
    private record PlacedLine(Sku sku, String productName, Optional<String> category) {
    }

    private final String orderId;
    private final String customerId;
    private final String channel;
    private final String paymentMethod;
    private final PriceBreakdown price;
    private final List<PlacedLine> lines;
    private final boolean ships;
    private final int etaDays;
    private final Instant placedAt;
    private final Map<OrderStatus, Instant> reached = new EnumMap<>(OrderStatus.class);
    private final long[] refundedUnits;
    private final long[] refundedGoods;
    private long version;
    private OrderStatus status;
    private Optional<String> cancelledBy = Optional.empty();
    private Optional<String> returnReason = Optional.empty();
    private Optional<String> courier = Optional.empty();
    private Optional<Instant> paymentDeadline = Optional.empty();
    private Optional<Instant> paidAt = Optional.empty();
    private long netReceived;
    private long refundedUnitsValue;

    private OrderFold(String orderId, String customerId, String channel, String paymentMethod, PriceBreakdown price,
            List<PlacedLine> lines, boolean ships, int etaDays, Instant placedAt, OrderStatus status, long version) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.channel = channel;
        this.paymentMethod = paymentMethod;
        this.price = price;
        this.lines = List.copyOf(lines);
        this.ships = ships;
        this.etaDays = etaDays;
        this.placedAt = placedAt;
        this.status = status;
        this.version = version;
        this.refundedUnits = new long[lines.size()];
        this.refundedGoods = new long[lines.size()];
    }

    // ------------------------------------------------------------------ from events

    /**
     * The fold of an order's placement.
     *
     * @throws IllegalArgumentException if the placement is not the first event or its price is inconsistent
     */
    static OrderFold placed(OrderEvent.Placed e) {
        if (e.sequence() != 1) {
            throw new IllegalArgumentException("the placement has sequence " + e.sequence() + ", not 1");
        }
        List<PlacedLine> lines = new ArrayList<>(e.lines().size());
        for (OrderEvent.PlacedLine l : e.lines()) {
            lines.add(new PlacedLine(l.sku(), l.productName(),
                    l.category().isBlank() ? Optional.empty() : Optional.of(l.category())));
        }
        OrderFold f = new OrderFold(e.orderId().value(), e.customerId().value(), e.channel().name(),
                e.paymentMethod().name(), breakdown(e.price(), e.lines()), lines,
                e.shipping().serviceLevel() != ServiceLevel.NONE, e.shipping().etaDays(), e.occurredAt(),
                e.initialStatus(), 1);
        f.reached.put(e.initialStatus(), e.occurredAt());
        return f;
    }

    /** The placement's price as the pricing engine computed it (discount explanations aside). */
    private static PriceBreakdown breakdown(OrderEvent.PriceData p, List<OrderEvent.PlacedLine> placed) {
        if (p.lines().size() != placed.size()) {
            throw new IllegalArgumentException("the price has " + p.lines().size() + " lines for " + placed.size()
                    + " placed lines");
        }
        List<PriceBreakdown.SnapshotLine> lines = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            OrderEvent.PriceLine l = p.lines().get(i);
            TaxRate rate = new TaxRate(l.taxRateCode(), l.taxBaseNumerator(), l.taxBaseDenominator(),
                    l.taxRateNumerator(), l.taxRateDenominator());
            lines.add(new PriceBreakdown.SnapshotLine(placed.get(i).sku(), placed.get(i).taxCategory(), rate,
                    l.priceSource(), l.unitPriceMinor(), l.requestedUnitPriceMinor(), l.quantity(), l.discountMinor(),
                    l.shippingMinor(), l.taxMinor()));
        }
        return PriceBreakdown.restore(new PriceBreakdown.Snapshot(Currencies.of(p.currency()), p.priceMode(),
                p.amountStep(), p.taxStep(), p.shippingFeeMinor(), p.shippingDiscountMinor(), lines, List.of(),
                p.shippingTaxed(), List.of()));
    }

    /**
     * Folds the order's next event in.
     *
     * @throws IllegalArgumentException if the event does not follow the last one folded in
     */
    void apply(OrderEvent event) {
        if (event.sequence() != version + 1) {
            throw new IllegalArgumentException("event " + event.type() + " has sequence " + event.sequence()
                    + " where " + (version + 1) + " was expected");
        }
        version = event.sequence();
        Instant now = event.occurredAt();
        if (event instanceof OrderEvent.StatusChanged e) {
            if (paidAt.isEmpty() && AWAITING_PAYMENT.contains(e.from()) && STATUS_AFTER_PAYMENT.contains(e.to())) {
                paidAt = Optional.of(now); // nothing to pay: it moved on without a payment
            }
            status = e.to();
            reached.putIfAbsent(e.to(), now);
        } else if (event instanceof OrderEvent.PaymentDeadlineSet e) {
            paymentDeadline = Optional.of(e.deadline());
        } else if (event instanceof OrderEvent.PaymentReceived e) {
            boolean late = AWAITING_PAYMENT.contains(status) && paymentDeadline.filter(now::isAfter).isPresent();
            netReceived = Math.addExact(netReceived, e.amount().minor());
            if (paidAt.isEmpty() && !late && status != OrderStatus.CANCELLED
                    && netReceived >= price.grandTotalMinor() - refundedUnitsValue) {
                paidAt = Optional.of(now);
            }
        } else if (event instanceof OrderEvent.Refunded e) {
            netReceived = Math.subtractExact(netReceived, e.amount().minor());
            refundedUnitsValue = Math.addExact(refundedUnitsValue, e.amount().minor() - e.excess().minor());
            for (OrderEvent.RefundedUnits run : e.units()) {
                for (long k = 0; k < run.count(); k++) {
                    refundUnit(run.lineIndex(), run.fromUnit() + k);
                }
            }
        } else if (event instanceof OrderEvent.Shipped e) {
            courier = Optional.of(e.courier());
        } else if (event instanceof OrderEvent.Cancelled e) {
            cancelledBy = Optional.of(e.by().name());
        } else if (event instanceof OrderEvent.Rejected || event instanceof OrderEvent.SupplierDeclined) {
            cancelledBy = Optional.of("SELLER");
        } else if (event instanceof OrderEvent.ReturnRequested e) {
            returnReason = Optional.of(e.reason());
        } else if (event instanceof OrderEvent.Placed) {
            throw new IllegalArgumentException("the order is placed a second time at sequence " + event.sequence());
        }
        // Every other event (approvals, design, supplier, stages, delivery, failures, erasure) either
        // changes nothing analytics reports or is followed by the status change that says it.
    }

    private void refundUnit(int line, long unit) {
        PriceBreakdown.UnitPrice u = price.unit(line, unit);
        refundedUnits[line]++;
        refundedGoods[line] = Math.addExact(refundedGoods[line], u.paid().minor() - u.shipping().minor());
    }

    // ------------------------------------------------------------------ from state

    /** The same, read from an order's current state (payment times only where the status shows them). */
    static OrderFold of(Order order) {
        List<PlacedLine> lines = new ArrayList<>(order.lines().size());
        for (OrderLine l : order.lines()) {
            lines.add(new PlacedLine(l.sku(), l.productName(), l.category()));
        }
        OrderFold f = new OrderFold(order.id().value(), order.customerId().value(), order.channel().name(),
                order.paymentMethod().name(), order.price(), lines,
                order.shipping().serviceLevel() != ServiceLevel.NONE, order.shipping().etaDays(), order.placedAt(),
                order.status(), order.version());
        f.reached.putAll(order.statusTimestamps());
        f.cancelledBy = order.cancelledBy().map(Enum::name);
        f.returnReason = order.lastProblem();
        f.courier = order.courier();
        for (UnitRef u : order.refundedUnits()) {
            f.refundedUnitsValue = Math.addExact(f.refundedUnitsValue, order.price().paidMinor(u.lineIndex(), u.unitIndex()));
            f.refundUnit(u.lineIndex(), u.unitIndex());
        }
        if (f.reached.containsKey(OrderStatus.AWAITING_PAYMENT)) {
            f.paidAt = f.reached.entrySet().stream().filter(e -> STATUS_AFTER_PAYMENT.contains(e.getKey()))
                    .map(Map.Entry::getValue).min(Instant::compareTo);
        }
        return f;
    }

    // ------------------------------------------------------------------ the fact

    /** The order's id. */
    String orderId() {
        return orderId;
    }

    /**
     * The analytic record of the order as folded so far.
     *
     * @param extra what the host knows about the order
     * @param categories the host's catalogue, for lines placed without a category
     * @param zone the calendar of the default on-time deadline
     */
    OrderFact toFact(OrderExtras extra, Function<Sku, Optional<String>> categories, ZoneId zone) {
        Optional<Instant> shipped = Optional.ofNullable(reached.get(OrderStatus.SHIPPED));
        Optional<Instant> due = extra.deliveryDueBy();
        if (due.isEmpty() && shipped.isPresent() && ships) {
            due = Optional.of(shipped.get().atZone(zone).toLocalDate().plusDays(etaDays + 1L).atStartOfDay(zone)
                    .toInstant());
        }
        boolean cancelled = status == OrderStatus.CANCELLED;
        OrderFact.Timeline timeline = new OrderFact.Timeline(placedAt, paidAt,
                Optional.ofNullable(reached.get(OrderStatus.PACKED)), shipped,
                Optional.ofNullable(reached.get(OrderStatus.DELIVERED)),
                cancelled ? Optional.ofNullable(reached.get(OrderStatus.CANCELLED)) : Optional.empty(), due);

        boolean requested = reached.containsKey(OrderStatus.RETURN_REQUESTED);
        Optional<OrderFact.Return> returned = Optional.empty();
        if (requested && (status == OrderStatus.RETURN_REQUESTED || status == OrderStatus.RETURNED)) {
            String reason = extra.returnReasonCode().or(() -> returnReason).orElse("unspecified");
            returned = Optional.of(new OrderFact.Return(reached.get(OrderStatus.RETURN_REQUESTED), reason,
                    status == OrderStatus.RETURNED ? Optional.ofNullable(reached.get(OrderStatus.RETURNED))
                            : Optional.empty()));
        }
        boolean deliveryFailed = !requested && status == OrderStatus.RETURNED;

        List<PriceBreakdown.LinePrice> priced = price.lines();
        List<OrderFact.Line> factLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PlacedLine l = lines.get(i);
            String category = l.category()
                    .or(() -> Objects.requireNonNullElse(categories.apply(l.sku()), Optional.<String>empty()))
                    .orElse(UNCATEGORISED);
            PriceBreakdown.LinePrice lp = priced.get(i);
            factLines.add(new OrderFact.Line(l.sku().value(), l.productName(), category, lp.quantity(),
                    lp.total().minor(), refundedUnits[i], refundedGoods[i]));
        }
        return new OrderFact(orderId, customerId, channel, extra.source(), paymentMethod, price.currency(),
                price.grandTotalMinor(), price.shippingFee().minor(), refundedUnitsValue, extra.shippingCostMinor(),
                courier, timeline, factLines, cancelled ? cancelledBy : Optional.empty(), returned, deliveryFailed,
                extra.addressCorrected(), extra.wrongItem());
    }
}
