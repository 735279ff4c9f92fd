package dev.orderan.core.order;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * One line of an order (MISSION F1): product name, SKU, description, quantity and unit price, a
 * fixed line discount, how the line is taxed, and — for services — service type, duration and
 * specification.
 *
 * @param sku the product variant
 * @param productName the name shown to the customer
 * @param description a longer description, may be empty
 * @param quantity number of units, at least one
 * @param unitPrice price of one unit, tax-exclusive
 * @param discount a fixed discount on the whole line
 * @param taxCategory how the line is taxed
 * @param service service details when the line is a service
 */
public record OrderLine(
        @NotNull Sku sku,
        @NotBlank @Size(max = 200) String productName,
        @NotNull @Size(max = 2000) String description,
        @Positive @jakarta.validation.constraints.Max(1_000_000) long quantity,
        @NotNull @NonNegative Money unitPrice,
        @NotNull @NonNegative Money discount,
        @NotNull TaxCategory taxCategory,
        @NotNull Optional<@Valid ServiceDetails> service) {

    /** A goods line without discount, taxed at the standard rate. */
    public static OrderLine goods(Sku sku, String productName, long quantity, Money unitPrice) {
        return new OrderLine(sku, productName, "", quantity, unitPrice, Money.zero(unitPrice.currency()),
                TaxCategory.STANDARD, Optional.empty());
    }

    /** A service line, taxed at the standard rate. */
    public static OrderLine service(Sku sku, String productName, long quantity, Money unitPrice, ServiceDetails details) {
        return new OrderLine(sku, productName, "", quantity, unitPrice, Money.zero(unitPrice.currency()),
                TaxCategory.STANDARD, Optional.of(details));
    }

    /** This line with a fixed discount on the whole line. */
    public OrderLine withDiscount(Money lineDiscount) {
        return new OrderLine(sku, productName, description, quantity, unitPrice, lineDiscount, taxCategory, service);
    }

    /** This line with another tax category. */
    public OrderLine withTaxCategory(TaxCategory category) {
        return new OrderLine(sku, productName, description, quantity, unitPrice, discount, category, service);
    }

    /** This line with a description. */
    public OrderLine withDescription(String text) {
        return new OrderLine(sku, productName, text, quantity, unitPrice, discount, taxCategory, service);
    }

    /** True when the line is a service (nothing to ship for it). */
    public boolean isService() {
        return service.isPresent();
    }
}
