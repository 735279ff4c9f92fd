package dev.orderan.analytics.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The length of one period of a demand series, with the seasonal frequency forecasting uses for
 * it: days (weekly pattern, 7), weeks (yearly pattern, 52) or calendar months (12).
 */
public enum Granularity {
    /** One calendar day; seasonal frequency 7. */
    DAY(7),
    /** Seven days from the series' start date; seasonal frequency 52. */
    WEEK(52),
    /** One calendar month (series start on the first of a month); seasonal frequency 12. */
    MONTH(12);

    private final int frequency;

    Granularity(int frequency) {
        this.frequency = frequency;
    }

    /** Periods per seasonal cycle. */
    public int frequency() {
        return frequency;
    }

    /** The first day of period {@code index} of a series starting on {@code start}. */
    public LocalDate periodStart(LocalDate start, long index) {
        return switch (this) {
            case DAY -> start.plusDays(index);
            case WEEK -> start.plusWeeks(index);
            case MONTH -> start.plusMonths(index);
        };
    }

    /** The index of the period containing {@code date} (negative before the start). */
    public long periodIndex(LocalDate start, LocalDate date) {
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(start, date);
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7);
            case MONTH -> ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1));
        };
    }
}
