package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;

/**
 * How often voucher codes have been redeemed; read by pricing to enforce usage limits when it
 * quotes. {@link dev.orderan.core.order.OrderService} records a redemption (through
 * {@link VoucherRedemptions}) in the transaction that places an order using the code, so quotes
 * read counts from the same place redemptions are written to: with the in-memory adapter,
 * {@code InMemoryVoucherRedemptions.of(store).usage(tenant)}.
 */
public interface VoucherUsage {

    /** Usage that is always zero. */
    VoucherUsage NONE = new VoucherUsage() {
        @Override
        public long timesUsed(String code) {
            return 0;
        }

        @Override
        public long timesUsedBy(String code, CustomerId customer) {
            return 0;
        }
    };

    /** Redemptions of a code by anyone. */
    long timesUsed(String code);

    /** Redemptions of a code by one customer. */
    long timesUsedBy(String code, CustomerId customer);
}
