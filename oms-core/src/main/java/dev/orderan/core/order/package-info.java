/**
 * The order aggregate: customers with Indonesian addresses, lines, price
 * breakdown, payment and shipping, order types with their own lifecycles, commands, events,
 * idempotent placement with duplicate detection, and {@link dev.orderan.core.order.OrderStore}, the
 * storage interface of orders (an {@link dev.orderan.core.store.AggregateStore} with two queries).
 */
package dev.orderan.core.order;
