package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A dated list of unit prices for one scope (retail, channel, customer group or B2B contract),
 * either tax-inclusive or tax-exclusive, with optional volume tiers per SKU (1–9, 10–49, 50+).
 *
 * @param id the list's identifier, reported as the price source of a line
 * @param scope whom the list is for
 * @param mode whether its prices include tax
 * @param currency the currency of its prices
 * @param validFrom the first moment the list applies (inclusive)
 * @param validUntil the moment it stops applying (exclusive), if it ends
 * @param tiers per SKU, tiers sorted by ascending minimum quantity
 */
public record PriceList(String id, PriceListScope scope, PriceMode mode, CurrencyUnit currency, Instant validFrom,
                        Optional<Instant> validUntil, Map<Sku, List<Tier>> tiers) {

    /**
     * A unit price from a minimum quantity on.
     *
     * @param minQuantity the smallest line quantity the price applies to, at least 1
     * @param unitPrice the unit price
     */
    public record Tier(long minQuantity, Money unitPrice) {
        /** Checks the tier. */
        public Tier {
            if (minQuantity < 1) {
                throw new IllegalArgumentException("minQuantity: must be at least 1, was " + minQuantity);
            }
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (unitPrice.isNegative()) {
                throw new IllegalArgumentException("unitPrice: must not be negative, was " + unitPrice);
            }
        }
    }

    /** Copies and sorts the tiers and checks the dates and currencies. */
    public PriceList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil: must be after validFrom");
        }
        Map<Sku, List<Tier>> copy = new HashMap<>();
        for (var e : tiers.entrySet()) {
            List<Tier> sorted = new ArrayList<>(e.getValue());
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("tiers[" + e.getKey() + "]: must not be empty");
            }
            sorted.sort(Comparator.comparingLong(Tier::minQuantity));
            for (Tier t : sorted) {
                if (!t.unitPrice().isIn(currency)) {
                    throw new IllegalArgumentException("tiers[" + e.getKey() + "].unitPrice: must be in " + currency);
                }
            }
            copy.put(e.getKey(), List.copyOf(sorted));
        }
        tiers = Map.copyOf(copy);
    }

    /** A builder for a list. */
    public static Builder builder(String id, PriceListScope scope, PriceMode mode, CurrencyUnit currency) {
        return new Builder(id, scope, mode, currency);
    }

    /** True when the list applies at the moment. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(validFrom) && validUntil.map(at::isBefore).orElse(true);
    }

    /** The unit price for a SKU at a line quantity: the tier with the largest minimum not above it. */
    public Optional<Money> unitPrice(Sku sku, long quantity) {
        List<Tier> list = tiers.get(sku);
        if (list == null) {
            return Optional.empty();
        }
        Money price = null;
        for (Tier t : list) {
            if (t.minQuantity() <= quantity) {
                price = t.unitPrice();
            }
        }
        return Optional.ofNullable(price);
    }

    /** Builds a {@link PriceList}. */
    public static final class Builder {
        private final String id;
        private final PriceListScope scope;
        private final PriceMode mode;
        private final CurrencyUnit currency;
        private Instant validFrom = Instant.EPOCH;
        private Instant validUntil;
        private final Map<Sku, List<Tier>> tiers = new HashMap<>();

        private Builder(String id, PriceListScope scope, PriceMode mode, CurrencyUnit currency) {
            this.id = id;
            this.scope = scope;
            this.mode = mode;
            this.currency = currency;
        }

        /** The first moment the list applies. */
        public Builder validFrom(Instant value) {
            this.validFrom = value;
            return this;
        }

        /** The moment the list stops applying (exclusive). */
        public Builder validUntil(Instant value) {
            this.validUntil = value;
            return this;
        }

        /** A single price for any quantity. */
        public Builder price(Sku sku, Money unitPrice) {
            return tier(sku, 1, unitPrice);
        }

        /** A volume tier: from {@code minQuantity} units on, each costs {@code unitPrice}. */
        public Builder tier(Sku sku, long minQuantity, Money unitPrice) {
            tiers.computeIfAbsent(sku, k -> new ArrayList<>()).add(new Tier(minQuantity, unitPrice));
            return this;
        }

        /** The list. */
        public PriceList build() {
            return new PriceList(id, scope, mode, currency, validFrom, Optional.ofNullable(validUntil), tiers);
        }
    }
}
