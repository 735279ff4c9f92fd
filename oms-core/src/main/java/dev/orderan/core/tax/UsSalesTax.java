package dev.orderan.core.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * A US-style sales tax by destination: the combined rate of the most specific jurisdiction that
 * matches the destination code ({@code US-NY-10001} before {@code US-NY}), on tax-exclusive prices,
 * computed once per invoice and rounded half-up to the cent. Exempt goods (often groceries) pay
 * nothing; {@link TaxCategory#REDUCED} uses the jurisdiction's reduced rate when one was given.
 */
public final class UsSalesTax implements TaxEngine {

    private final Map<String, TaxRate[]> byJurisdiction;
    private final TaxRounding rounding;

    private UsSalesTax(Map<String, TaxRate[]> byJurisdiction, TaxRounding rounding) {
        this.byJurisdiction = Map.copyOf(byJurisdiction);
        this.rounding = rounding;
    }

    /** A builder with no jurisdictions and half-up per-invoice rounding to the cent. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "SALES-TAX";
    }

    @Override
    public TaxRate rate(TaxCategory category, TaxContext context) {
        if (category == TaxCategory.EXEMPT) {
            return TaxRate.EXEMPT;
        }
        String destination = context.destination()
                .orElseThrow(() -> new TaxRuleNotFoundException(name(), category, context, "destination missing"));
        String key = destination;
        while (true) {
            TaxRate[] rates = byJurisdiction.get(key);
            if (rates != null) {
                return category == TaxCategory.REDUCED ? rates[1] : rates[0];
            }
            int dash = key.lastIndexOf('-');
            if (dash < 0) {
                throw new TaxRuleNotFoundException(name(), category, context, "no jurisdiction matches " + destination);
            }
            key = key.substring(0, dash);
        }
    }

    @Override
    public TaxRounding rounding(CurrencyUnit currency) {
        return rounding;
    }

    /** US sales tax is charged on sales priced in US dollars only. */
    @Override
    public boolean handles(CurrencyUnit currency) {
        return "USD".equals(currency.getCurrencyCode());
    }

    /** Builds a {@link UsSalesTax}. */
    public static final class Builder {
        private final Map<String, TaxRate[]> byJurisdiction = new HashMap<>();
        private TaxRounding rounding = new TaxRounding(TaxRounding.Scope.PER_INVOICE, RoundingMode.HALF_UP, false);

        private Builder() {
        }

        /** Adds a jurisdiction's combined rate, e.g. {@code ("US-NY-10001", "0.08875")}. */
        public Builder jurisdiction(String code, String rate) {
            return jurisdiction(code, rate, rate);
        }

        /** Adds a jurisdiction with a separate reduced rate. */
        public Builder jurisdiction(String code, String rate, String reducedRate) {
            Objects.requireNonNull(code, "code");
            byJurisdiction.put(code, new TaxRate[] {
                TaxRate.simple("SALES-" + code, new BigDecimal(rate)),
                TaxRate.simple("SALES-" + code + "-R", new BigDecimal(reducedRate))});
            return this;
        }

        /** Sets the rounding. */
        public Builder rounding(TaxRounding value) {
            this.rounding = Objects.requireNonNull(value, "rounding");
            return this;
        }

        /** The engine. */
        public UsSalesTax build() {
            return new UsSalesTax(byJurisdiction, rounding);
        }
    }
}
