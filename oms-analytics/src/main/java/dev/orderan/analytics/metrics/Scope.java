package dev.orderan.analytics.metrics;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.money.Currencies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * What a set of metrics covers: the orders placed in [from, to), the zone whose calendar gives
 * hours, days and months, and the currency every amount is in (facts in another currency are
 * refused rather than silently mixed).
 *
 * @param from the first instant (inclusive)
 * @param to the end (exclusive)
 * @param zone the calendar's zone
 * @param currency the currency
 */
public record Scope(Instant from, Instant to, ZoneId zone, CurrencyUnit currency) {

    /** Checks presence and that the period is not empty. */
    public Scope {
        Violations v = new Violations("Scope");
        v.check(from != null, "from", "NotNull", "must not be null");
        v.check(to != null, "to", "NotNull", "must not be null");
        v.check(zone != null, "zone", "NotNull", "must not be null");
        v.check(currency != null, "currency", "NotNull", "must not be null");
        if (from != null && to != null) {
            v.check(from.isBefore(to), "to", "After", "must be after from (" + from + "), was " + to);
        }
        v.throwIfAny();
        // One unit per code, so facts and scopes compare equal whichever money provider made them.
        currency = Currencies.canonical(currency);
    }

    /** The local days {@code first} through {@code last} (inclusive) in {@code zone}. */
    public static Scope days(LocalDate first, LocalDate last, ZoneId zone, CurrencyUnit currency) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(zone, "zone");
        return new Scope(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), zone,
                currency);
    }

    /** One calendar month in {@code zone}. */
    public static Scope month(YearMonth month, ZoneId zone, CurrencyUnit currency) {
        Objects.requireNonNull(month, "month");
        return days(month.atDay(1), month.atEndOfMonth(), zone, currency);
    }

    /** True when the instant is in [from, to). */
    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
