/**
 * Conformance kits: abstract JUnit test classes a store adapter's author extends, supplying the
 * adapter under test; every test then runs against it. {@link AggregateStoreContract} checks any
 * aggregate store with its unit of work (nested calls included) and outbox;
 * {@link OrderStoreContract} builds on it for orders; {@link OutboxContract},
 * {@link VoucherRedemptionsContract} and {@link ProcessedEventsContract} check the other parts.
 * Orderan runs every kit against its in-memory adapter ({@code dev.orderan.core.store.memory}),
 * the only adapter it ships.
 */
package dev.orderan.testkit.contract;
