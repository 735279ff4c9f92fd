/**
 * The storage SPI every aggregate shares: a {@link dev.orderan.core.store.UnitOfWork} that commits
 * aggregate changes, processed command ids and outgoing events together, a generic
 * {@link dev.orderan.core.store.AggregateStore}, {@link dev.orderan.core.store.ProcessedCommands} for
 * idempotency, and the {@link dev.orderan.core.store.Outbox} a relay claims events from. Adapters
 * (in memory, PostgreSQL) implement all of them over one transaction type of their own.
 */
package dev.orderan.core.store;
