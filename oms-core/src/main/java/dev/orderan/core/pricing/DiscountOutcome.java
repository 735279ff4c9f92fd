package dev.orderan.core.pricing;

import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import java.util.Objects;

/**
 * Whether a discount rule applied to a priced order, how much it took off, and why not if it did
 * not: the explanation shown to customers and support staff.
 *
 * @param discountId the rule's id ({@code voucher:CODE} for an unknown voucher code)
 * @param reason why it applied or not
 * @param amount what it took off (zero when it did not apply)
 */
public record DiscountOutcome(String discountId, Reason reason, Money amount) {

    /** Why a rule applied or not. */
    public enum Reason {
        /** Applied in full. */
        APPLIED("applied"),
        /** Applied, but trimmed to stay within the maximum combined discount. */
        APPLIED_TRIMMED_BY_CAP("applied, trimmed to the maximum combined discount"),
        /** The rule's window has not started. */
        NOT_YET_VALID("not valid yet"),
        /** The rule's window has ended. */
        EXPIRED("expired"),
        /** The order is in another channel. */
        WRONG_CHANNEL("not offered in this channel"),
        /** The rule's amounts are in another currency than the order. */
        CURRENCY_MISMATCH("rule amounts are in another currency"),
        /** The customer is not in a targeted group. */
        CUSTOMER_GROUP_NOT_ELIGIBLE("customer group not eligible"),
        /** The rule needs a voucher code that was not entered. */
        VOUCHER_REQUIRED("needs a voucher code"),
        /** A voucher code was entered that no rule knows. */
        UNKNOWN_VOUCHER_CODE("unknown voucher code"),
        /** The voucher's own window does not include the pricing moment. */
        VOUCHER_NOT_VALID_NOW("voucher not valid at this time"),
        /** The voucher reached its total usage limit. */
        VOUCHER_USAGE_LIMIT_REACHED("voucher usage limit reached"),
        /** The customer reached the voucher's per-customer limit. */
        VOUCHER_CUSTOMER_LIMIT_REACHED("voucher already used the maximum times by this customer"),
        /** A per-customer limit needs a known customer. */
        VOUCHER_NEEDS_CUSTOMER("voucher is limited per customer but the customer is unknown"),
        /** The goods subtotal is below the minimum spend. */
        MINIMUM_SPEND_NOT_MET("minimum spend not met"),
        /** No line is targeted (or a bundle is incomplete, or too few units for buy-X-get-Y). */
        NO_MATCHING_LINES("no matching lines"),
        /** An exclusive rule applied, or this exclusive rule came after another rule. */
        BLOCKED_BY_EXCLUSIVE("does not combine with another discount that applied"),
        /** The maximum combined discount was already reached. */
        COMBINED_CAP_REACHED("maximum combined discount already reached"),
        /** Earlier discounts left nothing to take off. */
        NOTHING_LEFT_TO_DISCOUNT("nothing left to discount");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** A short English explanation. */
        public String description() {
            return description;
        }
    }

    /** Checks that nothing is missing. */
    public DiscountOutcome {
        Objects.requireNonNull(discountId, "discountId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
    }

    /** True when the rule took something off. */
    public boolean applied() {
        return reason == Reason.APPLIED || reason == Reason.APPLIED_TRIMMED_BY_CAP;
    }

    /** A one-line explanation for people, in English: {@code SALE10: applied (IDR 15,000)}. */
    public String explain() {
        return explain(MoneyFormat.english());
    }

    /**
     * A one-line explanation with the amount in the given format, e.g. {@code SALE10: applied (Rp 15.000)}
     * with {@link MoneyFormat#indonesian()}.
     */
    public String explain(MoneyFormat format) {
        return discountId + ": " + reason.description() + (applied() ? " (" + format.format(amount) + ")" : "");
    }
}
