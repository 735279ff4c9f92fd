package dev.orderan.testkit.contract;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.memory.InMemoryStore;

/** The generic aggregate store contract, run against the in-memory adapter with a tally as the aggregate. */
class InMemoryAggregateStoreTest extends AggregateStoreContract<Tally, Tally.Counted> {

    @Override
    protected AggregateSubject<Tally, Tally.Counted> newAggregateSubject() {
        InMemoryStore store = new InMemoryStore();
        return new AggregateSubject<>(store, store.aggregates(Tally.TYPE), store.outbox());
    }

    @Override
    protected Tally stateAt(TenantId tenant, String aggregateId, long version) {
        return new Tally(tenant, aggregateId, version);
    }

    @Override
    protected Tally.Counted eventAt(TenantId tenant, String aggregateId, long sequence) {
        return new Tally.Counted(tenant, aggregateId, sequence, T0);
    }
}
