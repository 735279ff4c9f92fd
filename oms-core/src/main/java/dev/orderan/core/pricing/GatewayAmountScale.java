package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The number of fraction digits a payment gateway accepts for a currency, applied explicitly when
 * an amount leaves for the gateway. Most Indonesian gateways take IDR as whole rupiah (scale 0),
 * while {@link Money} keeps ISO minor units (scale 2).
 *
 * @param currency the currency
 * @param scale the fraction digits the gateway accepts, at most the currency's own
 */
public record GatewayAmountScale(CurrencyUnit currency, int scale) {

    /** Whole rupiah, as Midtrans, Xendit and most Indonesian gateways want. */
    public static final GatewayAmountScale IDR_WHOLE_RUPIAH = new GatewayAmountScale(Money.IDR, 0);

    /** Checks the scale. */
    public GatewayAmountScale {
        Objects.requireNonNull(currency, "currency");
        if (scale < 0 || scale > Money.scaleOf(currency)) {
            throw new IllegalArgumentException("scale: must be between 0 and " + Money.scaleOf(currency) + ", was " + scale);
        }
    }

    /**
     * The amount as the gateway wants it, exactly.
     *
     * @throws InvalidPricingRequestException if the amount has more fraction digits than the gateway takes
     */
    public BigDecimal toGateway(Money amount) {
        requireCurrency(amount);
        try {
            return amount.toBigDecimal().setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidPricingRequestException("amount", "must be a multiple of the gateway's scale " + scale
                    + " for " + currency.getCurrencyCode() + ", was " + amount);
        }
    }

    /** The amount as the gateway wants it, rounded as named (for amounts that may carry sen). */
    public BigDecimal toGateway(Money amount, RoundingMode rounding) {
        requireCurrency(amount);
        return amount.toBigDecimal().setScale(scale, rounding);
    }

    /** An amount received from the gateway, such as {@code "150000.00"} or {@code 150000}, as {@link Money}. */
    public Money fromGateway(BigDecimal amount) {
        return Money.of(amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount,
                currency);
    }

    /** True when the amount can be sent without rounding. */
    public boolean fits(Money amount) {
        requireCurrency(amount);
        return amount.toBigDecimal().stripTrailingZeros().scale() <= scale;
    }

    private void requireCurrency(Money amount) {
        if (!amount.isIn(currency)) {
            throw new InvalidPricingRequestException("amount", "must be in " + currency.getCurrencyCode());
        }
    }
}
