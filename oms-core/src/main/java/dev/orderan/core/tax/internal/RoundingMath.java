package dev.orderan.core.tax.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact rational arithmetic on {@code long} minor units with a named rounding, the primitive under
 * every tax and discount computation. Not API: the public types wrap it.
 *
 * <p>Why not {@code BigDecimal}: pricing a 20-line order runs dozens of these divisions, and doing
 * them on {@code long} (falling back to {@code BigInteger} only on overflow) keeps the hot path free
 * of allocation.
 */
public final class RoundingMath {

    private RoundingMath() {
    }

    /**
     * {@code n / d} rounded as named; {@code d} must be positive.
     *
     * @throws ArithmeticException for {@link RoundingMode#UNNECESSARY} when the division is inexact
     */
    public static long divide(long n, long d, RoundingMode mode) {
        if (d <= 0) {
            throw new ArithmeticException("divisor must be positive, was " + d);
        }
        long q = n / d;
        long r = n % d;
        if (r == 0) {
            return q;
        }
        long sign = n < 0 ? -1 : 1;
        switch (mode) {
            case DOWN:
                return q;
            case UP:
                return q + sign;
            case FLOOR:
                return sign < 0 ? q - 1 : q;
            case CEILING:
                return sign > 0 ? q + 1 : q;
            case HALF_UP:
            case HALF_DOWN:
            case HALF_EVEN: {
                long ar = Math.abs(r);
                int cmp = Long.compare(ar, d - ar);
                if (cmp > 0) {
                    return q + sign;
                }
                if (cmp < 0) {
                    return q;
                }
                if (mode == RoundingMode.HALF_UP) {
                    return q + sign;
                }
                if (mode == RoundingMode.HALF_DOWN) {
                    return q;
                }
                return (q & 1) == 0 ? q : q + sign;
            }
            default:
                throw new ArithmeticException("rounding necessary: " + n + " / " + d);
        }
    }

