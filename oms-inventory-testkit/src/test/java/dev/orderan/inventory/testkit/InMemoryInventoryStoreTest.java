package dev.orderan.inventory.testkit;

import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.memory.InMemoryInventoryStore;

/** The inventory store contract, run against the in-memory adapter. */
class InMemoryInventoryStoreTest extends InventoryStoreContract {

    @Override
    protected Subject newSubject() {
        InMemoryStore memory = new InMemoryStore();
        return new Subject(new InMemoryInventoryStore(memory, TENANT), new InMemoryInventoryStore(memory, OTHER),
                memory.outbox());
    }
}
