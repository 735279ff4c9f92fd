package dev.orderan.jdbc;

import dev.orderan.testkit.contract.OrderStoreContract;
import dev.orderan.testkit.contract.StoreSubject;

/** The order store contract, run against PostgreSQL. */
class PostgresOrderStoreTest extends OrderStoreContract {

    @Override
    protected StoreSubject newSubject() {
        PostgresStore store = TestDatabase.emptyStore();
        return new StoreSubject(store, store.orders(), store.processedCommands(), store.outbox());
    }
}
