package dev.orderan.analytics.replenishment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Promise dates for backorders and pre-orders that leave room for forecast demand. The inventory's
 * own available-to-promise counts only stock and inbound supply, so the first customer to ask gets
 * the next delivery even if the shop's ordinary buyers will need it first. Here the units free on
 * a day are the available-to-promise on that day less the forecast demand from today up to that
 * day; a quantity can be promised on the earliest day from which the free units never fall below
 * it again within the forecast horizon.
 *
 * <p>Inventory's available-to-promise is a step function that changes on the days inbound supply
 * is expected; {@link AtpStep}s describe it (see
 * {@link dev.orderan.analytics.source.DemandHistory#availableToPromise}).
 */
public final class PromiseDates {

    private PromiseDates() {
    }

    /**
     * Available-to-promise from {@code from} on, until the next step.
     *
     * @param from the first day the value holds
     * @param units units available to promise for delivery on that day
     */
    public record AtpStep(LocalDate from, long units) {
        /** Checks the step. */
        public AtpStep {
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * The earliest date {@code quantity} units can be promised for.
     *
     * @param quantity units the customer wants
     * @param today the first day of {@code dailyForecast}
     * @param atp the available-to-promise steps (the first should start on or before today)
     * @param dailyForecast forecast demand for today, tomorrow, ... (units per day, at least one day)
     * @return the date, or empty when it cannot be met within the forecast horizon
     */
    public static Optional<LocalDate> earliest(long quantity, LocalDate today, List<AtpStep> atp,
            double[] dailyForecast) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(atp, "atp");
        Objects.requireNonNull(dailyForecast, "dailyForecast");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
        if (dailyForecast.length == 0) {
            throw new IllegalArgumentException("dailyForecast must cover at least one day");
        }
        List<AtpStep> steps = new ArrayList<>(atp);
        steps.sort(Comparator.comparing(AtpStep::from));
        int days = dailyForecast.length;
        double[] free = new double[days];
        double cumulative = 0;
        int k = -1;
        for (int i = 0; i < days; i++) {
            LocalDate d = today.plusDays(i);
            while (k + 1 < steps.size() && !steps.get(k + 1).from().isAfter(d)) {
                k++;
            }
            long available = k >= 0 ? steps.get(k).units() : 0;
            free[i] = available - cumulative;
            cumulative += Math.max(0, dailyForecast[i]);
        }
        // Walk back from the horizon: the answer is the start of the last run of days that all hold enough.
        int earliest = -1;
        for (int i = days - 1; i >= 0; i--) {
            if (free[i] >= quantity) {
                earliest = i;
            } else {
                break;
            }
        }
        return earliest < 0 ? Optional.empty() : Optional.of(today.plusDays(earliest));
    }

    /** Days between today and a promise date. */
    public static long daysUntil(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
