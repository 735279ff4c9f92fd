package dev.orderan.testkit.contract;

import dev.orderan.core.order.InMemoryOrderStore;
import dev.orderan.core.store.memory.InMemoryStore;

/** The order store contract, run against the in-memory adapter. */
class InMemoryOrderStoreTest extends OrderStoreContract {

    @Override
    protected StoreSubject newSubject() {
        InMemoryStore store = new InMemoryStore();
        return new StoreSubject(store, new InMemoryOrderStore(store), store.processedCommands(), store.outbox());
    }
}
