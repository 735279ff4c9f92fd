/**
 * The storage SPI every aggregate shares: a {@link dev.orderan.core.store.UnitOfWork} that commits
 * aggregate changes, processed command ids and outgoing events together, a generic
 * {@link dev.orderan.core.store.AggregateStore}, {@link dev.orderan.core.store.ProcessedCommands} for
 * idempotency, the {@link dev.orderan.core.store.Outbox} a relay claims events from, and
 * {@link dev.orderan.core.store.ProcessedEvents} for consumers that apply each event once. An
 * adapter implements all of them over one transaction type of its own; Orderan ships the in-memory
 * adapter ({@link dev.orderan.core.store.memory}), and the conformance kits of oms-testkit check any
 * other.
 */
package dev.orderan.core.store;
