package dev.orderan.analytics.metrics;

import static dev.orderan.analytics.metrics.FactSelection.ids;

import dev.orderan.analytics.internal.Percentiles;
import dev.orderan.analytics.internal.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Operations figures for the orders placed in a {@link Scope}, in the state the facts give them.
 * Definitions:
 * <ul>
 *   <li><b>processing time</b> from one milestone to a later one: over the orders that reached
 *   both; nearest-rank percentiles;</li>
 *   <li><b>error rate</b>: orders with at least one {@link OrderError} / orders placed (cancelled
 *   ones included);</li>
 *   <li><b>shipping cost per order</b>: the mean over shipped orders of the seller's cost when the
 *   host supplies it, else the fee charged to the customer;</li>
 *   <li><b>return rate</b>: delivered orders with a return (requested and not refused) /
 *   delivered orders; per SKU and category an order counts for each SKU or category on it; per
 *   courier it counts for its courier;</li>
 *   <li><b>on-time delivery</b>: delivered orders delivered by their deadline / delivered orders
 *   with a deadline, per courier.</li>
 * </ul>
 */
public final class OperationsMetrics {

    private final FactSelection facts;

    private OperationsMetrics(FactSelection facts) {
        this.facts = facts;
    }

    /**
     * Operations metrics of the facts placed in the scope.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if a fact is in another currency or an id repeats
     */
    public static OperationsMetrics of(List<OrderFact> facts, Scope scope) {
        return new OperationsMetrics(FactSelection.of("OperationsMetrics", facts, scope));
    }

