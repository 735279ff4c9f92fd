-- Orderan's PostgreSQL schema, revision 4: the state of aggregates kept through the generic
-- aggregate store (PostgresStore.aggregates): one row per aggregate with its version and its state as
-- the host's JSON. Their events go to the events and outbox tables like every other aggregate's.
-- As everywhere, the tenant id leads the primary key.

CREATE TABLE aggregate_states (
    tenant_id      text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    version        bigint      NOT NULL CHECK (version >= 1),
    state          jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, aggregate_type, aggregate_id)
);
