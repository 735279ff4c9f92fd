package dev.orderan.analytics.metrics;

import dev.orderan.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * How one SKU sold: units, the exact revenue of its lines, and the orders it was in.
 *
 * @param sku the SKU
 * @param productName the product name on its most recent line
 * @param category the category
 * @param units units sold and not refunded
 * @param revenue what customers paid for its lines (after discounts, with tax, without shipping), less refunds
 * @param orderIds the orders it was sold in
 */
public record ProductSales(String sku, String productName, String category, long units, Money revenue,
                           List<String> orderIds) {
    /** Checks presence and copies the ids. */
    public ProductSales {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(revenue, "revenue");
        orderIds = List.copyOf(orderIds);
    }
}
