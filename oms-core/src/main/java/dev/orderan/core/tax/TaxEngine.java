package dev.orderan.core.tax;

import javax.money.CurrencyUnit;

/**
 * The tax SPI: which rate applies to a category of goods at a place and date, and how tax amounts
 * are rounded. The pricing engine does the arithmetic (exact fractions, one rounding), so an engine
 * only states rules. Built in: {@link IndonesiaPpn}, {@link EuVat}, {@link UsSalesTax}.
 */
public interface TaxEngine {

    /** A short name for explanations and invoices, e.g. {@code PPN}. */
    String name();

    /**
     * The rate for a category in a context. Must be deterministic: the same category and context
     * always give the same rate (the pricing engine caches rates per day and destination).
     *
     * @throws TaxRuleNotFoundException if the engine has no rule for the category or destination
     */
    TaxRate rate(TaxCategory category, TaxContext context);

    /** How tax in the given currency is rounded. */
    TaxRounding rounding(CurrencyUnit currency);

    /**
     * True when this engine taxes sales priced in the currency. Pricing refuses an order in a
     * currency its engine does not handle instead of applying, say, Indonesian PPN rounded to whole
     * dollars. Engines of one jurisdiction handle its currency; the default handles every currency.
     */
    default boolean handles(CurrencyUnit currency) {
        return true;
    }
}
