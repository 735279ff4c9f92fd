package dev.orderan.jdbc;

import dev.orderan.testkit.contract.OutboxContract;
import dev.orderan.testkit.contract.StoreSubject;

/** The outbox contract, run against PostgreSQL. */
class PostgresOutboxTest extends OutboxContract {

    @Override
    protected StoreSubject newSubject() {
        PostgresStore store = TestDatabase.emptyStore();
        return new StoreSubject(store, store.orders(), store.processedCommands(), store.outbox());
    }
}
