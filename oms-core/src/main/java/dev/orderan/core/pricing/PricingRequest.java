package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * What a pricing step needs to price an order: its lines with their unit prices, order-level
 * fixed discounts, the shipping fee and the moment of pricing.
 *
 * @param currency the currency of every amount
 * @param lines the lines, in order
 * @param orderDiscounts fixed order-level discounts, allocated over the lines
 * @param shippingFee the shipping fee charged to the customer
 * @param pricedAt the moment prices and tax rules are taken at
 */
public record PricingRequest(CurrencyUnit currency, List<Line> lines, List<Money> orderDiscounts, Money shippingFee,
                             Instant pricedAt) {

    /** Copies the lists and checks that nothing is missing. */
    public PricingRequest {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        orderDiscounts = List.copyOf(orderDiscounts);
        Objects.requireNonNull(shippingFee, "shippingFee");
        Objects.requireNonNull(pricedAt, "pricedAt");
    }

    /**
     * One line to price.
     *
     * @param sku the product
     * @param quantity the number of units, at least one
     * @param unitPrice the price of one unit, tax-exclusive
     * @param lineDiscount a fixed discount on the whole line
     * @param taxCategory how the line is taxed
     */
    public record Line(Sku sku, long quantity, Money unitPrice, Money lineDiscount, TaxCategory taxCategory) {

        /** Checks that nothing is missing. */
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(lineDiscount, "lineDiscount");
            Objects.requireNonNull(taxCategory, "taxCategory");
        }
    }
}
