-- Orderan's PostgreSQL schema, revision 3: read-only views for reporting and BI tools. Their column
-- names are stable: later revisions may add columns, never rename or remove one. Every view starts
-- with tenant_id; filter on it. Money comes twice: *_minor (a whole number of minor units, exact)
-- and the same amount in whole units (numeric with the currency's number of decimals). No view
-- holds personal data (names, contacts, addresses live only in order_personal_data).

-- Decimals of a currency's minor unit (ISO 4217, as the JDK's java.util.Currency has them).
CREATE FUNCTION orderan_minor_digits(currency text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI',
                          'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 0
        WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 3
        WHEN currency IN ('CLF', 'UYW') THEN 4
        ELSE 2
    END
$$;

-- An amount of minor units in whole units of the currency. The inner call names the schema, so the
-- function works whatever the caller's search_path is.
CREATE FUNCTION orderan_whole_units(minor bigint, currency text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT round(minor::numeric / power(10::numeric, ${flyway:defaultSchema}.orderan_minor_digits(currency)),
                 ${flyway:defaultSchema}.orderan_minor_digits(currency))
$$;

CREATE VIEW orderan_report_orders AS
SELECT o.tenant_id,
       o.order_id,
       o.order_type,
       o.lifecycle,
       o.status,
       o.channel,
       o.customer_id,
       o.payment_method,
       o.placed_at,
       (o.placed_at AT TIME ZONE 'UTC')::date                        AS placed_on_utc,
       o.updated_at,
       o.awaiting_payment,
       o.payment_deadline,
       o.currency::text                                              AS currency,
       o.grand_total_minor,
       orderan_whole_units(o.grand_total_minor, o.currency)          AS grand_total,
       o.amount_paid_minor,
       orderan_whole_units(o.amount_paid_minor, o.currency)          AS amount_paid,
       o.amount_refunded_minor,
       orderan_whole_units(o.amount_refunded_minor, o.currency)      AS amount_refunded,
       o.amount_due_minor,
       orderan_whole_units(o.amount_due_minor, o.currency)           AS amount_due,
       jsonb_array_length(o.snapshot -> 'lines')                     AS line_count,
       o.version
FROM orders o;

-- One row per order line, numbered from 0 as reservations number them, with its priced figures.
CREATE VIEW orderan_report_order_lines AS
SELECT o.tenant_id,
       o.order_id,
       (l.n - 1)::integer                                            AS line_number,
       l.line ->> 'sku'                                              AS sku,
       l.line ->> 'productName'                                      AS product_name,
       (l.line ->> 'quantity')::bigint                               AS quantity,
       COALESCE(jsonb_typeof(l.line -> 'service') = 'object', false) AS is_service,
       o.status                                                      AS order_status,
       o.placed_at,
       o.currency::text                                              AS currency,
       (p.line ->> 'unitPriceMinor')::bigint                         AS unit_price_minor,
       orderan_whole_units((p.line ->> 'unitPriceMinor')::bigint, o.currency) AS unit_price,
       (p.line ->> 'discountMinor')::bigint                          AS discount_minor,
       orderan_whole_units((p.line ->> 'discountMinor')::bigint, o.currency) AS discount,
       (p.line ->> 'unitPriceMinor')::bigint * (l.line ->> 'quantity')::bigint
           - (p.line ->> 'discountMinor')::bigint                    AS net_amount_minor,
       orderan_whole_units((p.line ->> 'unitPriceMinor')::bigint * (l.line ->> 'quantity')::bigint
           - (p.line ->> 'discountMinor')::bigint, o.currency)       AS net_amount,
       (p.line ->> 'taxMinor')::bigint                               AS tax_minor,
       orderan_whole_units((p.line ->> 'taxMinor')::bigint, o.currency) AS tax,
       (p.line ->> 'shippingMinor')::bigint                          AS shipping_minor,
       orderan_whole_units((p.line ->> 'shippingMinor')::bigint, o.currency) AS shipping
FROM orders o
CROSS JOIN LATERAL jsonb_array_elements(o.snapshot -> 'lines') WITH ORDINALITY AS l (line, n)
LEFT JOIN LATERAL jsonb_array_elements(o.snapshot -> 'price' -> 'lines') WITH ORDINALITY AS p (line, n)
    ON p.n = l.n;

CREATE VIEW orderan_report_stock_levels AS
SELECT c.tenant_id,
       c.sku,
       c.location,
       c.on_hand,
       c.reserved,
       c.safety                                                      AS safety_stock,
       c.on_hand - c.reserved - c.safety                             AS available,
       COALESCE((SELECT sum(s.quantity) FROM inbound_supplies s
                 WHERE s.tenant_id = c.tenant_id AND s.sku = c.sku AND s.location = c.location), 0)::bigint AS inbound,
       (SELECT max(m.at) FROM stock_movements m
        WHERE m.tenant_id = c.tenant_id AND m.sku = c.sku AND m.location = c.location) AS last_movement_at
FROM stock_cells c;

CREATE VIEW orderan_report_stock_movements AS
SELECT m.tenant_id,
       m.sequence,
       m.sku,
       m.location,
       m.delta,
       GREATEST(m.delta, 0)                                          AS units_in,
       GREATEST(-m.delta, 0)                                         AS units_out,
       m.reason,
       m.reference,
       m.at                                                          AS occurred_at,
       (m.at AT TIME ZONE 'UTC')::date                               AS occurred_on_utc
FROM stock_movements m;

-- Goods that left the warehouse without a sale: per order that has shipped (or got further) and
-- per SKU of its goods lines, the units ordered and the units sold from stock for it (sale
-- movements referencing the order's reservation, whose id is the order id), where fewer were sold
-- than ordered. Empty when every shipment took its goods out of the stock ledger. The SQL form of
-- OrderStockAudit.shippedWithoutSale.
CREATE VIEW orderan_report_shipped_without_sale AS
WITH wanted AS (
    SELECT o.tenant_id, o.order_id, o.status, l.line ->> 'sku' AS sku, sum((l.line ->> 'quantity')::bigint) AS ordered
    FROM orders o
    CROSS JOIN LATERAL jsonb_array_elements(o.snapshot -> 'lines') AS l (line)
    WHERE o.status IN ('SHIPPED', 'DELIVERED', 'COMPLETED', 'RETURN_REQUESTED', 'RETURNED')
      AND NOT COALESCE(jsonb_typeof(l.line -> 'service') = 'object', false)
    GROUP BY o.tenant_id, o.order_id, o.status, l.line ->> 'sku'
), sold AS (
    SELECT m.tenant_id, m.reference, m.sku, -sum(m.delta) AS sold
    FROM stock_movements m
    WHERE m.reason = 'SALE'
    GROUP BY m.tenant_id, m.reference, m.sku
)
SELECT w.tenant_id,
       w.order_id,
       w.status                                                      AS order_status,
       w.sku,
       w.ordered::bigint                                             AS ordered,
       COALESCE(s.sold, 0)::bigint                                   AS sold
FROM wanted w
LEFT JOIN sold s ON s.tenant_id = w.tenant_id AND s.reference = w.order_id AND s.sku = w.sku
WHERE COALESCE(s.sold, 0) < w.ordered;
