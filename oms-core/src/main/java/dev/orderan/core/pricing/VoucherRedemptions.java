package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.store.Transaction;
import java.util.OptionalLong;

/**
 * Records voucher redemptions in the transaction that places the order, so checking a limit and
 * using it up are one decision: two concurrent orders can never both pass a "once per customer" or
 * a total limit. Scoped to the transaction's tenant.
 */
public interface VoucherRedemptions {

    /**
     * Records one redemption of a code by a customer for an order, unless a limit is reached.
     *
     * @return true when recorded; false when the total or the customer's limit was already reached
     *     (nothing recorded)
     */
    boolean redeem(Transaction tx, String code, CustomerId customer, String orderId, OptionalLong totalLimit,
            OptionalLong perCustomerLimit);
}
