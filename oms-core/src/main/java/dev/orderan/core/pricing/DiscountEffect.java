package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import java.util.Map;
import java.util.Objects;

/** What a discount takes off. Percentages are in basis points (1000 = 10 %). */
public sealed interface DiscountEffect {

    /** True when the effect reduces the shipping fee rather than the goods. */
    default boolean onShipping() {
        return false;
    }

    /**
     * A percentage off the targeted lines, computed once on their current total (after earlier
     * discounts) and allocated to them by largest remainder.
     *
     * @param basisPoints 1 to 10000
     */
    record PercentOff(long basisPoints) implements DiscountEffect {
        /** Checks the range. */
        public PercentOff {
            checkBasisPoints(basisPoints);
        }
    }

    /**
     * A fixed amount off, per order (allocated over the targeted lines), per targeted line, or per
     * unit of each targeted line; never more than what is left to discount.
     *
     * @param amount the amount, positive
     * @param per what the amount is for
     */
    record AmountOff(Money amount, Per per) implements DiscountEffect {
        /** Checks the amount. */
        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(per, "per");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("amount: must be positive, was " + amount);
            }
        }
    }

    /** What a fixed amount is for. */
    enum Per {
        /** Once per order. */
        ORDER,
        /** Once per targeted line. */
        LINE,
        /** Once per unit of every targeted line. */
        UNIT
    }

    /**
     * Buy X, get Y: for every {@code buy + get} targeted units, the {@code get} cheapest are
     * discounted by {@code basisPointsOff} (10000 = free).
     *
     * @param buy units to pay for, at least 1
     * @param get units discounted, at least 1
     * @param basisPointsOff the discount on those units
     */
    record BuyXGetY(long buy, long get, long basisPointsOff) implements DiscountEffect {
        /** Checks the numbers. */
        public BuyXGetY {
            if (buy < 1 || get < 1) {
                throw new IllegalArgumentException("buy, get: must be at least 1");
            }
            checkBasisPoints(basisPointsOff);
        }
    }

    /**
     * A bundle sold for a fixed price: every complete set of the component quantities costs
     * {@code price} instead of the sum of its unit prices.
     *
     * @param components SKU → units per bundle
     * @param price the price of one bundle
     */
    record BundlePrice(Map<Sku, Long> components, Money price) implements DiscountEffect {
        /** Copies the components and checks them. */
        public BundlePrice {
            components = Map.copyOf(components);
            if (components.isEmpty()) {
                throw new IllegalArgumentException("components: must not be empty");
            }
            components.forEach((sku, n) -> {
                if (n < 1) {
                    throw new IllegalArgumentException("components[" + sku + "]: must be at least 1");
                }
            });
            Objects.requireNonNull(price, "price");
            if (price.isNegative()) {
                throw new IllegalArgumentException("price: must not be negative");
            }
        }
    }

    /**
     * A percentage off the shipping fee (10000 = free shipping).
     *
     * @param basisPoints 1 to 10000
     */
    record ShippingPercentOff(long basisPoints) implements DiscountEffect {
        /** Checks the range. */
        public ShippingPercentOff {
            checkBasisPoints(basisPoints);
        }

        @Override
        public boolean onShipping() {
            return true;
        }
    }

    /**
     * A fixed amount off the shipping fee, at most the fee.
     *
     * @param amount the amount, positive
     */
    record ShippingAmountOff(Money amount) implements DiscountEffect {
        /** Checks the amount. */
        public ShippingAmountOff {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("amount: must be positive, was " + amount);
            }
        }

        @Override
        public boolean onShipping() {
            return true;
        }
    }

    private static void checkBasisPoints(long bp) {
        if (bp < 1 || bp > 10_000) {
            throw new IllegalArgumentException("basisPoints: must be between 1 and 10000, was " + bp);
        }
    }
}
