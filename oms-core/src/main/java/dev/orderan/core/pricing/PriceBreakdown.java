package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The priced order: per-line amounts and the totals the order stores. Immutable.
 * {@code grandTotal = subtotal - discountTotal + shippingFee + taxTotal}, always, to the minor unit.
 *
 * @param lines per-line prices, in the order of the request
 * @param subtotal the sum of quantity × unit price over all lines
 * @param discountTotal line and order discounts together
 * @param shippingFee the shipping fee charged
 * @param taxTotal the tax (PPN) charged
 * @param grandTotal what the customer pays
 */
public record PriceBreakdown(List<LinePrice> lines, Money subtotal, Money discountTotal, Money shippingFee,
                             Money taxTotal, Money grandTotal) {

    /** Copies the lines and checks that the totals add up. */
    public PriceBreakdown {
        lines = List.copyOf(lines);
        Objects.requireNonNull(subtotal, "subtotal");
        Money expected = subtotal.minus(discountTotal).plus(shippingFee).plus(taxTotal);
        if (!expected.equals(grandTotal)) {
            throw new IllegalArgumentException("grandTotal: must equal subtotal - discountTotal + shippingFee + taxTotal = "
                    + expected + ", was " + grandTotal);
        }
    }

    /**
     * The price of one line.
     *
     * @param lineNumber the 1-based position of the line
     * @param gross quantity × unit price
     * @param discount the line's own discount plus its share of order discounts
     * @param taxBase the base the tax was computed on (DPP)
     * @param tax the tax charged on the line
     * @param total gross − discount + tax
     */
    public record LinePrice(int lineNumber, Money gross, Money discount, Money taxBase, Money tax, Money total) {
    }
}
