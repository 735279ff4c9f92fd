package dev.orderan.analytics.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.orderan.core.money.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Drill-down laws: every figure is exactly what the orders it names add up to. */
class MetricsProperties {

    private static final Scope MAY = Scope.month(YearMonth.of(2025, 5), ZoneOffset.UTC, Money.IDR);
    private static final String[] CHANNELS = {"WEB", "APP", "SHOPEE"};

    /** Orders spread over April to June, some cancelled, with random totals. */
    private static Gen<List<OrderFact>> shops() {
        Gen<long[]> order = longs().between(0, 90L * 24 * 3600).zip(longs().between(0, 5_000_000_000L),
                integers().between(0, 99), (t, total, k) -> new long[] {t, total, k});
        return lists().of(order).ofSizeBetween(0, 60).map(rows -> {
            List<OrderFact> facts = new ArrayList<>();
            Instant start = Instant.parse("2025-04-01T00:00:00Z");
            for (int i = 0; i < rows.size(); i++) {
                long[] r = rows.get(i);
                OrderFact.Builder b = OrderFact.builder("O" + i, "C" + (r[2] % 7), Money.IDR, start.plusSeconds(r[0]))
                        .totalMinor(r[1]).channel(CHANNELS[(int) (r[2] % 3)])
                        .line(new OrderFact.Line("SKU" + (r[2] % 4), "p", "cat", 1 + r[2] % 3, r[1]));
                if (r[2] % 10 == 0) {
                    b.cancelledBy("CUSTOMER").timeline(new OrderFact.Timeline(start.plusSeconds(r[0]),
                            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                            java.util.Optional.empty(), java.util.Optional.of(start.plusSeconds(r[0] + 60)),
                            java.util.Optional.empty()));
                }
                facts.add(b.build());
            }
            return facts;
        });
    }

    @Test
    void revenue_isTheExactSumOfTheOrdersItNames() {
        qt().withExamples(300).forAll(shops()).check(facts -> {
            MoneyFigure revenue = SalesMetrics.of(facts, MAY).revenue();
            long sum = 0;
            for (String id : revenue.orderIds()) {
                sum += facts.stream().filter(f -> f.orderId().equals(id)).findFirst().orElseThrow().totalMinor();
            }
            return revenue.value().minor() == sum && revenue.recompute().equals(revenue.value());
        });
    }

    @Test
    void segments_partitionTheOrdersAndTheRevenue() {
        qt().withExamples(300).forAll(shops()).check(facts -> {
            SalesMetrics s = SalesMetrics.of(facts, MAY);
            long revenue = 0;
            Set<String> ids = new HashSet<>();
            for (SegmentSales seg : s.byChannel().values()) {
                revenue += seg.revenue().value().minor();
                ids.addAll(seg.orders().orderIds());
            }
            return revenue == s.revenue().value().minor() && ids.equals(new HashSet<>(s.orders().orderIds()))
                    && s.orders().value() == s.orders().orderIds().size();
        });
    }

    @Test
    void hoursAndDays_eachCountEverySaleOnce() {
        qt().withExamples(300).forAll(shops()).check(facts -> {
            SalesMetrics s = SalesMetrics.of(facts, MAY);
            long byHour = s.ordersByHour().values().stream().mapToLong(CountFigure::value).sum();
            long byDay = s.ordersByDayOfWeek().values().stream().mapToLong(CountFigure::value).sum();
            return byHour == s.orders().value() && byDay == s.orders().value();
        });
    }

    @Test
    void meanAndMedian_lieBetweenTheSmallestAndLargestOrderNamed() {
        qt().withExamples(300).forAll(shops()).check(facts -> {
            SalesMetrics s = SalesMetrics.of(facts, MAY);
            MoneyFigure mean = s.averageOrderValue();
            MoneyFigure median = s.medianOrderValue();
            if (mean.contributions().isEmpty()) {
                return mean.value().isZero() && median.value().isZero();
            }
            long min = mean.contributions().stream().mapToLong(MoneyFigure.Contribution::minor).min().orElseThrow();
            long max = mean.contributions().stream().mapToLong(MoneyFigure.Contribution::minor).max().orElseThrow();
            return mean.value().minor() >= min && mean.value().minor() <= max && median.value().minor() >= min
                    && median.value().minor() <= max;
        });
    }

    @Test
    void newAndReturningCustomers_shareOutThePeriodsSales() {
        qt().withExamples(300).forAll(shops()).check(facts -> {
            CustomerMetrics c = CustomerMetrics.of(facts, MAY);
            Set<String> union = new HashSet<>(c.newCustomers().orderIds());
            union.addAll(c.returningCustomers().orderIds());
            return union.size() == c.newCustomers().orderIds().size() + c.returningCustomers().orderIds().size()
                    && union.equals(new HashSet<>(SalesMetrics.of(facts, MAY).orders().orderIds()))
                    && c.newCustomers().value() + c.returningCustomers().value() == c.repeatRate().denominator();
        });
    }
}
