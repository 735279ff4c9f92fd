package dev.orderan.analytics.forecast;

import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Units demanded of one SKU (at one location, or at all of them) per period, with the calendar
 * dates the periods cover: the plain input of forecasting and of the calendar event effects.
 *
 * @param sku the product
 * @param location the location, or {@link #ALL_LOCATIONS}
 * @param start the first day of the first period (the first of a month for monthly series)
 * @param granularity the period length
 * @param values units per period, oldest first, never negative
 */
public record DemandSeries(String sku, String location, LocalDate start, Granularity granularity, double[] values) {

    /** The location of a series summed over every location. */
    public static final String ALL_LOCATIONS = "*";

    /**
     * Validates and copies.
     *
     * @throws ValidationFailedException naming every missing or invalid field
     */
    public DemandSeries {
        List<Violation> v = new ArrayList<>();
        if (sku == null || sku.isBlank()) {
            v.add(new Violation("sku", "NotBlank", "must not be blank"));
        }
        if (location == null || location.isBlank()) {
            v.add(new Violation("location", "NotBlank", "must not be blank"));
        }
        if (start == null) {
            v.add(new Violation("start", "NotNull", "must not be null"));
        }
        if (granularity == null) {
            v.add(new Violation("granularity", "NotNull", "must not be null"));
        }
        if (granularity == Granularity.MONTH && start != null && start.getDayOfMonth() != 1) {
            v.add(new Violation("start", "FirstOfMonth", "a monthly series must start on the first of a month"));
        }
        if (values == null || values.length == 0) {
            v.add(new Violation("values", "NotEmpty", "must hold at least one period"));
        } else {
            for (int i = 0; i < values.length && v.size() < 20; i++) {
                if (!Double.isFinite(values[i]) || values[i] < 0) {
                    v.add(new Violation("values[" + i + "]", "NonNegative", "must be a finite number of at least 0"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("DemandSeries", v);
        }
        values = values.clone();
    }

    /** A copy of the units per period. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of periods. */
    public int length() {
        return values.length;
    }

    /** The first day of period {@code index} (0 is the first period; indices past the end give future periods). */
    public LocalDate periodStart(int index) {
        return granularity.periodStart(start, index);
    }

    /** The day after the last period. */
    public LocalDate end() {
        return granularity.periodStart(start, values.length);
    }

    /** The name used for the series in forecasts: {@code sku@location}. */
    public String name() {
        return sku + "@" + location;
    }

    /** The series for the forecasting methods, with the granularity's seasonal frequency. */
    public TimeSeries toTimeSeries() {
        return new TimeSeries(name(), values, granularity.frequency());
    }

    /** The same periods with other values (for adjusted series). */
    public DemandSeries withValues(double[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " values, got " + newValues.length);
        }
        return new DemandSeries(sku, location, start, granularity, newValues);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemandSeries d && d.sku.equals(sku) && d.location.equals(location) && d.start.equals(start)
                && d.granularity == granularity && Arrays.equals(d.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, location, start, granularity) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DemandSeries[" + name() + ", " + granularity + " from " + start + ", n=" + values.length + "]";
    }
}
