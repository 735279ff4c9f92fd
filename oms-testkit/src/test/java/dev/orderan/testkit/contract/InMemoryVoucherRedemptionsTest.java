package dev.orderan.testkit.contract;

import dev.orderan.core.pricing.InMemoryVoucherRedemptions;
import dev.orderan.core.store.memory.InMemoryStore;

/** The voucher redemptions contract, run against the in-memory adapter. */
class InMemoryVoucherRedemptionsTest extends VoucherRedemptionsContract {

    @Override
    protected Subject newSubject() {
        InMemoryStore store = new InMemoryStore();
        return new Subject(store, InMemoryVoucherRedemptions.of(store));
    }
}
