package dev.orderan.analytics.clv;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.analytics.metrics.OrderFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * Turns order facts into per-customer recency, frequency and monetary value, the way the customer
 * base analysis literature does: a transaction is a day with at least one (not cancelled) order,
 * several orders on one day count as one transaction worth their sum (each order at its value: its
 * total less what was paid back for refunded units); the first transaction starts
 * the customer's clock and is not a repeat; calibration ends at the end of a given day.
 *
 * @param calibrationEnd the last day of the calibration period (inclusive)
 * @param zone the zone whose calendar days count as transactions
 * @param daysPerPeriod the model's time unit in days (7 for weeks)
 */
public record RfmSummary(LocalDate calibrationEnd, ZoneId zone, double daysPerPeriod) {

    /** Checks presence and the period length. */
    public RfmSummary {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(zone, "zone");
        if (!(daysPerPeriod > 0)) {
            throw new IllegalArgumentException("daysPerPeriod: must be positive, was " + daysPerPeriod);
        }
    }

    /** Weekly summaries with calibration ending on {@code calibrationEnd}, days in {@code zone}. */
    public static RfmSummary weekly(LocalDate calibrationEnd, ZoneId zone) {
        return new RfmSummary(calibrationEnd, zone, 7);
    }

    /**
     * One summary per customer whose first transaction falls on or before the end of calibration,
     * sorted by customer id.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if the facts mix currencies
     */
    public List<CustomerRfm> summarise(List<OrderFact> facts) {
        Map<String, TreeMap<LocalDate, Day>> byCustomer = transactions(facts);
        CurrencyUnit currency = facts.isEmpty() ? null : facts.get(0).currency();
        List<CustomerRfm> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, Day>> c : byCustomer.entrySet()) {
            TreeMap<LocalDate, Day> days = c.getValue();
            LocalDate first = days.firstKey();
            if (first.isAfter(calibrationEnd)) {
                continue;
            }
            List<String> orderIds = new ArrayList<>();
            int frequency = 0;
            long repeatMinor = 0;
            LocalDate last = first;
            for (Map.Entry<LocalDate, Day> d : days.headMap(calibrationEnd, true).entrySet()) {
                orderIds.addAll(d.getValue().orderIds);
                if (!d.getKey().equals(first)) {
                    frequency++;
                    repeatMinor = Math.addExact(repeatMinor, d.getValue().valueMinor);
                    last = d.getKey();
                }
            }
            double recency = ChronoUnit.DAYS.between(first, last) / daysPerPeriod;
            double age = ChronoUnit.DAYS.between(first, calibrationEnd) / daysPerPeriod;
            double average = frequency == 0 ? 0
                    : BigDecimal.valueOf(repeatMinor, currency.getDefaultFractionDigits()).doubleValue() / frequency;
            out.add(new CustomerRfm(c.getKey(), frequency, recency, age, average, repeatMinor, orderIds));
        }
        return List.copyOf(out);
    }

    /**
     * Repeat transactions per customer from the day after calibration through {@code holdoutEnd}
     * (inclusive), for every customer {@link #summarise} returns (zero when none): the actual
     * figures a holdout forecast is compared with.
     */
    public Map<String, Integer> holdoutTransactions(List<OrderFact> facts, LocalDate holdoutEnd) {
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdoutEnd: must be after calibrationEnd " + calibrationEnd);
        }
        Map<String, TreeMap<LocalDate, Day>> byCustomer = transactions(facts);
        Map<String, Integer> out = new TreeMap<>();
        for (Map.Entry<String, TreeMap<LocalDate, Day>> c : byCustomer.entrySet()) {
            if (c.getValue().firstKey().isAfter(calibrationEnd)) {
                continue;
            }
            out.put(c.getKey(), c.getValue().subMap(calibrationEnd, false, holdoutEnd, true).size());
        }
        return out;
    }

    private Map<String, TreeMap<LocalDate, Day>> transactions(List<OrderFact> facts) {
        Objects.requireNonNull(facts, "facts");
        Violations v = new Violations("RfmSummary");
        CurrencyUnit currency = null;
        Map<String, TreeMap<LocalDate, Day>> byCustomer = new TreeMap<>();
        for (int i = 0; i < facts.size(); i++) {
            OrderFact f = facts.get(i);
            if (currency == null) {
                currency = f.currency();
            } else if (!currency.equals(f.currency())) {
                v.add("facts[" + i + "].currency", "SameCurrency", "is " + f.currency() + ", earlier facts are in "
                        + currency + "; summarise one currency at a time");
                continue;
            }
            if (f.isCancelled()) {
                continue;
            }
            LocalDate day = f.placedAt().atZone(zone).toLocalDate();
            Day d = byCustomer.computeIfAbsent(f.customerId(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new Day());
            d.valueMinor = Math.addExact(d.valueMinor, f.netMinor());
            d.orderIds.add(f.orderId());
        }
        v.throwIfAny();
        return byCustomer;
    }

    private static final class Day {
        long valueMinor;
        final List<String> orderIds = new ArrayList<>(1);
    }
}
