-- Orderan's PostgreSQL schema, revision 2: inventory. Stock per SKU and location, the stock ledger
-- with its gapless per-tenant numbering, reservations with the lines they request, hold and sold,
-- inbound supply with the backorders promised out of it, and the numbering of the other inventory
-- event streams. As in revision 1, the tenant id leads every primary key, foreign key and index.
-- Exact instants: a timestamptz column (microseconds, for queries) plus the nanosecond of the second.

-- One row per SKU and location ever stocked. Available = on_hand - reserved - safety.
CREATE TABLE stock_cells (
    tenant_id text   NOT NULL,
    sku       text   NOT NULL,
    location  text   NOT NULL,
    on_hand   bigint NOT NULL DEFAULT 0,
    reserved  bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    safety    bigint NOT NULL DEFAULT 0 CHECK (safety >= 0),
    -- Creation order: the order a SKU's locations are listed in.
    position  bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant_id, sku, location)
);

-- The last number of the tenant's stock ledger. A transaction appending a movement holds this row
-- locked until it ends, so numbers are handed out without gaps: a rolled-back movement gives its
-- number back to the next one.
CREATE TABLE stock_ledger_heads (
    tenant_id     text   NOT NULL,
    last_sequence bigint NOT NULL CHECK (last_sequence >= 0),
    PRIMARY KEY (tenant_id)
);

-- The append-only stock ledger: on hand of a cell = the sum of its movements' deltas.
CREATE TABLE stock_movements (
    tenant_id  text        NOT NULL,
    sequence   bigint      NOT NULL CHECK (sequence >= 1),
    sku        text        NOT NULL,
    location   text        NOT NULL,
    delta      bigint      NOT NULL CHECK (delta <> 0),
    reason     text        NOT NULL,
    reference  text        NOT NULL,
    at         timestamptz NOT NULL,
    at_nanos   integer     NOT NULL,
    idempotent boolean     NOT NULL,
    PRIMARY KEY (tenant_id, sequence),
    FOREIGN KEY (tenant_id, sku, location) REFERENCES stock_cells (tenant_id, sku, location)
);

CREATE INDEX stock_movements_by_cell ON stock_movements (tenant_id, sku, location, sequence);
-- An idempotent movement (receipt, adjustment, transfer) is booked once per cell, reason and reference.
CREATE UNIQUE INDEX stock_movements_once ON stock_movements (tenant_id, sku, location, reason, reference)
    WHERE idempotent;

-- Reservations. A forgotten (settled) reservation keeps its row with forgotten = true, so a reused
-- id continues its version; inserting over it replaces the row.
CREATE TABLE reservations (
    tenant_id             text        NOT NULL,
    reservation_id        text        NOT NULL,
    owner_id              text        NOT NULL,
    version               bigint      NOT NULL CHECK (version >= 1),
    status                text        NOT NULL,
    release_reason        text,
    expires_at            timestamptz,
    expires_at_nanos      integer,
    request_expires_at    timestamptz,
    request_expires_nanos integer,
    destination_zone      text,
    destination_latitude  double precision,
    destination_longitude double precision,
    forgotten             boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, reservation_id)
);

CREATE INDEX reservations_expiring ON reservations (tenant_id, expires_at)
    WHERE status = 'ACTIVE' AND NOT forgotten AND expires_at IS NOT NULL;
CREATE INDEX reservations_by_owner ON reservations (tenant_id, owner_id) WHERE status = 'ACTIVE' AND NOT forgotten;

-- The lines of a reservation: kind 'R' requested (location may be empty), 'H' held, 'S' sold.
CREATE TABLE reservation_lines (
    tenant_id      text    NOT NULL,
    reservation_id text    NOT NULL,
    kind           char(1) NOT NULL CHECK (kind IN ('R', 'H', 'S')),
    position       integer NOT NULL,
    line           integer NOT NULL,
    sku            text    NOT NULL,
    location       text,
    quantity       bigint  NOT NULL,
    PRIMARY KEY (tenant_id, reservation_id, kind, position),
    FOREIGN KEY (tenant_id, reservation_id) REFERENCES reservations (tenant_id, reservation_id) ON DELETE CASCADE
);

CREATE INDEX reservation_lines_held ON reservation_lines (tenant_id, sku, location) WHERE kind = 'H';

-- Units expected to arrive, per SKU, location and reference; slips counts postponements.
CREATE TABLE inbound_supplies (
    tenant_id   text   NOT NULL,
    sku         text   NOT NULL,
    location    text   NOT NULL,
    reference   text   NOT NULL,
    quantity    bigint NOT NULL,
    expected_on date   NOT NULL,
    slips       bigint NOT NULL,
    -- Stored order (a replaced supply goes last among equal dates).
    position    bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant_id, sku, location, reference),
    FOREIGN KEY (tenant_id, sku, location) REFERENCES stock_cells (tenant_id, sku, location)
);

-- Units promised to orders out of an inbound supply.
CREATE TABLE backorders (
    tenant_id        text    NOT NULL,
    reservation_id   text    NOT NULL,
    owner_id         text    NOT NULL,
    sku              text    NOT NULL,
    location         text    NOT NULL,
    quantity         bigint  NOT NULL,
    supply_reference text    NOT NULL,
    promised_on      date    NOT NULL,
    position         integer NOT NULL,
    PRIMARY KEY (tenant_id, reservation_id),
    FOREIGN KEY (tenant_id, sku, location, supply_reference)
        REFERENCES inbound_supplies (tenant_id, sku, location, reference) ON DELETE CASCADE
);

CREATE INDEX backorders_by_supply ON backorders (tenant_id, sku, location, supply_reference, position);

-- The last number of every other inventory event stream (stock alerts, supply slips, channel
-- stock), locked by the transaction that takes a number until it ends: no gaps.
CREATE TABLE inventory_sequences (
    tenant_id      text   NOT NULL,
    aggregate_type text   NOT NULL,
    aggregate_id   text   NOT NULL,
    last_value     bigint NOT NULL,
    PRIMARY KEY (tenant_id, aggregate_type, aggregate_id)
);
