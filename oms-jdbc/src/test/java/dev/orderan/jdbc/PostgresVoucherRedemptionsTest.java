package dev.orderan.jdbc;

import dev.orderan.testkit.contract.VoucherRedemptionsContract;

/** The voucher redemptions contract, run against PostgreSQL. */
class PostgresVoucherRedemptionsTest extends VoucherRedemptionsContract {

    @Override
    protected Subject newSubject() {
        PostgresStore store = TestDatabase.emptyStore();
        return new Subject(store, store.voucherRedemptions());
    }
}
