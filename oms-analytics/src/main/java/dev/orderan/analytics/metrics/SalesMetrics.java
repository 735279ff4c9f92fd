package dev.orderan.analytics.metrics;

import static dev.orderan.analytics.metrics.FactSelection.ids;
import static dev.orderan.analytics.metrics.FactSelection.totals;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.money.Money;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sales figures for the orders placed in a {@link Scope}. A <em>sale</em> is an order placed in the
 * period and not cancelled (unpaid orders count until they are cancelled). Revenue is what
 * customers pay for those orders (goods after discounts, tax and shipping) less what was paid back
 * for refunded units, exact to the minor unit; order values, averages, segments and best sellers
 * are net of those refunds too. Refunds count as the facts know them, so a period's figures fall
 * when a refund is recorded later; recompute them from the event log as of an instant to see
 * them as they stood then. Return rates and reasons are reported by {@link OperationsMetrics}.
 */
public final class SalesMetrics {

    /** The source name used for orders without a known campaign or traffic source. */
    public static final String NO_SOURCE = "(none)";

    private final FactSelection facts;
    private final List<OrderFact> sales;

    private SalesMetrics(FactSelection facts) {
        this.facts = facts;
        this.sales = facts.sales();
    }

    /**
     * Sales metrics of the facts placed in the scope.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if a fact is in another currency or an id repeats
     */
    public static SalesMetrics of(List<OrderFact> facts, Scope scope) {
        return new SalesMetrics(FactSelection.of("SalesMetrics", facts, scope));
    }

    /** Order volume: the sales in the period. */
    public CountFigure orders() {
        return CountFigure.ofOrders("orders", ids(sales));
    }

    /** Orders placed in the period and cancelled since (not sales). */
    public CountFigure cancelledOrders() {
        return CountFigure.ofOrders("cancelled orders", ids(facts.inScope.stream().filter(OrderFact::isCancelled).toList()));
    }

    /** Revenue: the sum of the sales' values (totals less refunded units). */
    public MoneyFigure revenue() {
        return MoneyFigure.of("revenue", MoneyFigure.Kind.SUM, facts.scope.currency(), totals(sales));
    }

    /** Gross revenue: the sum of the sales' totals, before refunds. */
    public MoneyFigure grossRevenue() {
        return MoneyFigure.of("gross revenue", MoneyFigure.Kind.SUM, facts.scope.currency(),
                sales.stream().map(f -> new MoneyFigure.Contribution(f.orderId(), f.totalMinor())).toList());
    }

    /**
     * Refunds: what was paid back for refunded units of the period's sales (gross revenue less
     * revenue); only the orders with a refund contribute.
     */
    public MoneyFigure refunds() {
        return MoneyFigure.of("refunds", MoneyFigure.Kind.SUM, facts.scope.currency(), sales.stream()
                .filter(f -> f.refundedMinor() > 0)
                .map(f -> new MoneyFigure.Contribution(f.orderId(), f.refundedMinor())).toList());
    }

    /** Average order value: revenue / orders, rounded half-even to the minor unit. */
    public MoneyFigure averageOrderValue() {
        return MoneyFigure.of("average order value", MoneyFigure.Kind.MEAN, facts.scope.currency(), totals(sales));
    }

    /** Median order value. */
    public MoneyFigure medianOrderValue() {
        return MoneyFigure.of("median order value", MoneyFigure.Kind.MEDIAN, facts.scope.currency(), totals(sales));
    }

    /**
     * The best sellers: SKUs by units sold, then by revenue, then by SKU code. Refunded units and
     * what was paid back for them are left out.
     *
     * @param limit how many, at least 1
     */
    public List<ProductSales> bestSellers(int limit) {
        Violations v = new Violations("SalesMetrics.bestSellers");
        v.check(limit >= 1, "limit", "Min", "must be at least 1, was " + limit);
        v.throwIfAny();
        Map<String, long[]> totals = new HashMap<>();
        Map<String, OrderFact.Line> lastLine = new HashMap<>();
        Map<String, Set<String>> orders = new HashMap<>();
        for (OrderFact f : sales) {
            for (OrderFact.Line l : f.lines()) {
                long[] t = totals.computeIfAbsent(l.sku(), k -> new long[2]);
                t[0] = Math.addExact(t[0], l.netQuantity());
                t[1] = Math.addExact(t[1], l.netAmountMinor());
                lastLine.put(l.sku(), l);
                orders.computeIfAbsent(l.sku(), k -> new LinkedHashSet<>()).add(f.orderId());
            }
        }
        List<String> skus = new ArrayList<>(totals.keySet());
        skus.sort(Comparator.<String>comparingLong(s -> -totals.get(s)[0]).thenComparingLong(s -> -totals.get(s)[1])
                .thenComparing(Function.identity()));
        List<ProductSales> out = new ArrayList<>();
        for (String sku : skus.subList(0, Math.min(limit, skus.size()))) {
            OrderFact.Line l = lastLine.get(sku);
            out.add(new ProductSales(sku, l.productName(), l.category(), totals.get(sku)[0],
                    Money.ofMinor(totals.get(sku)[1], facts.scope.currency()), List.copyOf(orders.get(sku))));
        }
        return List.copyOf(out);
    }

