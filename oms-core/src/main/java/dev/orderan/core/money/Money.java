package dev.orderan.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An exact amount of money: a {@code long} count of the currency's ISO minor units (sen for IDR,
 * cents for USD) and its {@link CurrencyUnit}.
 *
 * <p>Arithmetic never overflows silently (it throws {@link ArithmeticException}) and never rounds
 * implicitly: every operation that can produce a fraction of a minor unit takes a
 * {@link RoundingMode}, and splitting an amount into parts uses {@link #allocate(long...)}, whose
 * parts always add up to the whole.
 *
 * @param minor the amount in minor units of {@code currency}
 * @param currency the currency
 */
public record Money(long minor, CurrencyUnit currency) implements Comparable<Money> {

    /** Indonesian rupiah. */
    public static final CurrencyUnit IDR = Currencies.IDR;

    /**
     * Checks that a currency is present and replaces it with Orderan's unit of the same code
     * ({@link Currencies}), so amounts from Moneta's or any other {@code CurrencyUnit} compare equal.
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        currency = Currencies.canonical(currency);
    }

    /** An amount given in minor units, e.g. {@code ofMinor(12_550, USD)} is USD 125.50. */
    public static Money ofMinor(long minor, CurrencyUnit currency) {
        return new Money(minor, currency);
    }

    /**
     * An amount given in major units, e.g. {@code of(1_250_000, IDR)} is Rp 1.250.000.
     *
     * @throws ArithmeticException if the amount does not fit in a {@code long} of minor units
     */
    public static Money of(long major, CurrencyUnit currency) {
        return new Money(Math.multiplyExact(major, pow10(scaleOf(currency))), currency);
    }

    /**
     * An amount given as a decimal in major units. The decimal must not have more fraction digits
     * than the currency has: {@code of("10.005", USD)} is rejected, never rounded.
     *
     * @throws ArithmeticException if the value has too many fraction digits or is too large
     */
    public static Money of(BigDecimal major, CurrencyUnit currency) {
        Objects.requireNonNull(major, "amount");
        BigDecimal minor = major.movePointRight(scaleOf(currency));
        try {
            return new Money(minor.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + major.toPlainString() + " " + currency.getCurrencyCode()
                    + " is not a whole number of minor units (scale " + scaleOf(currency) + ") or is too large");
        }
    }

    /** Parses a decimal string in major units, see {@link #of(BigDecimal, CurrencyUnit)}. */
    public static Money of(String major, CurrencyUnit currency) {
        return of(new BigDecimal(major), currency);
    }

    /** Zero in the given currency. */
    public static Money zero(CurrencyUnit currency) {
        return new Money(0, currency);
    }

    /** Shortcut for rupiah: {@code idr(1_250_000)} is Rp 1.250.000. */
    public static Money idr(long rupiah) {
        return of(rupiah, IDR);
    }

    /**
     * Converts a {@link MonetaryAmount} exactly.
     *
     * @throws ArithmeticException if the amount has more fraction digits than its currency
     */
    public static Money from(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return of(amount.getNumber().numberValue(BigDecimal.class), amount.getCurrency());
    }

    /** The number of fraction digits of a currency (2 for IDR and USD, 0 for JPY). */
    public static int scaleOf(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** The fraction digits of this amount's currency. */
    public int scale() {
        return scaleOf(currency);
    }

    /** This amount as a decimal in major units, with exactly {@link #scale()} fraction digits. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(minor, scale());
    }

    /** This amount as a Moneta {@link MonetaryAmount}. */
    public MonetaryAmount toMonetaryAmount() {
        return org.javamoney.moneta.Money.of(toBigDecimal(), currency);
    }

    /** The sum; both amounts must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** The difference; both amounts must be in the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** This amount times a whole number (a quantity, say). */
    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** This amount multiplied by a decimal factor, rounded to minor units as named. */
    public Money multiply(BigDecimal factor, RoundingMode rounding) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(factor);
        return new Money(exact.setScale(0, rounding).longValueExact(), currency);
    }

    /** This amount times {@code numerator / denominator}, rounded once, as named. */
    public Money multiply(long numerator, long denominator, RoundingMode rounding) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        BigInteger product = BigInteger.valueOf(minor).multiply(BigInteger.valueOf(numerator));
        BigDecimal exact = new BigDecimal(product).divide(BigDecimal.valueOf(denominator), 0, rounding);
        return new Money(exact.longValueExact(), currency);
    }

    /** This amount divided by a whole number, rounded to minor units as named. */
    public Money divide(long divisor, RoundingMode rounding) {
        return multiply(1, divisor, rounding);
    }

    /** This amount rounded to a multiple of {@code step} minor units (100 = whole rupiah for IDR). */
    public Money roundToMultipleOf(long step, RoundingMode rounding) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        long units = BigDecimal.valueOf(minor).divide(BigDecimal.valueOf(step), 0, rounding).longValueExact();
        return new Money(Math.multiplyExact(units, step), currency);
    }

    /**
     * Splits this amount in proportion to the weights by the largest-remainder method: each part is
     * its proportional share rounded down, and the minor units left over go one each to the parts
     * with the largest remainders (ties to the earlier part). The parts always sum to this amount,
     * and each is within one minor unit of its exact share.
     *
     * @param weights non-negative weights, at least one of them positive
     * @return one part per weight, in the same order
     */
    public Money[] allocate(long... weights) {
        long[] parts = Allocation.largestRemainder(minor, weights);
        Money[] result = new Money[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = new Money(parts[i], currency);
        }
        return result;
    }

    /** The negated amount. */
    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    /** The absolute amount. */
    public Money abs() {
        return minor < 0 ? negate() : this;
    }

    /** The smaller of two amounts in the same currency. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of two amounts in the same currency. */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** True when zero. */
    public boolean isZero() {
        return minor == 0;
    }

    /** True when greater than zero. */
    public boolean isPositive() {
        return minor > 0;
    }

    /** True when less than zero. */
    public boolean isNegative() {
        return minor < 0;
    }

    /** True when this amount is in the given currency. */
    public boolean isIn(CurrencyUnit other) {
        return currency == other || currency.getCurrencyCode().equals(other.getCurrencyCode());
    }

    /** Compares two amounts in the same currency. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    /** Formats for people in the given locale; see {@link MoneyFormat}. */
    public String format(Locale locale) {
        return MoneyFormat.of(locale).format(this);
    }

    /** A plain, locale-independent form such as {@code IDR 1250000.00}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toBigDecimal().toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (currency != other.currency) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, 10);
        }
        return result;
    }
}
