package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A promotion rule: what it takes off ({@link DiscountEffect}), which lines it targets (SKUs and
 * categories; none means all), when and for whom it applies, and how it stacks.
 *
 * <p>Stacking: rules are tried by descending {@code priority}; rules of equal priority in the order
 * they were added to the engine, or largest first with
 * {@link PricingEngine.Stacking#BEST_FOR_CUSTOMER}. An {@code exclusive} rule
 * applies only if no other rule applied before it, and once it applies no later rule does. The
 * engine's maximum combined percentage caps all goods discounts together (the last one is trimmed).
 *
 * @param id the rule's identifier, used in explanations and vouchers
 * @param effect what it takes off
 * @param priority higher is tried first
 * @param exclusive true if it never combines with other rules
 * @param skus targeted SKUs (empty with empty {@code categories} = all lines)
 * @param categories targeted product categories
 * @param validFrom first moment it applies, if limited
 * @param validUntil moment it stops applying (exclusive), if limited
 * @param minimumSpend the goods subtotal (after line discounts) needed, if any
 * @param channels channels it applies in (empty = all)
 * @param customerGroups customer groups it applies to (empty = everyone)
 * @param requiresVoucher true if it applies only with one of its voucher codes
 */
public record Discount(String id, DiscountEffect effect, int priority, boolean exclusive, Set<Sku> skus,
                       Set<String> categories, Optional<Instant> validFrom, Optional<Instant> validUntil,
                       Optional<Money> minimumSpend, Set<String> channels, Set<String> customerGroups,
                       boolean requiresVoucher) {

    /** Copies the sets and checks that nothing is missing. */
    public Discount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effect, "effect");
        skus = Set.copyOf(skus);
        categories = Set.copyOf(categories);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        channels = Set.copyOf(channels);
        customerGroups = Set.copyOf(customerGroups);
    }

    /** A builder for a rule with this id and effect. */
    public static Builder builder(String id, DiscountEffect effect) {
        return new Builder(id, effect);
    }

    /** True when the rule targets every line. */
    public boolean targetsAll() {
        return skus.isEmpty() && categories.isEmpty();
    }

    /** True when the rule targets a line with this SKU and category. */
    public boolean targets(Sku sku, Optional<String> category) {
        return targetsAll() || skus.contains(sku) || (category.isPresent() && categories.contains(category.get()));
    }

    /** Builds a {@link Discount}. */
    public static final class Builder {
        private final String id;
        private final DiscountEffect effect;
        private int priority;
        private boolean exclusive;
        private final Set<Sku> skus = new HashSet<>();
        private final Set<String> categories = new HashSet<>();
        private Instant validFrom;
        private Instant validUntil;
        private Money minimumSpend;
        private final Set<String> channels = new HashSet<>();
        private final Set<String> groups = new HashSet<>();
        private boolean requiresVoucher;

        private Builder(String id, DiscountEffect effect) {
            this.id = id;
            this.effect = effect;
        }

        /** Higher priority is tried first. */
        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        /** Never combine with other rules. */
        public Builder exclusive() {
            this.exclusive = true;
            return this;
        }

        /** Targets a SKU. */
        public Builder sku(Sku sku) {
            skus.add(sku);
            return this;
        }

        /** Targets a product category. */
        public Builder category(String category) {
            categories.add(category);
            return this;
        }

        /** Applies from this moment. */
        public Builder validFrom(Instant value) {
            this.validFrom = value;
            return this;
        }

        /** Applies until this moment (exclusive). */
        public Builder validUntil(Instant value) {
            this.validUntil = value;
            return this;
        }

        /** Applies only from this goods subtotal on. */
        public Builder minimumSpend(Money value) {
            this.minimumSpend = value;
            return this;
        }

        /** Applies only in this channel (may be called again for more). */
        public Builder channel(String value) {
            channels.add(value);
            return this;
        }

        /** Applies only to this customer group (may be called again for more). */
        public Builder customerGroup(String value) {
            groups.add(value);
            return this;
        }

        /** Applies only with a voucher code. */
        public Builder requiresVoucher() {
            this.requiresVoucher = true;
            return this;
        }

        /** The rule. */
        public Discount build() {
            return new Discount(id, effect, priority, exclusive, skus, categories, Optional.ofNullable(validFrom),
                    Optional.ofNullable(validUntil), Optional.ofNullable(minimumSpend), channels, groups, requiresVoucher);
        }
    }
}
