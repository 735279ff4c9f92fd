package dev.orderan.core.tax;

import dev.orderan.core.tax.internal.RoundingMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A tax rate as exact fractions: the taxable base is {@code baseNumerator/baseDenominator} of the
 * net price (11/12 for Indonesian DPP "nilai lain", 1/1 elsewhere) and the tax is
 * {@code rateNumerator/rateDenominator} of that base (12/100). Both fractions are kept exact, so the
 * effective fraction (11/100 for non-luxury PPN) is applied to the price in one step and rounded
 * once, never via a pre-rounded base.
 *
 * @param code a short label such as {@code PPN-11/12x12%} or {@code VAT-DE-19}
 * @param baseNumerator numerator of the base fraction
 * @param baseDenominator denominator of the base fraction, positive
 * @param rateNumerator numerator of the nominal rate
 * @param rateDenominator denominator of the nominal rate, positive
 */
public record TaxRate(String code, long baseNumerator, long baseDenominator, long rateNumerator,
                      long rateDenominator) {

    /** No tax (exempt or out of scope). */
    public static final TaxRate EXEMPT = new TaxRate("EXEMPT", 1, 1, 0, 1);

    /** Checks that the fractions are well formed. */
    public TaxRate {
        Objects.requireNonNull(code, "code");
        if (baseDenominator <= 0 || rateDenominator <= 0) {
            throw new IllegalArgumentException("denominators: must be positive");
        }
        if (baseNumerator < 0 || rateNumerator < 0) {
            throw new IllegalArgumentException("numerators: must not be negative");
        }
    }

    /** A rate on the full price, e.g. {@code simple("VAT-DE-19", new BigDecimal("0.19"))}. */
    public static TaxRate simple(String code, BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        int scale = Math.max(0, r.scale());
        long num = r.movePointRight(scale).longValueExact();
        long den = BigDecimal.ONE.movePointRight(scale).longValueExact();
        return new TaxRate(code, 1, 1, num, den);
    }

    /** True when this rate charges no tax. */
    public boolean isZero() {
        return rateNumerator == 0 || baseNumerator == 0;
    }

    /** Numerator of the effective fraction of the net price (base × rate), reduced. */
    public long effectiveNumerator() {
        long n = Math.multiplyExact(baseNumerator, rateNumerator);
        long d = Math.multiplyExact(baseDenominator, rateDenominator);
        long g = RoundingMath.gcd(n, d);
        return g == 0 ? 0 : n / g;
    }

    /** Denominator of the effective fraction of the net price (base × rate), reduced. */
    public long effectiveDenominator() {
        long n = Math.multiplyExact(baseNumerator, rateNumerator);
        long d = Math.multiplyExact(baseDenominator, rateDenominator);
        long g = RoundingMath.gcd(n, d);
        return g == 0 ? d : d / g;
    }

    /** The effective rate as a decimal (0.11 for non-luxury PPN), for display. */
    public BigDecimal effectiveRate() {
        return BigDecimal.valueOf(effectiveNumerator()).divide(BigDecimal.valueOf(effectiveDenominator()),
                10, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * Tax on a tax-exclusive net amount (minor units): {@code net × effective}, rounded once as
     * named to a multiple of {@code step} minor units (100 = whole rupiah).
     */
    public long taxOnExclusive(long net, long step, RoundingMode rounding) {
        if (isZero()) {
            return 0;
        }
        // Unreduced products are exact too; skipping the gcd keeps this hot path cheap.
        return RoundingMath.mulDiv(net, Math.multiplyExact(baseNumerator, rateNumerator),
                Math.multiplyExact(baseDenominator, rateDenominator), step, rounding);
    }

    /**
     * Tax contained in a tax-inclusive amount: {@code gross × e / (1 + e)}, rounded once as named
     * to a multiple of {@code step} (PPN 11 %: {@code gross × 11 / 111}).
     */
    public long taxInInclusive(long gross, long step, RoundingMode rounding) {
        if (isZero()) {
            return 0;
        }
        long n = Math.multiplyExact(baseNumerator, rateNumerator);
        long d = Math.multiplyExact(baseDenominator, rateDenominator);
        return RoundingMath.mulDiv(gross, n, Math.addExact(d, n), step, rounding);
    }

    /**
     * The taxable base (DPP) of a tax-exclusive net amount, {@code net × base fraction}, rounded as
     * named to a multiple of {@code step}. For display on tax invoices only: tax is never computed
     * from this rounded value.
     */
    public long base(long net, long step, RoundingMode rounding) {
        return RoundingMath.mulDiv(net, baseNumerator, baseDenominator, step, rounding);
    }

    @Override
    public String toString() {
        return code;
    }
}
