package dev.orderan.analytics.metrics;

import dev.orderan.analytics.internal.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The checked, sorted facts of a metrics call: all of them, and those placed in the scope. */
final class FactSelection {

    final Scope scope;
    final List<OrderFact> all;
    final List<OrderFact> inScope;

    private FactSelection(Scope scope, List<OrderFact> all, List<OrderFact> inScope) {
        this.scope = scope;
        this.all = all;
        this.inScope = inScope;
    }

    /**
     * Checks every fact (present, in the scope's currency, ids unique) and sorts by placement.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException naming each bad fact
     */
    static FactSelection of(String subject, List<OrderFact> facts, Scope scope) {
        Objects.requireNonNull(scope, "scope");
        Violations v = new Violations(subject);
        if (facts == null) {
            v.add("facts", "NotNull", "must not be null");
            v.throwIfAny();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            OrderFact f = facts.get(i);
            if (f == null) {
                v.add("facts[" + i + "]", "NotNull", "must not be null");
                continue;
            }
            v.check(f.currency().equals(scope.currency()), "facts[" + i + "].currency", "SameCurrency",
                    "order " + f.orderId() + " is in " + f.currency() + ", the scope in " + scope.currency());
            v.check(ids.add(f.orderId()), "facts[" + i + "].orderId", "Unique", "order " + f.orderId() + " appears twice");
        }
        v.throwIfAny();
        List<OrderFact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId));
        List<OrderFact> in = sorted.stream().filter(f -> scope.contains(f.placedAt())).toList();
        return new FactSelection(scope, List.copyOf(sorted), in);
    }

    /** The facts placed before the end of the scope (history up to the period's end). */
    List<OrderFact> untilEnd() {
        Instant end = scope.to();
        return all.stream().filter(f -> f.placedAt().isBefore(end)).toList();
    }

    /** The not-cancelled facts placed in scope: the sales. */
    List<OrderFact> sales() {
        return inScope.stream().filter(f -> !f.isCancelled()).toList();
    }

    static List<String> ids(List<OrderFact> facts) {
        return facts.stream().map(OrderFact::orderId).toList();
    }

    /** Each order's value: its total less what was paid back for refunded units. */
    static List<MoneyFigure.Contribution> totals(List<OrderFact> facts) {
        return facts.stream().map(f -> new MoneyFigure.Contribution(f.orderId(), f.netMinor())).toList();
    }
}
