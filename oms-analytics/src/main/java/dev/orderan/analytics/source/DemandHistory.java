package dev.orderan.analytics.source;

import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Granularity;
import dev.orderan.analytics.replenishment.PromiseDates;
import dev.orderan.analytics.replenishment.StockPosition;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads demand and stock from Orderan through its public API and turns them into plain
 * {@link DemandSeries}, {@link StockPosition}s and available-to-promise steps. This is the only
 * class of forecasting and replenishment that knows Orderan's orders, events and ledger.
 *
 * <p>Demand is counted in units of goods lines (service lines hold no stock), in the period of the
 * day it happened in the given time zone, from {@code from} to {@code to} inclusive, with zeros for
 * periods without demand:
 * <ul>
 * <li>from orders and order events: when the order was placed, at the SKU over all locations;
 * cancelled orders are left out (a shop that wants lost demand counted can pass them separately);</li>
 * <li>from the stock ledger: sale movements (stock that left sold) per SKU and location, when they
 * were booked; returns are not netted off.</li>
 * </ul>
 */
public final class DemandHistory {

    private DemandHistory() {
    }

    /** Demand per SKU (over all locations) from placed orders; cancelled orders are left out. */
    public static List<DemandSeries> fromOrders(Collection<Order> orders, Granularity granularity, ZoneId zone,
            LocalDate from, LocalDate to) {
        Objects.requireNonNull(orders, "orders");
        Buckets b = new Buckets(granularity, zone, from, to);
        for (Order o : orders) {
            if (o.status() == OrderStatus.CANCELLED) {
                continue;
            }
            addLines(b, o.lines(), o.placedAt());
        }
        return b.series();
    }

    /**
     * Demand per SKU (over all locations) from order events (the payloads of a store's history or an
     * outbox's envelopes): every placed order counts at its placement, unless the events also hold
     * its cancellation.
     */
    public static List<DemandSeries> fromOrderEvents(Collection<? extends OrderEvent> events, Granularity granularity,
            ZoneId zone, LocalDate from, LocalDate to) {
        Objects.requireNonNull(events, "events");
        Set<OrderId> cancelled = new HashSet<>();
        for (OrderEvent e : events) {
            if (e instanceof OrderEvent.Cancelled c) {
                cancelled.add(c.orderId());
            }
        }
        Buckets b = new Buckets(granularity, zone, from, to);
        for (OrderEvent e : events) {
            if (e instanceof OrderEvent.Placed p && !cancelled.contains(p.orderId())) {
                for (OrderEvent.PlacedLine line : p.lines()) {
                    if (!line.service()) {
                        b.add(line.sku().value(), DemandSeries.ALL_LOCATIONS, p.occurredAt(), line.quantity());
                    }
                }
            }
        }
        return b.series();
    }

    /** Demand per SKU and location from the sale movements of the stock ledger. */
    public static List<DemandSeries> fromMovements(Collection<Movement> movements, Granularity granularity,
            ZoneId zone, LocalDate from, LocalDate to) {
        Objects.requireNonNull(movements, "movements");
        Buckets b = new Buckets(granularity, zone, from, to);
        for (Movement m : movements) {
            if (m.reason() == MovementReason.SALE) {
                b.add(m.sku().value(), m.location().value(), m.at(), -m.delta());
            }
        }
        return b.series();
    }

    /**
     * The stock position of a SKU at a location: on hand, reserved, open inbound supply and the
     * backorders promised out of it. A SKU never stocked there has an all-zero position.
     */
    public static StockPosition stockPosition(Inventory inventory, Sku sku, LocationId location) {
        Objects.requireNonNull(inventory, "inventory");
        Optional<StockLevel> level = inventory.level(sku, location);
        long backordered = 0;
        for (InboundSupply s : inventory.inbound(sku, location)) {
            for (Backorder bo : inventory.backorders(s.reference(), sku, location)) {
                backordered += bo.quantity();
            }
        }
        return new StockPosition(sku.value(), location.value(), level.map(StockLevel::onHand).orElse(0L),
                level.map(StockLevel::reserved).orElse(0L), level.map(StockLevel::inbound).orElse(0L), backordered);
    }

    /**
     * The inventory's available-to-promise at a location as steps: today's value and the value
     * from each later day on which inbound supply is expected.
     */
    public static List<PromiseDates.AtpStep> availableToPromise(Inventory inventory, Sku sku, LocationId location,
            LocalDate today) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(today, "today");
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(today);
        for (InboundSupply s : inventory.inbound(sku, location)) {
            if (s.expectedOn().isAfter(today)) {
                days.add(s.expectedOn());
            }
        }
        List<PromiseDates.AtpStep> steps = new ArrayList<>();
        for (LocalDate d : days) {
            steps.add(new PromiseDates.AtpStep(d, inventory.availableToPromise(sku, location, d)));
        }
        return steps;
    }

    private static void addLines(Buckets b, List<OrderLine> lines, Instant at) {
        for (OrderLine line : lines) {
            if (!line.isService()) {
                b.add(line.sku().value(), DemandSeries.ALL_LOCATIONS, at, line.quantity());
            }
        }
    }

    /** Units per (sku, location) per period. */
    private static final class Buckets {
        private final Granularity granularity;
        private final ZoneId zone;
        private final LocalDate start;
        private final int periods;
        private final Map<String, Map<String, double[]>> units = new TreeMap<>();

        Buckets(Granularity granularity, ZoneId zone, LocalDate from, LocalDate to) {
            this.granularity = Objects.requireNonNull(granularity, "granularity");
            this.zone = Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
            }
            this.start = granularity == Granularity.MONTH ? from.withDayOfMonth(1) : from;
            long n = granularity.periodIndex(start, to) + 1;
            if (n > 1_000_000) {
                throw new IllegalArgumentException("more than a million periods between " + from + " and " + to);
            }
            this.periods = (int) n;
        }

        void add(String sku, String location, Instant at, long quantity) {
            LocalDate day = at.atZone(zone).toLocalDate();
            long index = granularity.periodIndex(start, day);
            if (index < 0 || index >= periods || quantity <= 0) {
                return;
            }
            units.computeIfAbsent(sku, k -> new TreeMap<>()).computeIfAbsent(location, k -> new double[periods])
                    [(int) index] += quantity;
        }

        List<DemandSeries> series() {
            List<DemandSeries> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, double[]>> s : units.entrySet()) {
                for (Map.Entry<String, double[]> l : s.getValue().entrySet()) {
                    out.add(new DemandSeries(s.getKey(), l.getKey(), start, granularity, l.getValue()));
                }
            }
            return out;
        }
    }
}
