/**
 * The PostgreSQL adapter of Orderan's storage SPI: {@link dev.orderan.jdbc.PostgresStore} is the
 * unit of work (one JDBC connection and transaction per tenant-bound unit of work, nested calls as
 * savepoints) and gives the order store, each tenant's inventory store
 * ({@link dev.orderan.jdbc.PostgresInventoryStore}), the outbox, processed commands, processed events
 * and voucher redemptions over one schema that its Flyway migrations create, with reporting views
 * beside the tables.
 */
package dev.orderan.jdbc;
