package dev.orderan.jdbc;

import dev.orderan.inventory.testkit.InventoryStoreContract;

/** The inventory store contract, run against PostgreSQL. */
class PostgresInventoryStoreTest extends InventoryStoreContract {

    @Override
    protected Subject newSubject() {
        PostgresStore store = TestDatabase.emptyStore();
        return new Subject(store.inventory(TENANT), store.inventory(OTHER), store.outbox());
    }
}
