package dev.orderan.core.order;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of an order: product name, SKU, description, quantity and unit price, a discount, how
 * the line is taxed, its product category, and — for services — service type, duration and
 * specification.
 *
 * <p>In a {@link PlaceOrder} the unit price is what the caller asks (in the placement's
 * {@link dev.orderan.core.pricing.PriceMode}) and the discount is a fixed discount on the whole line.
 * On a placed {@link Order} the line says what was charged: the unit price the pricing engine used
 * (a price list's when one priced the SKU) and the line's share of every discount, so an invoice
 * printed from {@code order.lines()} is right. {@link Order#price()} has the per-line tax, shipping
 * share, the requested price and the price source.
 *
 * @param sku the product variant
 * @param productName the name shown to the customer
 * @param description a longer description, may be empty
 * @param quantity number of units, at least one
 * @param unitPrice price of one unit before discounts
 * @param discount a discount on the whole line; {@code null} is read as none
 * @param taxCategory how the line is taxed
 * @param category the product category, for targeted promotions and reports
 * @param service service details when the line is a service
 */
public record OrderLine(
        @NotNull Sku sku,
        @NotBlank @Size(max = 200) String productName,
        @NotNull @Size(max = 2000) String description,
        @Positive @Max(1_000_000) long quantity,
        @NotNull @NonNegative Money unitPrice,
        @NonNegative Money discount,
        @NotNull TaxCategory taxCategory,
        @NotNull Optional<@Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> category,
        @NotNull Optional<@Valid ServiceDetails> service) {

    /** Reads a missing discount as zero (when the unit price says the currency). */
    public OrderLine {
        if (discount == null && unitPrice != null) {
            discount = Money.zero(unitPrice.currency());
        }
    }

    /** A goods line without discount, taxed at the standard rate. */
    public static OrderLine goods(Sku sku, String productName, long quantity, Money unitPrice) {
        return new OrderLine(sku, productName, "", quantity, unitPrice, null, TaxCategory.STANDARD, Optional.empty(),
                Optional.empty());
    }

    /** A service line, taxed at the standard rate. */
    public static OrderLine service(Sku sku, String productName, long quantity, Money unitPrice, ServiceDetails details) {
        return new OrderLine(sku, productName, "", quantity, unitPrice, null, TaxCategory.STANDARD, Optional.empty(),
                Optional.ofNullable(details));
    }

    /** This line with a fixed discount on the whole line. */
    public OrderLine withDiscount(Money lineDiscount) {
        return new OrderLine(sku, productName, description, quantity, unitPrice, lineDiscount, taxCategory, category,
                service);
    }

    /** This line with another tax category. */
    public OrderLine withTaxCategory(TaxCategory value) {
        return new OrderLine(sku, productName, description, quantity, unitPrice, discount, value, category, service);
    }

    /** This line with a description. */
    public OrderLine withDescription(String text) {
        return new OrderLine(sku, productName, text, quantity, unitPrice, discount, taxCategory, category, service);
    }

    /** This line in a product category (promotions may target categories). */
    public OrderLine withCategory(String value) {
        return new OrderLine(sku, productName, description, quantity, unitPrice, discount, taxCategory,
                Optional.ofNullable(value), service);
    }

    /** This line with another unit price and discount (the priced line of a placed order). */
    OrderLine charged(Money chargedUnitPrice, Money discountShare) {
        return new OrderLine(sku, productName, description, quantity, chargedUnitPrice, discountShare, taxCategory,
                category, service);
    }

    /** True when the line is a service (nothing to ship for it). */
    public boolean isService() {
        return service.isPresent();
    }
}
