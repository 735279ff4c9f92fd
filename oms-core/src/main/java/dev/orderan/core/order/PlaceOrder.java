package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that places an order. Carries an idempotency key: placing again with the same key
 * and the same content returns the first order; the same key with other content is rejected.
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
 * @param notes notes, may be empty
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
        @NotNull @Size(max = 2000) String notes) {

    /** Copies the lists (keeping nulls for validation to report). */
    public PlaceOrder {
        lines = lines == null ? null : copy(lines);
        orderDiscounts = orderDiscounts == null ? null : copy(orderDiscounts);
        productionStages = productionStages == null ? null : copy(productionStages);
    }

    private static <T> List<T> copy(List<T> list) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A builder; type defaults to B2C prepaid, channel to web, notes to empty. */
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

        private Builder() {
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
                    productionStages, notes);
        }
    }
}
