package dev.orderan.analytics.forecast.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the {@link RetailEvent}s fall. The fixed-date events (11.11, 12.12, payday) are known for
 * every year. Ramadan and Idul Fitri follow the lunar Hijri calendar and are set each year by the
 * Indonesian Ministry of Religious Affairs after its sidang isbat; the built-in table holds the
 * government's dates for 2012 to 2026. Later years are added with {@link #withRamadan} once
 * announced (Muhammadiyah's dates sometimes differ by a day; a shop may use them instead).
 * Immutable.
 */
public final class IndonesianRetailCalendar {

    /** 1 Ramadan and 1 Syawal (Idul Fitri) of one Gregorian year. */
    public record RamadanDates(LocalDate ramadanStart, LocalDate idulFitri) {
        /** Checks the dates are plausible: Ramadan lasts 29 or 30 days. */
        public RamadanDates {
            Objects.requireNonNull(ramadanStart, "ramadanStart");
            Objects.requireNonNull(idulFitri, "idulFitri");
            long days = ChronoUnit.DAYS.between(ramadanStart, idulFitri);
            if (days != 29 && days != 30) {
                throw new IllegalArgumentException("Ramadan lasts 29 or 30 days: " + ramadanStart + " to " + idulFitri);
            }
        }
    }

    private static final Map<Integer, RamadanDates> GOVERNMENT_DATES;

    static {
        Map<Integer, RamadanDates> m = new TreeMap<>();
        put(m, "2012-07-21", "2012-08-19");
        put(m, "2013-07-10", "2013-08-08");
        put(m, "2014-06-29", "2014-07-28");
        put(m, "2015-06-18", "2015-07-17");
        put(m, "2016-06-06", "2016-07-06");
        put(m, "2017-05-27", "2017-06-25");
        put(m, "2018-05-17", "2018-06-15");
        put(m, "2019-05-06", "2019-06-05");
        put(m, "2020-04-24", "2020-05-24");
        put(m, "2021-04-13", "2021-05-13");
        put(m, "2022-04-03", "2022-05-02");
        put(m, "2023-03-23", "2023-04-22");
        put(m, "2024-03-12", "2024-04-10");
        put(m, "2025-03-01", "2025-03-31");
        put(m, "2026-02-19", "2026-03-21");
        GOVERNMENT_DATES = Collections.unmodifiableMap(m);
    }

    private static void put(Map<Integer, RamadanDates> m, String start, String fitri) {
        LocalDate s = LocalDate.parse(start);
        m.put(s.getYear(), new RamadanDates(s, LocalDate.parse(fitri)));
    }

    private static final IndonesianRetailCalendar STANDARD = new IndonesianRetailCalendar(GOVERNMENT_DATES);

    private final Map<Integer, RamadanDates> ramadan;

    private IndonesianRetailCalendar(Map<Integer, RamadanDates> ramadan) {
        this.ramadan = Collections.unmodifiableMap(new TreeMap<>(ramadan));
    }

    /** The calendar with the government's Ramadan and Idul Fitri dates for 2012–2026. */
    public static IndonesianRetailCalendar standard() {
        return STANDARD;
    }

    /** This calendar with Ramadan of {@code ramadanStart}'s year set (added or replaced). */
    public IndonesianRetailCalendar withRamadan(LocalDate ramadanStart, LocalDate idulFitri) {
        Map<Integer, RamadanDates> m = new TreeMap<>(ramadan);
        m.put(ramadanStart.getYear(), new RamadanDates(ramadanStart, idulFitri));
        return new IndonesianRetailCalendar(m);
    }

    /** Ramadan and Idul Fitri of a year, if known. */
    public Optional<RamadanDates> ramadan(int year) {
        return Optional.ofNullable(ramadan.get(year));
    }

    /** True when the calendar knows where every event falls on {@code date}. */
    public boolean covers(LocalDate date) {
        return ramadan.containsKey(date.getYear());
    }

    /**
     * True when {@code date} lies in the event's window. Ramadan events are false in years the
     * calendar does not know (see {@link #covers}).
     */
    public boolean contains(RetailEvent event, LocalDate date) {
        return switch (event) {
            case DOUBLE_ELEVEN -> date.getMonth() == Month.NOVEMBER && date.getDayOfMonth() == 11;
            case HARBOLNAS -> date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 12;
            case PAYDAY -> date.getDayOfMonth() >= 25 || date.getDayOfMonth() == 1;
            case RAMADAN, LEBARAN_RUN_UP, LEBARAN_HOLIDAY -> inRamadanWindow(event, date);
        };
    }

    private boolean inRamadanWindow(RetailEvent event, LocalDate date) {
        RamadanDates r = ramadan.get(date.getYear());
        if (r == null) {
            return false;
        }
        LocalDate fitri = r.idulFitri();
        return switch (event) {
            case RAMADAN -> !date.isBefore(r.ramadanStart()) && date.isBefore(fitri);
            case LEBARAN_RUN_UP -> !date.isBefore(fitri.minusDays(10)) && date.isBefore(fitri);
            default -> !date.isBefore(fitri) && date.isBefore(fitri.plusDays(7));
        };
    }

    /** The share of the days in {@code [from, to)} that lie in the event's window, 0..1. */
    public double exposure(RetailEvent event, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            return 0;
        }
        int in = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (contains(event, d)) {
                in++;
            }
        }
        return (double) in / days;
    }
}
