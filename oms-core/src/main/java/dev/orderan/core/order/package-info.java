/**
 * The order aggregate: customers with Indonesian addresses, lines, price
 * breakdown, payment and shipping, order types with their own lifecycles, commands, events,
 * idempotent placement with duplicate detection, and the persistence SPI.
 */
package dev.orderan.core.order;
