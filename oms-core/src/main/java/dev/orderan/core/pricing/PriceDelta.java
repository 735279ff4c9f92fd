package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The difference between an order's stored price and its re-priced version after an edit: what to
 * collect from the customer or refund, and which components changed. All deltas are
 * {@code after − before}.
 *
 * @param subtotal change of the goods subtotal
 * @param discountTotal change of the discounts
 * @param shippingFee change of the shipping fee charged
 * @param taxTotal change of the tax
 * @param grandTotal change of what the customer pays: positive to collect, negative to refund
 */
public record PriceDelta(Money subtotal, Money discountTotal, Money shippingFee, Money taxTotal, Money grandTotal) {

    /** Checks that nothing is missing. */
    public PriceDelta {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discountTotal, "discountTotal");
        Objects.requireNonNull(shippingFee, "shippingFee");
        Objects.requireNonNull(taxTotal, "taxTotal");
        Objects.requireNonNull(grandTotal, "grandTotal");
    }

    /** The delta from {@code before} to {@code after}; both in the same currency. */
    public static PriceDelta between(PriceBreakdown before, PriceBreakdown after) {
        return new PriceDelta(after.subtotal().minus(before.subtotal()),
                after.discountTotal().minus(before.discountTotal()),
                after.shippingFee().minus(before.shippingFee()),
                after.taxTotal().minus(before.taxTotal()),
                after.grandTotal().minus(before.grandTotal()));
    }

    /** The amount to collect, when the new price is higher. */
    public Optional<Money> amountToCollect() {
        return grandTotal.isPositive() ? Optional.of(grandTotal) : Optional.empty();
    }

    /** The amount to refund, when the new price is lower. */
    public Optional<Money> amountToRefund() {
        return grandTotal.isNegative() ? Optional.of(grandTotal.negate()) : Optional.empty();
    }

    /** True when the customer pays the same. */
    public boolean isSettled() {
        return grandTotal.isZero();
    }
}
