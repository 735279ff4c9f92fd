package dev.orderan.analytics.forecast.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Event windows and the government's Ramadan and Idul Fitri dates. */
class IndonesianRetailCalendarTest {

    private final IndonesianRetailCalendar cal = IndonesianRetailCalendar.standard();

    @Test
    void idulFitri_fallsOnTheDatesTheGovernmentSet() {
        assertEquals(LocalDate.of(2023, 4, 22), cal.ramadan(2023).orElseThrow().idulFitri());
        assertEquals(LocalDate.of(2024, 4, 10), cal.ramadan(2024).orElseThrow().idulFitri());
        assertEquals(LocalDate.of(2025, 3, 31), cal.ramadan(2025).orElseThrow().idulFitri());
        assertEquals(LocalDate.of(2026, 3, 21), cal.ramadan(2026).orElseThrow().idulFitri());
        assertEquals(LocalDate.of(2022, 4, 3), cal.ramadan(2022).orElseThrow().ramadanStart());
        assertEquals(LocalDate.of(2026, 2, 19), cal.ramadan(2026).orElseThrow().ramadanStart());
        assertTrue(cal.ramadan(2027).isEmpty());
    }

    @Test
    void march2025_exposures() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 4, 1);
        assertEquals(30.0 / 31, cal.exposure(RetailEvent.RAMADAN, from, to), 1e-12);
        assertEquals(10.0 / 31, cal.exposure(RetailEvent.LEBARAN_RUN_UP, from, to), 1e-12);
        assertEquals(1.0 / 31, cal.exposure(RetailEvent.LEBARAN_HOLIDAY, from, to), 1e-12);
        assertEquals(8.0 / 31, cal.exposure(RetailEvent.PAYDAY, from, to), 1e-12); // 1st and 25th..31st
        assertEquals(6.0 / 30, cal.exposure(RetailEvent.LEBARAN_HOLIDAY, to, LocalDate.of(2025, 5, 1)), 1e-12);
    }

    @Test
    void twinDateSales_areOneDayEach() {
        assertTrue(cal.contains(RetailEvent.DOUBLE_ELEVEN, LocalDate.of(2024, 11, 11)));
        assertFalse(cal.contains(RetailEvent.DOUBLE_ELEVEN, LocalDate.of(2024, 11, 12)));
        assertTrue(cal.contains(RetailEvent.HARBOLNAS, LocalDate.of(2024, 12, 12)));
        assertEquals(1.0 / 7, cal.exposure(RetailEvent.HARBOLNAS, LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 16)),
                1e-12);
    }

    @Test
    void laterYears_canBeAddedOnceAnnounced_andImplausibleDatesAreRefused() {
        IndonesianRetailCalendar next = cal.withRamadan(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 10));
        assertTrue(next.covers(LocalDate.of(2027, 3, 1)));
        assertTrue(next.contains(RetailEvent.LEBARAN_RUN_UP, LocalDate.of(2027, 3, 9)));
        assertFalse(cal.covers(LocalDate.of(2027, 3, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> cal.withRamadan(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 20)));
    }
}
