-- Orderan's PostgreSQL schema, revision 1: orders with their personal data kept apart, the event
-- history of every aggregate, the outbox, processed commands and events, voucher counts.
-- The tenant id leads every primary key, every foreign key and every index a tenant's query uses,
-- so the schema can be distributed by tenant (Citus) without changes. Times are timestamptz
-- (microseconds); the exact values live in the JSON documents.

CREATE TABLE orders (
    tenant_id             text        NOT NULL,
    order_id              text        NOT NULL,
    version               bigint      NOT NULL CHECK (version >= 1),
    order_type            text        NOT NULL,
    lifecycle             text        NOT NULL,
    status                text        NOT NULL,
    channel               text        NOT NULL,
    customer_id           text        NOT NULL,
    payment_method        text        NOT NULL,
    placed_at             timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    awaiting_payment      boolean     NOT NULL,
    payment_deadline      timestamptz,
    currency              char(3)     NOT NULL,
    grand_total_minor     bigint      NOT NULL,
    amount_paid_minor     bigint      NOT NULL,
    amount_refunded_minor bigint      NOT NULL,
    amount_due_minor      bigint      NOT NULL,
    snapshot              jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);

CREATE INDEX orders_by_customer ON orders (tenant_id, customer_id, placed_at DESC);
CREATE INDEX orders_by_status ON orders (tenant_id, status, placed_at);
CREATE INDEX orders_payment_overdue ON orders (tenant_id, payment_deadline)
    WHERE awaiting_payment AND payment_deadline IS NOT NULL;

-- The customer's name, contacts, addresses, the notes and the recipient: one row per order,
-- overwritten in place when the personal data is erased.
CREATE TABLE order_personal_data (
    tenant_id text    NOT NULL,
    order_id  text    NOT NULL,
    erased    boolean NOT NULL,
    data      jsonb   NOT NULL,
    PRIMARY KEY (tenant_id, order_id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, order_id) ON DELETE CASCADE
);

-- Every aggregate's events, numbered from 1 without gaps per aggregate.
CREATE TABLE events (
    tenant_id      text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    sequence       bigint      NOT NULL CHECK (sequence >= 1),
    event_id       uuid        NOT NULL,
    type           text        NOT NULL,
    revision       integer     NOT NULL,
    occurred_at    timestamptz NOT NULL,
    envelope       jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, aggregate_type, aggregate_id, sequence),
    UNIQUE (tenant_id, event_id)
);

-- Committed events waiting for a relay. The columns id, aggregatetype, aggregateid, type and
-- payload are the ones Debezium's outbox event router reads by default; the others are ours.
CREATE TABLE outbox (
    tenant_id     text        NOT NULL,
    position      bigint      GENERATED ALWAYS AS IDENTITY,
    id            uuid        NOT NULL,
    aggregatetype text        NOT NULL,
    aggregateid   text        NOT NULL,
    type          text        NOT NULL,
    revision      integer     NOT NULL,
    sequence      bigint      NOT NULL,
    occurred_at   timestamptz NOT NULL,
    payload       jsonb       NOT NULL,
    claimed_by    text,
    lease_until   timestamptz,
    attempts      integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, position),
    UNIQUE (tenant_id, id)
);

CREATE INDEX outbox_in_order ON outbox (position);
CREATE INDEX outbox_by_aggregate ON outbox (tenant_id, aggregatetype, aggregateid, position);

CREATE TABLE processed_commands (
    tenant_id          text        NOT NULL,
    command_key        text        NOT NULL,
    fingerprint        text        NOT NULL,
    aggregate_type     text        NOT NULL,
    aggregate_id       text        NOT NULL,
    version            bigint      NOT NULL,
    processed_at       timestamptz NOT NULL,
    -- The nanoseconds within the second, so the recorded instant reads back exactly.
    processed_at_nanos integer     NOT NULL,
    PRIMARY KEY (tenant_id, command_key)
);

CREATE INDEX processed_commands_by_time ON processed_commands (processed_at);

CREATE TABLE processed_events (
    tenant_id    text        NOT NULL,
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, consumer, event_id)
);

CREATE INDEX processed_events_by_time ON processed_events (processed_at);

-- Redemptions per voucher code: customer_id '' holds the code's total.
CREATE TABLE voucher_redemptions (
    tenant_id   text   NOT NULL,
    code        text   NOT NULL,
    customer_id text   NOT NULL,
    used        bigint NOT NULL,
    PRIMARY KEY (tenant_id, code, customer_id)
);
