package dev.orderan.core.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats amounts for people.
 *
 * <p>Indonesian ({@code id-ID}): {@code Rp 1.250.000}, with sen shown only when present
 * ({@code Rp 1.250.000,50}). English and every other locale: the ISO code and the locale's digits,
 * {@code IDR 1,250,000} or {@code USD 12.50}. Rupiah amounts drop an all-zero fraction in every
 * locale, because sen are not used in practice; other currencies always show their fraction digits.
 * Instances are immutable and thread-safe.
 */
public final class MoneyFormat {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Locale locale;
    private final boolean rupiahSymbol;

    private MoneyFormat(Locale locale) {
        this.locale = locale;
        this.rupiahSymbol = "id".equals(locale.getLanguage());
    }

    /** The format for a locale. */
    public static MoneyFormat of(Locale locale) {
        return new MoneyFormat(Objects.requireNonNull(locale, "locale"));
    }

    /** The Indonesian format, {@code Rp 1.250.000}. */
    public static MoneyFormat indonesian() {
        return new MoneyFormat(INDONESIAN);
    }

    /** The English format, {@code IDR 1,250,000}. */
    public static MoneyFormat english() {
        return new MoneyFormat(Locale.ENGLISH);
    }

    /** Formats an amount. */
    public String format(Money money) {
        String code = money.currency().getCurrencyCode();
        BigDecimal value = money.toBigDecimal();
        boolean dropFraction = "IDR".equals(code) && money.minor() % Money.pow10(money.scale()) == 0;
        int digits = dropFraction ? 0 : money.scale();
        // DecimalFormat is not thread-safe, so a fresh one per call keeps this class shareable.
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String number = format.format(value.abs());
        String prefix = rupiahSymbol && "IDR".equals(code) ? "Rp" : code;
        return (value.signum() < 0 ? "-" : "") + prefix + " " + number;
    }
}
