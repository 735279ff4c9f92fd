package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * What a pricing step needs to price an order: its lines with their unit prices, caller-given
 * order-level fixed discounts, the shipping fee, the moment of pricing, and the context (channel,
 * customer, vouchers, tax mode, destination) that price lists, promotions and tax depend on.
 *
 * @param currency the currency of every amount
 * @param lines the lines, in order
 * @param orderDiscounts fixed order-level discounts given by the caller (e.g. a manual goodwill
 *     discount), allocated over the lines
 * @param shippingFee the shipping fee before shipping discounts
 * @param pricedAt the moment prices, promotions and tax rules are taken at
 * @param context who buys, where and how
 */
public record PricingRequest(CurrencyUnit currency, List<Line> lines, List<Money> orderDiscounts, Money shippingFee,
                             Instant pricedAt, PricingContext context) {

    /** Copies the lists and checks that nothing is missing. */
    public PricingRequest {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        orderDiscounts = List.copyOf(orderDiscounts);
        Objects.requireNonNull(shippingFee, "shippingFee");
        Objects.requireNonNull(pricedAt, "pricedAt");
        Objects.requireNonNull(context, "context");
    }

    /** A request without context: anonymous customer, tax-exclusive prices, no vouchers. */
    public PricingRequest(CurrencyUnit currency, List<Line> lines, List<Money> orderDiscounts, Money shippingFee,
                          Instant pricedAt) {
        this(currency, lines, orderDiscounts, shippingFee, pricedAt, PricingContext.NONE);
    }

    /** The same request with another context. */
    public PricingRequest withContext(PricingContext newContext) {
        return new PricingRequest(currency, lines, orderDiscounts, shippingFee, pricedAt, newContext);
    }

    /**
     * One line to price.
     *
     * @param sku the product
     * @param quantity the number of units, at least one
     * @param unitPrice the price of one unit in the context's {@link PriceMode}; a price list of the
     *     engine, when it has a price for this SKU, takes precedence
     * @param lineDiscount a fixed discount on the whole line, given by the caller
     * @param taxCategory how the line is taxed
     * @param category the product category, for discount targeting
     */
    public record Line(Sku sku, long quantity, Money unitPrice, Money lineDiscount, TaxCategory taxCategory,
                       Optional<String> category) {

        /** Checks that nothing is missing. */
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(lineDiscount, "lineDiscount");
            Objects.requireNonNull(taxCategory, "taxCategory");
            Objects.requireNonNull(category, "category");
        }

        /** A line without a product category. */
        public Line(Sku sku, long quantity, Money unitPrice, Money lineDiscount, TaxCategory taxCategory) {
            this(sku, quantity, unitPrice, lineDiscount, taxCategory, Optional.empty());
        }

        /** A standard-rated line without a line discount, in the category given. */
        public static Line of(Sku sku, long quantity, Money unitPrice, String category) {
            return new Line(sku, quantity, unitPrice, Money.zero(unitPrice.currency()), TaxCategory.STANDARD,
                    Optional.of(category));
        }
    }
}