    /**
     * The processing time between two milestones.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException unless {@code to} comes after {@code from}
     */
    public DurationFigure processingTime(Milestone from, Milestone to) {
        Violations v = new Violations("OperationsMetrics.processingTime");
        v.check(from != null, "from", "NotNull", "must not be null");
        v.check(to != null, "to", "NotNull", "must not be null");
        if (from != null && to != null) {
            v.check(to.ordinal() > from.ordinal(), "to", "After", "must be a later milestone than " + from);
        }
        v.throwIfAny();
        String name = from.name().toLowerCase(Locale.ROOT) + "→" + to.name().toLowerCase(Locale.ROOT);
        List<String> orderIds = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (OrderFact f : facts.inScope) {
            Optional<Instant> a = from.of(f);
            Optional<Instant> b = to.of(f);
            if (a.isPresent() && b.isPresent()) {
                orderIds.add(f.orderId());
                millis.add(Duration.between(a.get(), b.get()).toMillis());
            }
        }
        int n = orderIds.size();
        if (n == 0) {
            return new DurationFigure(name, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, "", "", "",
                    List.of());
        }
        Integer[] rank = new Integer[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        // Sort by time, ties by placement order, so each percentile names one reproducible order.
        java.util.Arrays.sort(rank, Comparator.<Integer>comparingLong(millis::get).thenComparingInt(i -> i));
        long sum = 0;
        for (long m : millis) {
            sum += m;
        }
        int i50 = rank[Percentiles.nearestRankIndex(n, 50)];
        int i90 = rank[Percentiles.nearestRankIndex(n, 90)];
        int i99 = rank[Percentiles.nearestRankIndex(n, 99)];
        return new DurationFigure(name, n, Duration.ofMillis(millis.get(i50)), Duration.ofMillis(millis.get(i90)),
                Duration.ofMillis(millis.get(i99)), Duration.ofMillis(sum / n), orderIds.get(i50), orderIds.get(i90),
                orderIds.get(i99), orderIds);
    }

    /** The error rate over all kinds. */
    public RatioFigure errorRate() {
        List<String> errors = facts.inScope.stream()
                .filter(f -> java.util.Arrays.stream(OrderError.values()).anyMatch(e -> e.in(f)))
                .map(OrderFact::orderId).toList();
        return new RatioFigure("error rate", errors, ids(facts.inScope));
    }

    /** The error rate of each kind. */
    public Map<OrderError, RatioFigure> errorRateByKind() {
        Map<OrderError, RatioFigure> out = new EnumMap<>(OrderError.class);
        for (OrderError e : OrderError.values()) {
            out.put(e, new RatioFigure("error rate, " + e.name().toLowerCase(Locale.ROOT),
                    facts.inScope.stream().filter(e::in).map(OrderFact::orderId).toList(), ids(facts.inScope)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The mean shipping cost of shipped orders. */
    public MoneyFigure shippingCostPerOrder() {
        List<MoneyFigure.Contribution> c = facts.inScope.stream().filter(f -> f.timeline().shippedAt().isPresent())
                .map(f -> new MoneyFigure.Contribution(f.orderId(),
                        f.shippingCostMinor().orElse(f.shippingFeeMinor()))).toList();
        return MoneyFigure.of("shipping cost per order", MoneyFigure.Kind.MEAN, facts.scope.currency(), c);
    }

    /** The return rate and reasons over all delivered orders. */
    public ReturnBreakdown returns() {
        return returnsBy(f -> List.of("all")).get("all");
    }

    /** Return rates and reasons per SKU, SKUs sorted by code. */
    public Map<String, ReturnBreakdown> returnsBySku() {
        return returnsBy(f -> f.lines().stream().map(OrderFact.Line::sku).toList());
    }

    /** Return rates and reasons per category, sorted by name. */
    public Map<String, ReturnBreakdown> returnsByCategory() {
        return returnsBy(f -> f.lines().stream().map(OrderFact.Line::category).toList());
    }

    /** Return rates and reasons per courier, sorted by name. */
    public Map<String, ReturnBreakdown> returnsByCourier() {
        return returnsBy(f -> f.courier().map(List::of).orElse(List.of()));
    }

    private Map<String, ReturnBreakdown> returnsBy(Function<OrderFact, List<String>> keys) {
        Map<String, List<OrderFact>> delivered = new TreeMap<>();
        for (OrderFact f : facts.inScope) {
            if (f.timeline().deliveredAt().isEmpty()) {
                continue;
            }
            for (String k : new LinkedHashSet<>(keys.apply(f))) {
                delivered.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            }
        }
        Map<String, ReturnBreakdown> out = new LinkedHashMap<>();
        delivered.forEach((k, list) -> {
            List<OrderFact> returned = list.stream().filter(f -> f.returned().isPresent()).toList();
            Map<String, List<String>> reasons = new TreeMap<>();
            for (OrderFact f : returned) {
                reasons.computeIfAbsent(f.returned().get().reason(), r -> new ArrayList<>()).add(f.orderId());
            }
            List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(reasons.entrySet());
            sorted.sort(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            Map<String, CountFigure> byReason = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : sorted) {
                byReason.put(e.getKey(), CountFigure.ofOrders("returns, " + k + ", " + e.getKey(), e.getValue()));
            }
            out.put(k, new ReturnBreakdown(k, new RatioFigure("return rate, " + k, ids(returned), ids(list)), byReason));
        });
        return Collections.unmodifiableMap(out);
    }

    /** On-time delivery rate per courier, sorted by courier. */
    public Map<String, RatioFigure> onTimeDeliveryByCourier() {
        Map<String, List<OrderFact>> by = new TreeMap<>();
        for (OrderFact f : facts.inScope) {
            if (f.timeline().deliveredAt().isPresent() && f.timeline().deliveryDueBy().isPresent()
                    && f.courier().isPresent()) {
                by.computeIfAbsent(f.courier().get(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, RatioFigure> out = new LinkedHashMap<>();
        by.forEach((courier, list) -> out.put(courier, new RatioFigure("on-time delivery, " + courier,
                list.stream().filter(f -> !f.timeline().deliveredAt().get().isAfter(f.timeline().deliveryDueBy().get()))
                        .map(OrderFact::orderId).toList(), ids(list))));
        return Collections.unmodifiableMap(out);
    }
}
