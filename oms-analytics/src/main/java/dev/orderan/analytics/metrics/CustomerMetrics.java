package dev.orderan.analytics.metrics;

import static dev.orderan.analytics.metrics.FactSelection.ids;
import static dev.orderan.analytics.metrics.FactSelection.totals;

import dev.orderan.core.money.Money;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Customer figures for a {@link Scope}. Only sales count (orders not cancelled), and only orders
 * placed before the end of the scope, so a period's figures do not change when later orders
 * arrive (refunds recorded later do lower historical values). Definitions:
 * <ul>
 *   <li><b>new customer</b>: first sale ever is in the period; <b>returning</b>: a sale in the
 *   period and an earlier sale before it;</li>
 *   <li><b>repeat rate</b>: of the customers with a sale in the period, the share with at least two;</li>
 *   <li><b>cohort retention</b>: customers by the month of their first sale (cohorts starting in
 *   the period), and per later month up to the scope's end the share with a sale that month;</li>
 *   <li><b>historical value</b>: a customer's revenue from all sales up to the end of the period,
 *   each sale at its value (its total less what was paid back for refunded units).</li>
 * </ul>
 */
public final class CustomerMetrics {

    private final FactSelection facts;
    private final List<OrderFact> history;
    private final Map<String, List<OrderFact>> byCustomer;

    private CustomerMetrics(FactSelection facts) {
        this.facts = facts;
        this.history = facts.untilEnd().stream().filter(f -> !f.isCancelled()).toList();
        Map<String, List<OrderFact>> by = new TreeMap<>();
        for (OrderFact f : history) {
            by.computeIfAbsent(f.customerId(), k -> new ArrayList<>()).add(f);
        }
        this.byCustomer = by;
    }

    /**
     * Customer metrics of the facts in the scope.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if a fact is in another currency or an id repeats
     */
    public static CustomerMetrics of(List<OrderFact> facts, Scope scope) {
        return new CustomerMetrics(FactSelection.of("CustomerMetrics", facts, scope));
    }

    /** New customers: value = customers, ids = their sales in the period. */
    public CountFigure newCustomers() {
        return customers("new customers", true);
    }

    /** Returning customers: value = customers, ids = their sales in the period. */
    public CountFigure returningCustomers() {
        return customers("returning customers", false);
    }

    private CountFigure customers(String name, boolean wantNew) {
        long count = 0;
        List<OrderFact> orders = new ArrayList<>();
        for (List<OrderFact> list : byCustomer.values()) {
            List<OrderFact> inPeriod = list.stream().filter(f -> facts.scope.contains(f.placedAt())).toList();
            if (inPeriod.isEmpty()) {
                continue;
            }
            boolean isNew = facts.scope.contains(list.get(0).placedAt());
            if (isNew == wantNew) {
                count++;
                orders.addAll(inPeriod);
            }
        }
        orders.sort(Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId));
        return new CountFigure(name, count, ids(orders));
    }

    /** The repeat rate; ids are customer ids (numerator: customers with two or more sales in the period). */
    public RatioFigure repeatRate() {
        List<String> buyers = new ArrayList<>();
        List<String> repeaters = new ArrayList<>();
        byCustomer.forEach((customer, list) -> {
            long n = list.stream().filter(f -> facts.scope.contains(f.placedAt())).count();
            if (n >= 1) {
                buyers.add(customer);
            }
            if (n >= 2) {
                repeaters.add(customer);
            }
        });
        return new RatioFigure("repeat rate (customer ids)", repeaters, buyers);
    }

    /** The monthly cohort retention table, in the scope's zone. */
    public CohortTable cohortRetention() {
        ZoneId zone = facts.scope.zone();
        YearMonth first = YearMonth.from(facts.scope.from().atZone(zone));
        YearMonth last = YearMonth.from(facts.scope.to().minusNanos(1).atZone(zone));
        Map<YearMonth, List<String>> cohorts = new TreeMap<>();
        byCustomer.forEach((customer, list) -> {
            OrderFact firstSale = list.get(0);
            if (facts.scope.contains(firstSale.placedAt())) {
                cohorts.computeIfAbsent(YearMonth.from(firstSale.placedAt().atZone(zone)), k -> new ArrayList<>())
                        .add(customer);
            }
        });
        List<CohortTable.Row> rows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            List<String> members = cohorts.getOrDefault(m, List.of());
            int months = (int) ChronoUnit.MONTHS.between(m, last);
            List<CohortTable.Cell> cells = new ArrayList<>();
            for (int k = 0; k <= months; k++) {
                YearMonth target = m.plusMonths(k);
                Set<String> active = new LinkedHashSet<>();
                List<OrderFact> orders = new ArrayList<>();
                for (String c : members) {
                    for (OrderFact f : byCustomer.get(c)) {
                        if (YearMonth.from(f.placedAt().atZone(zone)).equals(target)) {
                            active.add(c);
                            orders.add(f);
                        }
                    }
                }
                orders.sort(Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId));
                cells.add(new CohortTable.Cell(k, active.size(), members.size(), ids(orders)));
            }
            rows.add(new CohortTable.Row(m, members, cells));
        }
        return new CohortTable(rows);
    }

    /** Each customer's historical value (the values of all their sales up to the end of the period), highest first. */
    public Map<String, MoneyFigure> historicalValue() {
        List<Map.Entry<String, MoneyFigure>> entries = new ArrayList<>();
        byCustomer.forEach((customer, list) -> entries.add(Map.entry(customer, MoneyFigure.of(
                "historical value, " + customer, MoneyFigure.Kind.SUM, facts.scope.currency(), totals(list)))));
        entries.sort(Comparator.<Map.Entry<String, MoneyFigure>, Long>comparing(e -> -e.getValue().value().minor())
                .thenComparing(Map.Entry::getKey));
        Map<String, MoneyFigure> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** All sales up to the end of the period: the total behind {@link #averageHistoricalValue()}. */
    public MoneyFigure totalHistoricalValue() {
        return MoneyFigure.of("historical value, all customers", MoneyFigure.Kind.SUM, facts.scope.currency(),
                totals(history));
    }

    /**
     * The average historical value per customer: {@link #totalHistoricalValue()} divided by
     * {@link #customerCount()}, half-even to the minor unit (zero without customers).
     */
    public Money averageHistoricalValue() {
        Money total = totalHistoricalValue().value();
        return byCustomer.isEmpty() ? total : total.divide(byCustomer.size(), RoundingMode.HALF_EVEN);
    }

    /** Customers with a sale up to the end of the period. */
    public int customerCount() {
        return byCustomer.size();
    }
}
