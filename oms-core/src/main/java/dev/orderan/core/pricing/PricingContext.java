package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who buys, where and how: what price lists, discounts and tax rules depend on.
 *
 * @param channel the sales channel ({@code web}, {@code tokopedia}, …), if known
 * @param customer the customer, needed for per-customer voucher limits
 * @param customerGroups the customer's groups ({@code member-gold}, {@code reseller})
 * @param company the B2B company whose contract prices apply, if any
 * @param voucherCodes voucher codes the customer entered
 * @param priceMode whether the order's prices include tax
 * @param destination the destination region code for destination-based tax ({@code ID}, {@code DE}, {@code US-NY-10001})
 */
public record PricingContext(Optional<String> channel, Optional<CustomerId> customer, Set<String> customerGroups,
                             Optional<String> company, List<String> voucherCodes, PriceMode priceMode,
                             Optional<String> destination) {

    /** No channel, anonymous customer, tax-exclusive prices, no destination. */
    public static final PricingContext NONE = new PricingContext(Optional.empty(), Optional.empty(), Set.of(),
            Optional.empty(), List.of(), PriceMode.TAX_EXCLUSIVE, Optional.empty());

    /** Copies the collections and checks that nothing is missing. */
    public PricingContext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        customerGroups = Set.copyOf(customerGroups);
        Objects.requireNonNull(company, "company");
        voucherCodes = List.copyOf(voucherCodes);
        Objects.requireNonNull(priceMode, "priceMode");
        Objects.requireNonNull(destination, "destination");
    }

    /** A builder starting from {@link #NONE}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PricingContext}. */
    public static final class Builder {
        private String channel;
        private CustomerId customer;
        private final Set<String> groups = new HashSet<>();
        private String company;
        private final List<String> vouchers = new ArrayList<>();
        private PriceMode mode = PriceMode.TAX_EXCLUSIVE;
        private String destination;

        private Builder() {
        }

        /** Sets the sales channel. */
        public Builder channel(String value) {
            this.channel = Objects.requireNonNull(value, "channel");
            return this;
        }

        /** Sets the customer. */
        public Builder customer(CustomerId value) {
            this.customer = Objects.requireNonNull(value, "customer");
            return this;
        }

        /** Adds a customer group. */
        public Builder customerGroup(String value) {
            groups.add(Objects.requireNonNull(value, "customerGroup"));
            return this;
        }

        /** Sets the B2B company whose contract prices apply. */
        public Builder company(String value) {
            this.company = Objects.requireNonNull(value, "company");
            return this;
        }

        /** Adds a voucher code the customer entered. */
        public Builder voucher(String code) {
            vouchers.add(Objects.requireNonNull(code, "voucherCode"));
            return this;
        }

        /** Sets whether prices include tax. */
        public Builder priceMode(PriceMode value) {
            this.mode = Objects.requireNonNull(value, "priceMode");
            return this;
        }

        /** Sets the tax destination. */
        public Builder destination(String value) {
            this.destination = Objects.requireNonNull(value, "destination");
            return this;
        }

        /** The context. */
        public PricingContext build() {
            return new PricingContext(Optional.ofNullable(channel), Optional.ofNullable(customer), groups,
                    Optional.ofNullable(company), vouchers, mode, Optional.ofNullable(destination));
        }
    }
}
