package dev.orderan.core.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * B2B payment terms: the invoice is due {@code netDays} after delivery (net 30, say).
 *
 * @param netDays days after delivery the invoice is due
 */
public record PaymentTerms(@PositiveOrZero @Max(365) int netDays) {

    /** Net {@code days} terms. */
    public static PaymentTerms net(int days) {
        return new PaymentTerms(days);
    }
}
