package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command that places an order. Carries an idempotency key: placing again with the same key
 * and the same content returns the first order; the same key with other content is rejected.
 * Carries everything pricing needs, so the price computed is the price charged: voucher codes,
 * customer groups, the B2B account whose contract prices apply, each line's product category, the
 * shipping address (tax destination and stock sourcing) and whether the unit prices include tax.
 * Build it with {@link #builder()}.
 *
 * @param tenantId the tenant
 * @param orderId the host's order number
 * @param idempotencyKey a key unique per intended order (a checkout id, a marketplace order id…)
 * @param type the order type, which chooses the lifecycle
 * @param channel where the order came from
 * @param customer the customer
 * @param lines the lines, 1 to 500
 * @param orderDiscounts fixed order-level discounts
 * @param paymentMethod how the customer pays
 * @param shipping the shipping method
 * @param paymentTerms B2B payment terms (required for B2B)
 * @param promisedDate promise date (required for pre-orders)
 * @param productionStages production stages (required for made-to-order)
 * @param notes notes, may be empty (kept with the order's personal data)
 * @param voucherCodes voucher codes the customer entered; each must apply or the placement is refused
 * @param customerGroups the customer's groups, for group price lists and promotions
 * @param account the B2B account (company) whose contract price lists apply
 * @param priceMode whether the unit prices (and price lists) are meant tax-inclusive, as
 *     Indonesian B2C prices are, or tax-exclusive (tax added on top, the default)
 */
public record PlaceOrder(
        @NotNull TenantId tenantId,
        @NotNull OrderId orderId,
        @NotBlank @Size(max = 128) String idempotencyKey,
        @NotNull OrderType type,
        @NotNull SalesChannel channel,
        @NotNull @Valid Customer customer,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid OrderLine> lines,
        @NotNull List<@NotNull @NonNegative Money> orderDiscounts,
        @NotNull PaymentMethod paymentMethod,
        @NotNull @Valid ShippingMethod shipping,
        @NotNull Optional<@Valid PaymentTerms> paymentTerms,
        @NotNull Optional<LocalDate> promisedDate,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> productionStages,
        @NotNull @Size(max = 2000) String notes,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 50) String> voucherCodes,
        @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String> customerGroups,
        @NotNull Optional<@Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> account,
        @NotNull PriceMode priceMode) {

    /** Copies the collections (keeping nulls for validation to report). */
    public PlaceOrder {
        lines = lines == null ? null : copy(lines);
        orderDiscounts = orderDiscounts == null ? null : copy(orderDiscounts);
        productionStages = productionStages == null ? null : copy(productionStages);
        voucherCodes = voucherCodes == null ? null : copy(voucherCodes);
        customerGroups = customerGroups == null ? null
                : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(customerGroups));
    }

    private static <T> List<T> copy(List<T> list) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A builder; type defaults to B2C prepaid, channel to web, notes to empty, prices to tax-exclusive. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlaceOrder}; validation happens when the command is placed. */
    public static final class Builder {
        private TenantId tenantId;
        private OrderId orderId;
        private String idempotencyKey;
        private OrderType type = OrderType.B2C_PREPAID;
        private SalesChannel channel = SalesChannel.WEB;
        private Customer customer;
        private final List<OrderLine> lines = new ArrayList<>();
        private final List<Money> orderDiscounts = new ArrayList<>();
        private PaymentMethod paymentMethod;
        private ShippingMethod shipping;
        private PaymentTerms paymentTerms;
        private LocalDate promisedDate;
        private final List<String> productionStages = new ArrayList<>();
        private String notes = "";
        private final List<String> voucherCodes = new ArrayList<>();
        private final Set<String> customerGroups = new LinkedHashSet<>();
        private String account;
        private PriceMode priceMode = PriceMode.TAX_EXCLUSIVE;

        private Builder() {
        }

        /** Adds a voucher code the customer entered. */
        public Builder voucher(String code) {
            this.voucherCodes.add(code);
            return this;
        }

        /** Adds a customer group (member tier, reseller) that price lists and promotions may target. */
        public Builder customerGroup(String group) {
            this.customerGroups.add(group);
            return this;
        }

        /** The B2B account (company) whose contract prices apply. */
        public Builder account(String value) {
            this.account = value;
            return this;
        }

        /** Whether the unit prices include tax (Indonesian B2C display prices do). */
        public Builder priceMode(PriceMode value) {
            this.priceMode = value;
            return this;
        }

        /** The tenant. */
        public Builder tenant(TenantId value) {
            this.tenantId = value;
            return this;
        }

        /** The order number. */
        public Builder orderId(OrderId value) {
            this.orderId = value;
            return this;
        }

        /** The idempotency key. */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /** The order type. */
        public Builder type(OrderType value) {
            this.type = value;
            return this;
        }

        /** The sales channel. */
        public Builder channel(SalesChannel value) {
            this.channel = value;
            return this;
        }

        /** The customer. */
        public Builder customer(Customer value) {
            this.customer = value;
            return this;
        }

        /** Adds a line. */
        public Builder line(OrderLine value) {
            this.lines.add(value);
            return this;
        }

        /** Adds a fixed order-level discount. */
        public Builder orderDiscount(Money value) {
            this.orderDiscounts.add(value);
            return this;
        }

        /** The payment method. */
        public Builder paymentMethod(PaymentMethod value) {
            this.paymentMethod = value;
            return this;
        }

        /** The shipping method. */
        public Builder shipping(ShippingMethod value) {
            this.shipping = value;
            return this;
        }

        /** B2B payment terms. */
        public Builder paymentTerms(PaymentTerms value) {
            this.paymentTerms = value;
            return this;
        }

        /** Pre-order promise date. */
        public Builder promisedDate(LocalDate value) {
            this.promisedDate = value;
            return this;
        }

        /** Adds made-to-order production stages, in order. */
        public Builder productionStages(String... values) {
            this.productionStages.addAll(java.util.Arrays.asList(values));
            return this;
        }

        /** Notes. */
        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        /** The command. */
        public PlaceOrder build() {
            return new PlaceOrder(tenantId, orderId, idempotencyKey, type, channel, customer, lines, orderDiscounts,
                    paymentMethod, shipping, Optional.ofNullable(paymentTerms), Optional.ofNullable(promisedDate),
                    productionStages, notes, voucherCodes, customerGroups, Optional.ofNullable(account), priceMode);
        }
    }
}
