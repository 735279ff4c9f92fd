package dev.orderan.core.money;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Laws of Money arithmetic and allocation, over random amounts. */
class MoneyProperties {

    private static final long BOUND = 1_000_000_000_000_000L; // 10^18 minor units: sums of three stay in range

    private static Money m(long minor) {
        return Money.ofMinor(minor, Money.IDR);
    }

    @Test
    void additionIsCommutativeAndAssociative() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-BOUND, BOUND), longs().between(-BOUND, BOUND),
                        longs().between(-BOUND, BOUND))
                .check((a, b, c) -> m(a).plus(m(b)).equals(m(b).plus(m(a)))
                        && m(a).plus(m(b)).plus(m(c)).equals(m(a).plus(m(b).plus(m(c)))));
    }

    @Test
    void subtractionUndoesAdditionAndZeroIsNeutral() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-BOUND, BOUND), longs().between(-BOUND, BOUND))
                .check((a, b) -> m(a).plus(m(b)).minus(m(b)).equals(m(a)) && m(a).plus(Money.zero(Money.IDR)).equals(m(a))
                        && m(a).minus(m(a)).isZero());
    }

    @Test
    void multiplicationByQuantityDistributesOverAddition() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-1_000_000_000L, 1_000_000_000L),
                        longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(0, 1_000_000))
                .check((a, b, q) -> m(a).plus(m(b)).times(q).equals(m(a).times(q).plus(m(b).times(q))));
    }

    @Test
    void arithmeticEitherIsExactOrThrows() {
        qt().withExamples(examples(10_000)).forAll(longs().all(), longs().all()).check((a, b) -> {
            BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
            try {
                return BigInteger.valueOf(m(a).plus(m(b)).minor()).equals(exact);
            } catch (ArithmeticException overflow) {
                return exact.bitLength() > 63;
            }
        });
    }

    @Test
    void allocationSumsExactlyAndEachPartIsWithinOneMinorUnitOfItsShare() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-BOUND, BOUND),
                        lists().of(longs().between(0, 1_000_000_000L)).ofSizeBetween(1, 30))
                .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
                .check((total, weights) -> {
                    long[] w = weights.stream().mapToLong(Long::longValue).toArray();
                    Money[] parts = m(total).allocate(w);
                    BigInteger sumWeights = BigInteger.ZERO;
                    for (long x : w) {
                        sumWeights = sumWeights.add(BigInteger.valueOf(x));
                    }
                    long sum = 0;
                    for (int i = 0; i < parts.length; i++) {
                        sum += parts[i].minor();
                        BigDecimal share = new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(w[i])))
                                .divide(new BigDecimal(sumWeights), 10, RoundingMode.HALF_EVEN);
                        if (share.subtract(BigDecimal.valueOf(parts[i].minor())).abs().compareTo(BigDecimal.ONE) >= 0) {
                            return false;
                        }
                    }
                    return sum == total;
                });
    }

    @Test
    void formattingAndParsingRoundTripThroughMoneta() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-BOUND, BOUND))
                .check(a -> Money.from(m(a).toMonetaryAmount()).equals(m(a))
                        && Money.of(m(a).toBigDecimal(), Money.IDR).equals(m(a)));
    }

    @Test
    void roundingToWholeRupiahNeverMovesMoreThanOneRupiah() {
        qt().withExamples(examples(10_000)).forAll(longs().between(-BOUND, BOUND), integers().between(0, 3))
                .check((a, mode) -> {
                    RoundingMode rounding = new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_UP,
                            RoundingMode.FLOOR}[mode];
                    Money r = m(a).roundToMultipleOf(100, rounding);
                    return r.minor() % 100 == 0 && Math.abs(r.minor() - a) < 100;
                });
    }
}
