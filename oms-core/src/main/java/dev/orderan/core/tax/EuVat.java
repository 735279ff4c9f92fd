package dev.orderan.core.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * An EU-style VAT: a standard and a reduced rate per destination country, usually on
 * tax-inclusive consumer prices, rounded half-up to the cent per line. Shows that the engine is a
 * rule set, not Indonesian arithmetic: the same pricing code handles it.
 */
public final class EuVat implements TaxEngine {

    private final Map<String, TaxRate[]> byCountry;
    private final TaxRounding rounding;
    private final java.util.Set<String> currencies;

    private EuVat(Map<String, TaxRate[]> byCountry, TaxRounding rounding, java.util.Set<String> currencies) {
        this.byCountry = Map.copyOf(byCountry);
        this.rounding = rounding;
        this.currencies = java.util.Set.copyOf(currencies);
    }

    /** A builder with no countries and half-up per-line rounding to the cent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A few example countries (DE 19/7, FR 20/5.5, NL 21/9), rounded half-up per line. */
    public static EuVat examples() {
        return builder().country("DE", "0.19", "0.07").country("FR", "0.20", "0.055").country("NL", "0.21", "0.09")
                .build();
    }

    @Override
    public String name() {
        return "VAT";
    }

    @Override
    public TaxRate rate(TaxCategory category, TaxContext context) {
        if (category == TaxCategory.EXEMPT) {
            return TaxRate.EXEMPT;
        }
        String country = context.destination()
                .orElseThrow(() -> new TaxRuleNotFoundException(name(), category, context, "destination country missing"));
        if (country.length() > 2) {
            country = country.substring(0, 2);
        }
        TaxRate[] rates = byCountry.get(country);
        if (rates == null) {
            throw new TaxRuleNotFoundException(name(), category, context, "no VAT rates for country " + country);
        }
        return category == TaxCategory.REDUCED ? rates[1] : rates[0];
    }

    @Override
    public TaxRounding rounding(CurrencyUnit currency) {
        return rounding;
    }

    /** The currencies configured with {@link Builder#currency(String)}; euro by default. */
    @Override
    public boolean handles(CurrencyUnit currency) {
        return currencies.contains(currency.getCurrencyCode());
    }

    /** Builds an {@link EuVat}. */
    public static final class Builder {
        private final Map<String, TaxRate[]> byCountry = new HashMap<>();
        private TaxRounding rounding = new TaxRounding(TaxRounding.Scope.PER_LINE, RoundingMode.HALF_UP, false);
        private final java.util.Set<String> currencies = new java.util.HashSet<>(java.util.Set.of("EUR"));

        private Builder() {
        }

        /** Also taxes sales priced in this currency (a member state outside the euro area, say). */
        public Builder currency(String isoCode) {
            currencies.add(Objects.requireNonNull(isoCode, "isoCode"));
            return this;
        }

        /** Adds a country's standard and reduced rates, as decimals such as {@code "0.19"}. */
        public Builder country(String isoCountry, String standard, String reduced) {
            Objects.requireNonNull(isoCountry, "isoCountry");
            byCountry.put(isoCountry, new TaxRate[] {
                TaxRate.simple("VAT-" + isoCountry + "-" + new BigDecimal(standard).movePointRight(2).stripTrailingZeros().toPlainString(),
                        new BigDecimal(standard)),
                TaxRate.simple("VAT-" + isoCountry + "-" + new BigDecimal(reduced).movePointRight(2).stripTrailingZeros().toPlainString(),
                        new BigDecimal(reduced))});
            return this;
        }

        /** Sets the rounding. */
        public Builder rounding(TaxRounding value) {
            this.rounding = Objects.requireNonNull(value, "rounding");
            return this;
        }

        /** The engine. */
        public EuVat build() {
            return new EuVat(byCountry, rounding, currencies);
        }
    }
}
