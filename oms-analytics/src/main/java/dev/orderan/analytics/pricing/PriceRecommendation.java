package dev.orderan.analytics.pricing;

import dev.orderan.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A recommended price and why. The host decides whether to apply it.
 *
 * @param sku the SKU
 * @param currentPrice today's price
 * @param recommendedPrice the recommendation (equal to today's price for {@link Action#KEEP})
 * @param action raise, lower or keep
 * @param explanation one sentence per step that shaped the price, in order
 */
public record PriceRecommendation(String sku, Money currentPrice, Money recommendedPrice, Action action,
                                  List<String> explanation) {

    /** What the recommendation does. */
    public enum Action {
        /** A higher price. */
        RAISE,
        /** A lower price. */
        LOWER,
        /** Today's price. */
        KEEP
    }

    /** Checks presence and copies the explanation. */
    public PriceRecommendation {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currentPrice, "currentPrice");
        Objects.requireNonNull(recommendedPrice, "recommendedPrice");
        Objects.requireNonNull(action, "action");
        explanation = List.copyOf(explanation);
    }

    /** The relative change, e.g. −0.05 for 5 % lower. */
    public double change() {
        return (double) (recommendedPrice.minor() - currentPrice.minor()) / currentPrice.minor();
    }
}
