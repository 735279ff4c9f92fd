package dev.orderan.inventory.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The great-circle distance that ranks warehouses for the nearest-first strategies. */
class SourcingDistanceTest {

    @Test
    void distancesBetweenIndonesianCitiesAreGreatCircleKilometres() {
        // Jakarta to Surabaya about 663 km, Medan to Jakarta about 1,418 km, one degree of longitude on
        // the equator about 111.2 km.
        assertEquals(662.57, SourcingStrategies.distanceKm(-6.2088, 106.8456, -7.2575, 112.7521), 0.01);
        assertEquals(1418.44, SourcingStrategies.distanceKm(3.5952, 98.6722, -6.2088, 106.8456), 0.01);
        assertEquals(111.19, SourcingStrategies.distanceKm(0, 0, 0, 1), 0.01);
        assertEquals(111.19, SourcingStrategies.distanceKm(0, 1, 0, 0), 0.01, "the same either way");
        assertEquals(0, SourcingStrategies.distanceKm(-6.2, 106.8, -6.2, 106.8), 1e-9);
    }

    @Test
    void anUnknownCoordinateMakesALocationTheFarthest() {
        for (double[] p : new double[][] {{Double.NaN, 0, 0, 0}, {0, Double.NaN, 0, 0}, {0, 0, Double.NaN, 0},
            {0, 0, 0, Double.NaN}}) {
            assertEquals(Double.MAX_VALUE, SourcingStrategies.distanceKm(p[0], p[1], p[2], p[3]));
        }
    }
}
