package dev.orderan.jdbc;

import dev.orderan.testkit.contract.ProcessedEventsContract;

/** The processed events contract, run against PostgreSQL. */
class PostgresProcessedEventsTest extends ProcessedEventsContract {

    @Override
    protected Subject newSubject() {
        PostgresStore store = TestDatabase.emptyStore();
        return new Subject(store, store.processedEvents());
    }
}
