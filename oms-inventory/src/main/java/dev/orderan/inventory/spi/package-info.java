/**
 * The storage SPI of inventory: the few primitives a store must provide (conditional reservation
 * of units, movements appended with their on-hand change, reservation records with versions,
 * inbound supply, reads and a consistency check), each atomic. Every rule (validation, sourcing,
 * all-or-nothing reservations, idempotency, alerts, available-to-promise, events) lives in
 * {@link dev.orderan.inventory.engine.InventoryService} above it, so the in-memory store and a
 * store over a database cannot behave differently. The conformance kit {@code InventoryStoreContract} checks a
 * store.
 */
package dev.orderan.inventory.spi;
