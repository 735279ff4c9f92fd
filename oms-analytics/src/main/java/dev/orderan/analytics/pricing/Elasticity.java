package dev.orderan.analytics.pricing;

import java.util.Objects;

/**
 * The price elasticity of one SKU: the slope β of ln(units) = α + β·ln(price), the percentage
 * change in units for a one per cent change in price.
 *
 * @param sku the SKU
 * @param coefficient β (normally negative)
 * @param standardError its standard error
 * @param lower95 lower end of its 95 % confidence interval (Student t, n − 2 degrees of freedom)
 * @param upper95 upper end of that interval
 * @param rSquared the share of the variance of ln(units) explained
 * @param observations days used (days with sales)
 * @param distinctPrices distinct prices among them
 */
public record Elasticity(String sku, double coefficient, double standardError, double lower95, double upper95,
                         double rSquared, int observations, int distinctPrices) {

    /** Checks presence and the interval. */
    public Elasticity {
        Objects.requireNonNull(sku, "sku");
        if (!(lower95 <= coefficient && coefficient <= upper95)) {
            throw new IllegalArgumentException("elasticity " + sku + ": interval must contain the coefficient");
        }
    }

    /** True when the whole interval is below −1: raising the price loses revenue, lowering it gains. */
    public boolean isSignificantlyElastic() {
        return upper95 < -1;
    }

    /** True when the whole interval lies in (−1, +∞): a higher price loses proportionally fewer sales. */
    public boolean isSignificantlyInelastic() {
        return lower95 > -1;
    }
}
