/**
 * The in-memory adapter of the storage SPI: thread-safe, transactional per tenant, for tests,
 * examples and single-process hosts that keep their state elsewhere.
 */
package dev.orderan.core.store.memory;
