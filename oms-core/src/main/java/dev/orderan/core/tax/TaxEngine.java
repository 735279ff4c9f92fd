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
}