    /** Sales per local hour of placement, 0 to 23 (every hour present). */
    public Map<Integer, CountFigure> ordersByHour() {
        Map<Integer, List<String>> by = new TreeMap<>();
        for (int h = 0; h < 24; h++) {
            by.put(h, new ArrayList<>());
        }
        for (OrderFact f : sales) {
            by.get(f.placedAt().atZone(facts.scope.zone()).getHour()).add(f.orderId());
        }
        Map<Integer, CountFigure> out = new LinkedHashMap<>();
        by.forEach((h, list) -> out.put(h, CountFigure.ofOrders("orders at " + h + "h", list)));
        return Collections.unmodifiableMap(out);
    }

    /** Sales per local day of the week (every day present). */
    public Map<DayOfWeek, CountFigure> ordersByDayOfWeek() {
        Map<DayOfWeek, List<String>> by = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            by.put(d, new ArrayList<>());
        }
        for (OrderFact f : sales) {
            by.get(f.placedAt().atZone(facts.scope.zone()).getDayOfWeek()).add(f.orderId());
        }
        Map<DayOfWeek, CountFigure> out = new EnumMap<>(DayOfWeek.class);
        by.forEach((d, list) -> out.put(d, CountFigure.ofOrders("orders on " + d, list)));
        return Collections.unmodifiableMap(out);
    }

    /** The hour with the most sales (the earliest on a tie); empty without sales. */
    public Optional<Integer> peakHour() {
        return peak(ordersByHour());
    }

    /** The day of the week with the most sales (the earliest on a tie); empty without sales. */
    public Optional<DayOfWeek> peakDayOfWeek() {
        return peak(ordersByDayOfWeek());
    }

    private static <K> Optional<K> peak(Map<K, CountFigure> counts) {
        K best = null;
        long max = 0;
        for (Map.Entry<K, CountFigure> e : counts.entrySet()) {
            if (e.getValue().value() > max) {
                max = e.getValue().value();
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Sales per channel, channels sorted by name. */
    public Map<String, SegmentSales> byChannel() {
        return segments(OrderFact::channel);
    }

    /** Sales per campaign or traffic source (orders without one under {@link #NO_SOURCE}), sorted by name. */
    public Map<String, SegmentSales> bySource() {
        return segments(f -> f.source().orElse(NO_SOURCE));
    }

    private Map<String, SegmentSales> segments(Function<OrderFact, String> key) {
        Map<String, List<OrderFact>> by = new TreeMap<>();
        for (OrderFact f : sales) {
            by.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
        Map<String, SegmentSales> out = new LinkedHashMap<>();
        by.forEach((k, list) -> out.put(k, new SegmentSales(CountFigure.ofOrders("orders, " + k, ids(list)),
                MoneyFigure.of("revenue, " + k, MoneyFigure.Kind.SUM, facts.scope.currency(), totals(list)),
                MoneyFigure.of("average order value, " + k, MoneyFigure.Kind.MEAN, facts.scope.currency(), totals(list)))));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Conversion per source, and over all sessions under {@code "all"}: of the sessions started in
     * the period, the share whose order is one of the period's sales. The ids of these figures are
     * session ids.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if sessions are missing or a session id repeats
     */
    public Map<String, RatioFigure> conversionBySource(List<Session> sessions) {
        Violations v = new Violations("SalesMetrics.conversionBySource");
        if (sessions == null) {
            v.add("sessions", "NotNull", "must not be null");
            v.throwIfAny();
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (v.check(s != null, "sessions[" + i + "]", "NotNull", "must not be null")) {
                v.check(seen.add(s.sessionId()), "sessions[" + i + "].sessionId", "Unique",
                        "session " + s.sessionId() + " appears twice");
            }
        }
        v.throwIfAny();
        Set<String> saleIds = new java.util.HashSet<>(ids(sales));
        List<Session> inScope = sessions.stream().filter(s -> facts.scope.contains(s.startedAt()))
                .sorted(Comparator.comparing(Session::startedAt).thenComparing(Session::sessionId)).toList();
        Map<String, List<Session>> by = new TreeMap<>();
        by.put("all", inScope);
        for (Session s : inScope) {
            by.computeIfAbsent(s.source().orElse(NO_SOURCE), k -> new ArrayList<>()).add(s);
        }
        Map<String, RatioFigure> out = new LinkedHashMap<>();
        by.forEach((k, list) -> out.put(k, new RatioFigure("conversion, " + k,
                list.stream().filter(s -> s.orderId().filter(saleIds::contains).isPresent()).map(Session::sessionId).toList(),
                list.stream().map(Session::sessionId).toList())));
        return Collections.unmodifiableMap(out);
    }

    /** The figures in the scope as a whole, for a quick look. */
    @Override
    public String toString() {
        return "SalesMetrics[" + facts.scope.from() + ".." + facts.scope.to() + ", orders=" + sales.size() + ", revenue="
                + revenue().value() + "]";
    }
}
