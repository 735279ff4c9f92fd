package dev.orderan.core.money;

import java.math.BigInteger;

/**
 * Largest-remainder allocation of a whole number of minor units in proportion to weights.
 *
 * <p>Deterministic: leftover units go to the largest remainders, ties to the lower index. Works for
 * negative totals too (the allocation of {@code -t} is the negation of the allocation of {@code t}).
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} into {@code weights.length} parts proportional to the weights.
     *
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public static long[] largestRemainder(long total, long... weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights: must not be empty");
        }
        long weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "]: must not be negative, was " + weights[i]);
            }
            weightSum = Math.addExact(weightSum, weights[i]);
        }
        if (weightSum == 0) {
            throw new IllegalArgumentException("weights: at least one must be positive");
        }
        if (total < 0) {
            long[] positive = largestRemainder(Math.negateExact(total), weights);
            for (int i = 0; i < positive.length; i++) {
                positive[i] = -positive[i];
            }
            return positive;
        }
        int n = weights.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long assigned = 0;
        boolean small = total <= Integer.MAX_VALUE && weightSum <= Integer.MAX_VALUE;
        BigInteger bigTotal = small ? null : BigInteger.valueOf(total);
        BigInteger bigSum = small ? null : BigInteger.valueOf(weightSum);
        for (int i = 0; i < n; i++) {
            if (small) {
                long product = total * weights[i];
                parts[i] = product / weightSum;
                remainders[i] = product % weightSum;
            } else {
                BigInteger[] qr = bigTotal.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(bigSum);
                parts[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            assigned += parts[i];
        }
        long leftover = total - assigned; // always < n
        for (long k = 0; k < leftover; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1; // each part gets at most one extra unit
        }
        return parts;
    }
}
