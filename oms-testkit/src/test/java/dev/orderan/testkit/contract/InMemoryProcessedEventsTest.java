package dev.orderan.testkit.contract;

import dev.orderan.core.store.memory.InMemoryStore;

/** The processed events contract, run against the in-memory adapter. */
class InMemoryProcessedEventsTest extends ProcessedEventsContract {

    @Override
    protected Subject newSubject() {
        InMemoryStore store = new InMemoryStore();
        return new Subject(store, store.processedEvents());
    }
}
