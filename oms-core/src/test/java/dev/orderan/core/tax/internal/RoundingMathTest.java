package dev.orderan.core.tax.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The exact rounding every tax and discount goes through, at the points where rounding modes
 * differ: exact halves, quarters, negative amounts, and products beyond a {@code long}. The random
 * comparisons with {@link BigDecimal} in {@code PricingProperties} rarely land on these points.
 */
class RoundingMathTest {

    private static final RoundingMode[] MODES = {RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR,
        RoundingMode.CEILING, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    private static long bigDecimal(long n, long d, RoundingMode mode) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, mode).longValueExact();
    }

    @Test
    void divisionRoundsHalvesQuartersAndNegativesExactlyLikeBigDecimal() {
        long[] numerators = {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, -1, -2, -3, -5, -6, -7, -9, -10, -11};
        for (long d : new long[] {1, 2, 4}) {
            for (long n : numerators) {
                for (RoundingMode mode : MODES) {
                    assertEquals(bigDecimal(n, d, mode), RoundingMath.divide(n, d, mode), n + " / " + d + " " + mode);
                }
            }
        }
        // The halves where the modes part: 2.5 and -2.5, 3.5 and -3.5.
        assertEquals(3, RoundingMath.divide(5, 2, RoundingMode.HALF_UP));
        assertEquals(2, RoundingMath.divide(5, 2, RoundingMode.HALF_DOWN));
        assertEquals(2, RoundingMath.divide(5, 2, RoundingMode.HALF_EVEN));
        assertEquals(4, RoundingMath.divide(7, 2, RoundingMode.HALF_EVEN));
        assertEquals(-3, RoundingMath.divide(-5, 2, RoundingMode.HALF_UP));
        assertEquals(-2, RoundingMath.divide(-5, 2, RoundingMode.HALF_DOWN));
        assertEquals(-4, RoundingMath.divide(-7, 2, RoundingMode.HALF_EVEN));
    }

    @Test
    void divisionRefusesANonPositiveDivisorAndAnInexactUnnecessaryRounding() {
        assertEquals("divisor must be positive, was 0",
                assertThrows(ArithmeticException.class, () -> RoundingMath.divide(1, 0, RoundingMode.DOWN)).getMessage());
        assertThrows(ArithmeticException.class, () -> RoundingMath.divide(1, -2, RoundingMode.DOWN));
        assertEquals("rounding necessary: 5 / 2",
                assertThrows(ArithmeticException.class, () -> RoundingMath.divide(5, 2, RoundingMode.UNNECESSARY))
                        .getMessage());
        assertEquals(3, RoundingMath.divide(6, 2, RoundingMode.UNNECESSARY));
    }

    @Test
    void productsBeyondALongAreDividedExactly() {
        // -2^62 × 4 = -2^64: the low 64 bits are all zero, the product is not.
        long amount = -(1L << 62);
        for (long step : new long[] {1, 100}) {
            for (RoundingMode mode : MODES) {
                long expected = new BigDecimal(amount).multiply(BigDecimal.valueOf(4))
                        .divide(BigDecimal.valueOf(3 * step), 0, mode).longValueExact() * step;
                assertEquals(expected, RoundingMath.mulDiv(amount, 4, 3, step, mode), step + " " + mode);
            }
        }
        // 2^62 × 4 / 8 = 2^61, exactly.
        assertEquals(1L << 61, RoundingMath.mulDiv(1L << 62, 4, 8, 1, RoundingMode.UNNECESSARY));
        assertEquals(-(1L << 61), RoundingMath.mulDiv(-(1L << 62), 4, 8, 1, RoundingMode.UNNECESSARY));
    }

    @Test
    void allocationFallsBackToTheSecondWeightsWhenAllFirstWeightsAreZero() {
        long[] out = new long[3];
        long[] scratch = new long[3];
        RoundingMath.allocate(2_000, new long[] {0, 0, 0}, new long[] {1, 3, 0}, 0, 3, 100, out, scratch);
        assertArrayEquals(new long[] {500, 1_500, 0}, out);
        assertThrows(IllegalArgumentException.class,
                () -> RoundingMath.allocate(1, new long[] {0, 0}, new long[] {0, 0}, 0, 2, 1, new long[2], new long[2]));
        // Negative totals split like positive ones, signs flipped; the leftover quantum to the lower index on a tie.
        RoundingMath.allocate(-1_000, new long[] {1, 1, 1}, new long[] {1, 1, 1}, 0, 3, 100, out, scratch);
        assertArrayEquals(new long[] {-400, -300, -300}, out);
    }
}
