package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Tracks which units of a priced order were refunded. Refunding a set of units returns exactly the
 * sum of their paid amounts ({@link PriceBreakdown#unit(int, long)}); since those amounts add up to
 * the grand total, refunds in any order and any grouping never exceed it and, once every unit is
 * refunded, equal it. Not thread-safe: guard it with the order's lock.
 */
public final class RefundLedger {

    private final PriceBreakdown breakdown;
    private final BitSet[] refunded;
    private long refundedMinor;

    /** A ledger with nothing refunded yet. */
    public RefundLedger(PriceBreakdown breakdown) {
        this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
        this.refunded = new BitSet[breakdown.lineCount()];
        for (int i = 0; i < refunded.length; i++) {
            refunded[i] = new BitSet();
        }
    }

    /**
     * Refunds the units, all or nothing, and returns the amount to pay back.
     *
     * @throws UnitAlreadyRefundedException if a unit was refunded before (nothing changes)
     * @throws IndexOutOfBoundsException if a unit does not exist (nothing changes)
     */
    public Money refund(Collection<UnitRef> units) {
        Set<UnitRef> distinct = new HashSet<>(units);
        long amount = 0;
        for (UnitRef u : distinct) {
            long paid = breakdown.paidMinor(u.lineNumber(), u.unitIndex());
            if (u.unitIndex() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("units: unit index " + u.unitIndex() + " is beyond what refunds track");
            }
            if (refunded[u.lineNumber() - 1].get((int) u.unitIndex())) {
                throw new UnitAlreadyRefundedException(u);
            }
            amount = Math.addExact(amount, paid);
        }
        for (UnitRef u : distinct) {
            refunded[u.lineNumber() - 1].set((int) u.unitIndex());
        }
        refundedMinor = Math.addExact(refundedMinor, amount);
        return Money.ofMinor(amount, breakdown.currency());
    }

    /** True when the unit was refunded. */
    public boolean isRefunded(UnitRef unit) {
        return unit.lineNumber() <= refunded.length && refunded[unit.lineNumber() - 1].get((int) unit.unitIndex());
    }

    /** The total refunded so far. */
    public Money refundedTotal() {
        return Money.ofMinor(refundedMinor, breakdown.currency());
    }

    /** What is left to refund: the grand total minus what was refunded. */
    public Money remaining() {
        return Money.ofMinor(breakdown.grandTotalMinor() - refundedMinor, breakdown.currency());
    }
}
