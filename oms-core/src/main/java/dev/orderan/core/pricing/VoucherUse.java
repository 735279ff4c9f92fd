package dev.orderan.core.pricing;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What became of one voucher code entered for a priced order, with the limits a placement must
 * enforce when it records the redemption.
 *
 * @param code the code as normalised (trimmed, upper case)
 * @param discountId the rule the code unlocks; empty for an unknown code
 * @param reason why the rule applied or not ({@link DiscountOutcome.Reason#UNKNOWN_VOUCHER_CODE} for an unknown code)
 * @param totalLimit how many times the code may be redeemed in all, if limited
 * @param perCustomerLimit how many times one customer may redeem it, if limited
 */
public record VoucherUse(String code, String discountId, DiscountOutcome.Reason reason, OptionalLong totalLimit,
        OptionalLong perCustomerLimit) {

    /** Checks that nothing is missing. */
    public VoucherUse {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(discountId, "discountId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(totalLimit, "totalLimit");
        Objects.requireNonNull(perCustomerLimit, "perCustomerLimit");
    }

    /** True when the code's rule took something off the order. */
    public boolean applied() {
        return reason == DiscountOutcome.Reason.APPLIED || reason == DiscountOutcome.Reason.APPLIED_TRIMMED_BY_CAP;
    }
}