    /**
     * {@code amount × num / den}, rounded as named to a multiple of {@code step} minor units.
     * Exact: the product is never rounded before the single division.
     */
    public static long mulDiv(long amount, long num, long den, long step, RoundingMode mode) {
        long hi = Math.multiplyHigh(amount, num);
        long lo = amount * num;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            long bigDen = Math.multiplyExact(den, step);
            return Math.multiplyExact(divide(lo, bigDen, mode), step);
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(num)));
        BigDecimal units = exact.divide(BigDecimal.valueOf(den).multiply(BigDecimal.valueOf(step)), 0, mode);
        return Math.multiplyExact(units.longValueExact(), step);
    }

    /** {@code amount} rounded as named to a multiple of {@code step}. */
    public static long roundTo(long amount, long step, RoundingMode mode) {
        return Math.multiplyExact(divide(amount, step, mode), step);
    }

    /** Greatest common divisor of two non-negative numbers. */
    public static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Splits {@code total} in proportion to {@code weights[from..to)} by largest remainder, in
     * quanta of {@code step} minor units when {@code total} is a multiple of {@code step} (so that,
     * for IDR, whole-rupiah totals give whole-rupiah shares), writing the parts into {@code out}.
     * Ties go to the lower index. When all weights are zero the parts follow {@code fallback}
     * weights (quantities, say).
     *
     * <p>Each part is within one quantum of its exact proportional share, and the parts sum to
     * {@code total} exactly.
     */
    public static void allocate(long total, long[] weights, long[] fallback, int from, int to, long step,
                                long[] out, long[] scratch) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum = Math.addExact(sum, weights[i]);
        }
        long[] w = weights;
        if (sum == 0) {
            w = fallback;
            for (int i = from; i < to; i++) {
                sum = Math.addExact(sum, w[i]);
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights: at least one must be positive");
        }
        long quantum = (step > 1 && total % step == 0) ? step : 1;
        long units = total / quantum;
        boolean negative = units < 0;
        long u = Math.abs(units);
        long assigned = 0;
        for (int i = from; i < to; i++) {
            long hi = Math.multiplyHigh(u, w[i]);
            long lo = u * w[i];
            long part;
            long rem;
            if (hi == 0 && lo >= 0) {
                part = lo / sum;
                rem = lo % sum;
            } else {
                BigInteger[] qr = BigInteger.valueOf(u).multiply(BigInteger.valueOf(w[i]))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                part = qr[0].longValueExact();
                rem = qr[1].longValueExact();
            }
            out[i] = part;
            scratch[i] = rem;
            assigned += part;
        }
        long leftover = u - assigned; // fewer than (to - from)
        for (long k = 0; k < leftover; k++) {
            int best = -1;
            for (int i = from; i < to; i++) {
                if (scratch[i] >= 0 && (best < 0 || scratch[i] > scratch[best])) {
                    best = i;
                }
            }
            out[best]++;
            scratch[best] = -1;
        }
        for (int i = from; i < to; i++) {
            long v = out[i] * quantum;
            out[i] = negative ? -v : v;
        }
    }

    /**
     * The share of unit {@code k} (0-based) when {@code amount} is split over {@code quantity}
     * equal units by largest remainder in quanta of {@code step}: the first units get the extra
     * quanta (equal weights tie, and ties go to the lower index).
     */
    public static long unitShare(long amount, long quantity, long k, long step) {
        long quantum = (step > 1 && amount % step == 0) ? step : 1;
        long units = amount / quantum;
        long base = units / quantity;
        long extra = units % quantity; // same sign as units
        long share = base + (k < Math.abs(extra) ? Long.signum(extra) : 0);
        return share * quantum;
    }

    /** The allocation quantum of an amount: {@code step} when the amount is a multiple of it, else 1. */
    public static long quantum(long amount, long step) {
        return (step > 1 && amount % step == 0) ? step : 1;
    }

    /**
     * The share of unit {@code k} when {@code total} (not negative) is split over units in proportion
     * to their weights by largest remainder, in quanta of {@code step} when the total and every
     * weight are multiples of it (ties go to the lower index). The units form consecutive index
     * ranges {@code [starts[r], ends[r])} in which every unit has weight {@code weights[r]}; empty
     * ranges are allowed. Constant time in the number of units.
     *
     * <p>With non-negative weights whose sum is at least {@code total}, no unit's share exceeds its
     * weight: a share is its exact proportional part rounded down, plus at most one quantum where
     * that part has a fraction, and the quantum divides the weight.
     */
    public static long rangeShare(long total, long step, long[] starts, long[] ends, long[] weights, long k) {
        int n = starts.length;
        boolean whole = step > 1 && total % step == 0;
        for (int r = 0; r < n && whole; r++) {
            whole = ends[r] == starts[r] || weights[r] % step == 0;
        }
        long quantum = whole ? step : 1;
        BigInteger units = BigInteger.valueOf(total / quantum);
        BigInteger sum = BigInteger.ZERO;
        for (int r = 0; r < n; r++) {
            sum = sum.add(BigInteger.valueOf(weights[r]).multiply(BigInteger.valueOf(ends[r] - starts[r])));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights: at least one unit must have a positive weight");
        }
        long[] floors = new long[n];
        BigInteger[] rems = new BigInteger[n];
        long assigned = 0;
        int mine = -1;
        for (int r = 0; r < n; r++) {
            BigInteger[] qr = units.multiply(BigInteger.valueOf(weights[r])).divideAndRemainder(sum);
            floors[r] = qr[0].longValueExact();
            rems[r] = qr[1];
            assigned = Math.addExact(assigned, Math.multiplyExact(floors[r], ends[r] - starts[r]));
            if (k >= starts[r] && k < ends[r]) {
                mine = r;
            }
        }
        if (mine < 0) {
            throw new IndexOutOfBoundsException("unit " + k + " is in no range");
        }
        long leftover = units.longValueExact() - assigned;
        // Ranges by remainder, largest first; equal remainders by position (lower indices first).
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = rems[b].compareTo(rems[a]);
            return c != 0 ? c : Long.compare(starts[a], starts[b]);
        });
        boolean extra = false;
        for (int i = 0; i < n && leftover > 0; i++) {
            int r = order[i];
            if (rems[r].signum() == 0 || ends[r] == starts[r]) {
                continue;
            }
            long take = Math.min(leftover, ends[r] - starts[r]);
            if (r == mine) {
                extra = k - starts[r] < take;
            }
            leftover -= take;
        }
        return (floors[mine] + (extra ? 1 : 0)) * quantum;
    }
}
