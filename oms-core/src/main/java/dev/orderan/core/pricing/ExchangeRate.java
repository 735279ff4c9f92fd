package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * An explicit exchange rate: one unit of {@code from} is {@code rate} units of {@code to}. We never
 * fetch rates; the caller states the rate, its source and moment, and names the rounding.
 *
 * @param from the source currency
 * @param to the target currency
 * @param rate units of {@code to} per unit of {@code from}, positive
 * @param source where the rate came from (e.g. {@code BI-JISDOR}), for audit
 * @param asOf when the rate was taken
 */
public record ExchangeRate(CurrencyUnit from, CurrencyUnit to, BigDecimal rate, String source, Instant asOf) {

    /** Checks that nothing is missing and the rate is positive. */
    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate: must be positive, was " + rate);
        }
    }

    /**
     * Converts an amount, rounding once to the target currency's minor unit as named. Works in major
     * units so that currencies with different scales (USD 2, JPY 0) convert correctly.
     */
    public Money convert(Money amount, RoundingMode rounding) {
        if (!amount.isIn(from)) {
            throw new InvalidPricingRequestException("amount", "must be in " + from.getCurrencyCode());
        }
        BigDecimal target = amount.toBigDecimal().multiply(rate).setScale(Money.scaleOf(to), rounding);
        return Money.of(target, to);
    }

    /** The inverse rate, with the given precision and rounding named. */
    public ExchangeRate inverse(int fractionDigits, RoundingMode rounding) {
        return new ExchangeRate(to, from, BigDecimal.ONE.divide(rate, fractionDigits, rounding), source, asOf);
    }
}
