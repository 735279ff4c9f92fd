package dev.orderan.core.pricing;

import dev.orderan.core.common.OrderanException;

/** Thrown when a pricing request breaks a rule; names the field path and the rule. */
public final class InvalidPricingRequestException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /** Creates the exception for a field path such as {@code lines[2].quantity} and its rule. */
    public InvalidPricingRequestException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The field path, e.g. {@code lines[2].lineDiscount}. */
    public String field() {
        return field;
    }

    /** The rule that was broken. */
    public String rule() {
        return rule;
    }
}
