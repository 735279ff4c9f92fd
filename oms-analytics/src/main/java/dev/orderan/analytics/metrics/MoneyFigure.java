package dev.orderan.analytics.metrics;

import dev.orderan.core.money.Money;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * An amount of money and, per order, the exact amount each contributed. The value is the sum of the
 * contributions ({@link Kind#SUM}), their mean rounded half-even to the minor unit
 * ({@link Kind#MEAN}), or their median ({@link Kind#MEDIAN}; the half-even rounded mean of the two
 * middle amounts for an even count); {@link #recompute()} gives it again from the contributions.
 *
 * @param name what the amount is
 * @param kind how the value follows from the contributions
 * @param value the amount
 * @param contributions each order's amount, in placement order
 */
public record MoneyFigure(String name, Kind kind, Money value, List<Contribution> contributions) implements Figure {

    /** How the value follows from the contributions. */
    public enum Kind {
        /** The sum. */
        SUM,
        /** The mean, rounded half-even to the minor unit (zero without contributions). */
        MEAN,
        /** The median (zero without contributions). */
        MEDIAN
    }

    /**
     * One order's amount.
     *
     * @param orderId the order
     * @param minor the amount in minor units of the figure's currency
     */
    public record Contribution(String orderId, long minor) {
        /** Checks presence. */
        public Contribution {
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** Checks presence and copies the contributions. */
    public MoneyFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        contributions = List.copyOf(contributions);
    }

    /** The figure computed from contributions. */
    public static MoneyFigure of(String name, Kind kind, CurrencyUnit currency, List<Contribution> contributions) {
        return new MoneyFigure(name, kind, compute(kind, currency, contributions), contributions);
    }

    /** The value computed again from the contributions; always equals {@link #value()}. */
    public Money recompute() {
        return compute(kind, value.currency(), contributions);
    }

    private static Money compute(Kind kind, CurrencyUnit currency, List<Contribution> contributions) {
        long sum = 0;
        for (Contribution c : contributions) {
            sum = Math.addExact(sum, c.minor());
        }
        Money total = Money.ofMinor(sum, currency);
        int n = contributions.size();
        return switch (kind) {
            case SUM -> total;
            case MEAN -> n == 0 ? Money.zero(currency) : total.divide(n, RoundingMode.HALF_EVEN);
            case MEDIAN -> {
                if (n == 0) {
                    yield Money.zero(currency);
                }
                long[] v = contributions.stream().mapToLong(Contribution::minor).toArray();
                Arrays.sort(v);
                yield n % 2 == 1 ? Money.ofMinor(v[n / 2], currency)
                        : Money.ofMinor(v[n / 2 - 1], currency).plus(Money.ofMinor(v[n / 2], currency))
                                .divide(2, RoundingMode.HALF_EVEN);
            }
        };
    }

    @Override
    public List<String> orderIds() {
        return contributions.stream().map(Contribution::orderId).toList();
    }
}
