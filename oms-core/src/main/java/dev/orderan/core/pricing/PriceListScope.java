package dev.orderan.core.pricing;

import java.util.Objects;

/**
 * Whom a price list is for. More specific scopes win: a B2B contract over a customer-group price,
 * over a channel price, over the retail list.
 *
 * @param kind the kind of scope
 * @param key the channel, group or company the list is for; empty for retail
 */
public record PriceListScope(Kind kind, String key) {

    /** Kinds of scope, from least to most specific. */
    public enum Kind {
        /** The public retail list. */
        RETAIL,
        /** Prices for one sales channel (web, a marketplace). */
        CHANNEL,
        /** Prices for a customer group (members, resellers). */
        CUSTOMER_GROUP,
        /** Negotiated prices of one B2B company's contract. */
        CONTRACT
    }

    /** Checks that the key matches the kind. */
    public PriceListScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if ((kind == Kind.RETAIL) != key.isEmpty()) {
            throw new IllegalArgumentException("key: must be empty exactly for RETAIL, was '" + key + "' for " + kind);
        }
    }

    /** The retail scope. */
    public static PriceListScope retail() {
        return new PriceListScope(Kind.RETAIL, "");
    }

    /** A channel scope. */
    public static PriceListScope channel(String channel) {
        return new PriceListScope(Kind.CHANNEL, channel);
    }

    /** A customer-group scope. */
    public static PriceListScope customerGroup(String group) {
        return new PriceListScope(Kind.CUSTOMER_GROUP, group);
    }

    /** A B2B contract scope for a company. */
    public static PriceListScope contract(String company) {
        return new PriceListScope(Kind.CONTRACT, company);
    }

    /** True when this scope applies to the context. */
    public boolean appliesTo(PricingContext context) {
        switch (kind) {
            case RETAIL:
                return true;
            case CHANNEL:
                return context.channel().map(key::equals).orElse(false);
            case CUSTOMER_GROUP:
                return context.customerGroups().contains(key);
            default:
                return context.company().map(key::equals).orElse(false);
        }
    }
}
