package dev.orderan.analytics.pricing;

import dev.orderan.analytics.metrics.OrderFact;
import dev.orderan.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One day of one SKU: the price charged and the units sold.
 *
 * @param sku the SKU
 * @param day the day
 * @param price the unit price that day
 * @param units units sold that day (0 allowed)
 */
public record PricePoint(String sku, LocalDate day, Money price, long units) {

    /** Checks presence and signs. */
    public PricePoint {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku: must not be blank");
        }
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(price, "price");
        if (!price.isPositive() || units < 0) {
            throw new IllegalArgumentException("price point " + sku + " " + day + ": price must be positive and units not negative");
        }
    }

    /**
     * Daily points from order facts: for each SKU and local day with sales, the units sold (orders
     * not cancelled) and the mean unit price paid (line amounts / units, rounded half-even to the
     * minor unit). Units refunded later still count: they were bought at that day's price, which is
     * what demand responds to. Days without sales are absent: the facts do not say what the price
     * was then.
     */
    public static List<PricePoint> fromFacts(List<OrderFact> facts, ZoneId zone) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(zone, "zone");
        Map<String, long[]> byKey = new TreeMap<>(); // key sku|day → [units, amount]
        Map<String, javax.money.CurrencyUnit> currency = new TreeMap<>();
        for (OrderFact f : facts) {
            if (f.isCancelled()) {
                continue;
            }
            LocalDate day = f.placedAt().atZone(zone).toLocalDate();
            for (OrderFact.Line l : f.lines()) {
                long[] t = byKey.computeIfAbsent(l.sku() + "|" + day, k -> new long[2]);
                t[0] = Math.addExact(t[0], l.quantity());
                t[1] = Math.addExact(t[1], l.amountMinor());
                currency.putIfAbsent(l.sku(), f.currency());
            }
        }
        List<PricePoint> out = new ArrayList<>();
        byKey.forEach((key, t) -> {
            int bar = key.lastIndexOf('|');
            String sku = key.substring(0, bar);
            Money mean = Money.ofMinor(t[1], currency.get(sku)).divide(t[0], java.math.RoundingMode.HALF_EVEN);
            if (mean.isPositive()) {
                out.add(new PricePoint(sku, LocalDate.parse(key.substring(bar + 1)), mean, t[0]));
            }
        });
        return List.copyOf(out);
    }
}
