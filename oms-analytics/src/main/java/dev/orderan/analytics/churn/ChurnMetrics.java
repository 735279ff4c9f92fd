package dev.orderan.analytics.churn;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.analytics.metrics.RatioFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Churn figures of a set of subscriptions observed up to a day ({@code asOf}): endings after it are
 * not yet known and count as still active.
 * <ul>
 *   <li><b>monthly churn rate</b> of month M: subscriptions active on the first day of M that
 *   ended during M / subscriptions active on the first day of M (ids are subscription ids);</li>
 *   <li><b>survival</b>: Kaplan-Meier in days from the start, a subscription that has not ended by
 *   {@code asOf} censored at {@code asOf}; grouped by signup month (cohort) or by plan.</li>
 * </ul>
 */
public final class ChurnMetrics {

    private final List<Subscription> subscriptions;
    private final LocalDate asOf;

    private ChurnMetrics(List<Subscription> subscriptions, LocalDate asOf) {
        this.subscriptions = subscriptions;
        this.asOf = asOf;
    }

    /**
     * Churn metrics of the subscriptions started on or before {@code asOf}.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException on null entries or repeated ids
     */
    public static ChurnMetrics of(List<Subscription> subscriptions, LocalDate asOf) {
        Violations v = new Violations("ChurnMetrics");
        v.check(asOf != null, "asOf", "NotNull", "must not be null");
        if (subscriptions == null) {
            v.add("subscriptions", "NotNull", "must not be null");
            v.throwIfAny();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (v.check(s != null, "subscriptions[" + i + "]", "NotNull", "must not be null")) {
                v.check(ids.add(s.subscriptionId()), "subscriptions[" + i + "].subscriptionId", "Unique",
                        "subscription " + s.subscriptionId() + " appears twice");
            }
        }
        v.throwIfAny();
        List<Subscription> known = new ArrayList<>();
        for (Subscription s : subscriptions) {
            if (s.startedOn().isAfter(asOf)) {
                continue;
            }
            // An ending after asOf is not yet known.
            known.add(s.endedOn().filter(e -> e.isAfter(asOf)).isPresent()
                    ? new Subscription(s.subscriptionId(), s.customerId(), s.plan(), s.startedOn(), java.util.Optional.empty())
                    : s);
        }
        known.sort(Comparator.comparing(Subscription::startedOn).thenComparing(Subscription::subscriptionId));
        return new ChurnMetrics(List.copyOf(known), asOf);
    }

    /**
     * The churn rate of a month (which must have started by {@code asOf}; a month still running
     * counts the endings known so far).
     */
    public RatioFigure monthlyChurnRate(YearMonth month) {
        Objects.requireNonNull(month, "month");
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<String> active = new ArrayList<>();
        List<String> churned = new ArrayList<>();
        for (Subscription s : subscriptions) {
            if (s.activeOn(first)) {
                active.add(s.subscriptionId());
                if (s.endedOn().filter(e -> !e.isAfter(last)).isPresent()) {
                    churned.add(s.subscriptionId());
                }
            }
        }
        return new RatioFigure("churn rate " + month + " (subscription ids)", churned, active);
    }

    /** The churn rate of every month from {@code from} to {@code to} inclusive. */
    public Map<YearMonth, RatioFigure> monthlyChurnRates(YearMonth from, YearMonth to) {
        Violations v = new Violations("ChurnMetrics.monthlyChurnRates");
        v.check(from != null && to != null && !to.isBefore(from), "to", "NotBefore", "must not be before from");
        v.throwIfAny();
        Map<YearMonth, RatioFigure> out = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.put(m, monthlyChurnRate(m));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The survival curve over all subscriptions, in days. */
    public SurvivalCurve survival() {
        return KaplanMeier.estimate(subscriptions.stream().map(this::observation).toList());
    }

    /** Survival curves by signup month. */
    public Map<YearMonth, SurvivalCurve> survivalByCohort() {
        return survivalBy(s -> YearMonth.from(s.startedOn()));
    }

    /** Survival curves by plan. */
    public Map<String, SurvivalCurve> survivalByPlan() {
        return survivalBy(Subscription::plan);
    }

    private <K extends Comparable<K>> Map<K, SurvivalCurve> survivalBy(Function<Subscription, K> key) {
        Map<K, List<KaplanMeier.Observation>> groups = new TreeMap<>();
        for (Subscription s : subscriptions) {
            groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(observation(s));
        }
        Map<K, SurvivalCurve> out = new LinkedHashMap<>();
        groups.forEach((k, list) -> out.put(k, KaplanMeier.estimate(list)));
        return Collections.unmodifiableMap(out);
    }

    private KaplanMeier.Observation observation(Subscription s) {
        LocalDate end = s.endedOn().orElse(asOf);
        return new KaplanMeier.Observation(ChronoUnit.DAYS.between(s.startedOn(), end), s.endedOn().isPresent());
    }

    /** The subscriptions considered (started by {@code asOf}, endings after it removed). */
    public List<Subscription> subscriptions() {
        return subscriptions;
    }
}
