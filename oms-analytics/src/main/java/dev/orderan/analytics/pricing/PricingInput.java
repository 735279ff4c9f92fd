package dev.orderan.analytics.pricing;

import dev.orderan.analytics.internal.Violations;
import dev.orderan.core.money.Money;
import java.util.Optional;

/**
 * What the recommender knows about one SKU today.
 *
 * @param sku the SKU
 * @param currentPrice today's price
 * @param unitCost what one unit costs the seller
 * @param elasticity the SKU's estimated elasticity, if any
 * @param competitorPrice the main competitor's price, if known
 * @param onHand units in stock still to be sold: on hand and not reserved for orders
 *     ({@link StockPositions#unreserved})
 * @param averageDailyUnits mean units sold per day recently
 * @param daysSinceLastSale days since the last sale
 */
public record PricingInput(String sku, Money currentPrice, Money unitCost, Optional<Elasticity> elasticity,
                           Optional<Money> competitorPrice, long onHand, double averageDailyUnits, int daysSinceLastSale) {

    /** Checks presence, currencies and signs, listing each broken rule. */
    public PricingInput {
        Violations v = new Violations("PricingInput");
        v.check(sku != null && !sku.isBlank(), "sku", "NotBlank", "must not be blank");
        v.check(currentPrice != null && currentPrice.isPositive(), "currentPrice", "Positive", "must be positive");
        v.check(unitCost != null && !unitCost.isNegative(), "unitCost", "NonNegative", "must not be negative");
        v.check(elasticity != null, "elasticity", "NotNull", "must not be null (use Optional.empty())");
        v.check(competitorPrice != null, "competitorPrice", "NotNull", "must not be null (use Optional.empty())");
        if (currentPrice != null && unitCost != null) {
            v.check(currentPrice.currency().equals(unitCost.currency()), "unitCost", "SameCurrency",
                    "must be in " + currentPrice.currency());
        }
        if (currentPrice != null && competitorPrice != null && competitorPrice.isPresent()) {
            v.check(competitorPrice.get().currency().equals(currentPrice.currency()) && competitorPrice.get().isPositive(),
                    "competitorPrice", "SameCurrency", "must be positive and in " + currentPrice.currency());
        }
        v.check(onHand >= 0, "onHand", "NonNegative", "must not be negative");
        v.check(averageDailyUnits >= 0 && Double.isFinite(averageDailyUnits), "averageDailyUnits", "NonNegative",
                "must be a number at least 0");
        v.check(daysSinceLastSale >= 0, "daysSinceLastSale", "NonNegative", "must not be negative");
        if (elasticity != null && elasticity.isPresent() && sku != null) {
            v.check(elasticity.get().sku().equals(sku), "elasticity.sku", "SameSku", "must be " + sku);
        }
        v.throwIfAny();
    }
}
