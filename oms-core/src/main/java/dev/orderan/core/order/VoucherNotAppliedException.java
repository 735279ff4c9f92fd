package dev.orderan.core.order;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.pricing.DiscountOutcome;

/**
 * Thrown when a voucher code entered for a placement does not apply (unknown, expired, limit
 * reached, minimum spend not met...): the customer was told a price with the voucher, so the order
 * is refused rather than placed at another price. Nothing is stored.
 */
public final class VoucherNotAppliedException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final DiscountOutcome.Reason reason;

    /** Creates the exception for a code and why it did not apply. */
    public VoucherNotAppliedException(String code, DiscountOutcome.Reason reason) {
        super("voucherCodes: " + code + " does not apply: " + reason.description());
        this.code = code;
        this.reason = reason;
    }

    /** The code. */
    public String code() {
        return code;
    }

    /** Why it did not apply. */
    public DiscountOutcome.Reason reason() {
        return reason;
    }
}
