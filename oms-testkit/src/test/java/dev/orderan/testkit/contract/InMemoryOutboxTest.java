package dev.orderan.testkit.contract;

import dev.orderan.core.order.InMemoryOrderStore;
import dev.orderan.core.store.memory.InMemoryStore;

/** The outbox contract, run against the in-memory adapter. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected StoreSubject newSubject() {
        InMemoryStore store = new InMemoryStore();
        return new StoreSubject(store, new InMemoryOrderStore(store), store.processedCommands(), store.outbox());
    }
}
