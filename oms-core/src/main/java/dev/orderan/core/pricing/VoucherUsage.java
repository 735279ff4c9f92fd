package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;

/**
 * How often voucher codes have been redeemed; read by pricing to enforce usage limits. The host
 * records a redemption when an order that used the code is placed.
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
