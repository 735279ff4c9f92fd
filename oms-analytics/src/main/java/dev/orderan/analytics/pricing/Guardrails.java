package dev.orderan.analytics.pricing;

import dev.orderan.analytics.internal.Violations;

/**
 * The limits every recommendation keeps.
 *
 * @param minMarginRate the least gross margin (price − cost) / price, e.g. 0.15; never broken
 * @param maxChangePerDay the largest change from the current price in one recommendation, e.g. 0.05 for ±5 %
 * @param competitorFloorRate the lowest price as a share of the competitor's, e.g. 0.90 (used when a competitor price is known)
 * @param competitorCeilingRate the highest price as a share of the competitor's, e.g. 1.10
 * @param overstockDaysOfCover above this many days of cover (stock / mean daily units) stock counts as overstock
 * @param slowMoverDaysWithoutSale after this many days without a sale a SKU with stock counts as a slow mover
 * @param lowStockDaysOfCover below this many days of cover the price is not lowered
 * @param markdownRate the markdown for overstock and slow movers, e.g. 0.10
 * @param priceStepMinor prices are multiples of this many minor units (e.g. 50000 for Rp 500 steps in sen)
 */
public record Guardrails(double minMarginRate, double maxChangePerDay, double competitorFloorRate,
                         double competitorCeilingRate, double overstockDaysOfCover, int slowMoverDaysWithoutSale,
                         double lowStockDaysOfCover, double markdownRate, long priceStepMinor) {

    /** Checks every range, listing each broken one. */
    public Guardrails {
        Violations v = new Violations("Guardrails");
        v.check(minMarginRate >= 0 && minMarginRate < 1, "minMarginRate", "Range", "must be in [0, 1), was " + minMarginRate);
        v.check(maxChangePerDay > 0 && maxChangePerDay < 1, "maxChangePerDay", "Range",
                "must be in (0, 1), was " + maxChangePerDay);
        v.check(competitorFloorRate > 0 && competitorFloorRate <= competitorCeilingRate, "competitorFloorRate", "Range",
                "must be positive and at most competitorCeilingRate, was " + competitorFloorRate);
        v.check(overstockDaysOfCover > 0, "overstockDaysOfCover", "Positive", "must be positive");
        v.check(slowMoverDaysWithoutSale > 0, "slowMoverDaysWithoutSale", "Positive", "must be positive");
        v.check(lowStockDaysOfCover >= 0 && lowStockDaysOfCover < overstockDaysOfCover, "lowStockDaysOfCover", "Range",
                "must be at least 0 and below overstockDaysOfCover");
        v.check(markdownRate > 0 && markdownRate < 1, "markdownRate", "Range", "must be in (0, 1), was " + markdownRate);
        v.check(priceStepMinor >= 1, "priceStepMinor", "Min", "must be at least 1");
        v.throwIfAny();
    }

    /**
     * Defaults for an Indonesian shop: 15 % minimum margin, ±5 % a day, 90–110 % of the
     * competitor, overstock above 120 days of cover, slow mover after 30 days without a sale,
     * no markdown below 14 days of cover, 10 % markdowns, prices in whole Rp 100.
     */
    public static Guardrails indonesianDefaults() {
        return new Guardrails(0.15, 0.05, 0.90, 1.10, 120, 30, 14, 0.10, 10_000);
    }
}
