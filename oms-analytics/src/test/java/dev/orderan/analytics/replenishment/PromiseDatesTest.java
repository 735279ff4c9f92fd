package dev.orderan.analytics.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Forecast-aware promise dates for pre-orders and backorders. */
class PromiseDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    // 5 units now, 20 more arriving in a week, 30 more in two weeks
    static final List<PromiseDates.AtpStep> ATP = List.of(new PromiseDates.AtpStep(TODAY, 5),
            new PromiseDates.AtpStep(TODAY.plusDays(7), 25), new PromiseDates.AtpStep(TODAY.plusDays(14), 55));

    private static double[] daily(double units) {
        double[] f = new double[30];
        Arrays.fill(f, units);
        return f;
    }

    @Test
    void withoutForecastDemand_thePromiseIsTheInventorysOwnAvailableToPromiseDate() {
        assertEquals(Optional.of(TODAY), PromiseDates.earliest(5, TODAY, ATP, daily(0)));
        assertEquals(Optional.of(TODAY.plusDays(7)), PromiseDates.earliest(20, TODAY, ATP, daily(0)));
        assertEquals(Optional.of(TODAY.plusDays(14)), PromiseDates.earliest(40, TODAY, ATP, daily(0)));
    }

    @Test
    void forecastDemandOfOtherBuyers_pushesThePromiseToALaterDelivery() {
        // One unit a day of ordinary demand: after the first delivery 25 - 7 = 18 units are free on day 7,
        // 12 on day 13; 20 units can only be promised from the second delivery (55 - 14 = 41, never
        // below 26 until day 29).
        assertEquals(Optional.of(TODAY.plusDays(7)), PromiseDates.earliest(10, TODAY, ATP, daily(1)));
        assertEquals(Optional.of(TODAY.plusDays(14)), PromiseDates.earliest(20, TODAY, ATP, daily(1)));
    }

    @Test
    void aQuantityTheHorizonCannotCover_hasNoPromise() {
        assertEquals(Optional.empty(), PromiseDates.earliest(60, TODAY, ATP, daily(0)));
        assertEquals(Optional.empty(), PromiseDates.earliest(1, TODAY, ATP, daily(2))); // 55 < 60 units demanded
    }
}
