/**
 * Sales, customer and operations metrics over {@link dev.orderan.analytics.metrics.OrderFact}s, each
 * figure returned with the ids of the orders behind it; and {@link dev.orderan.analytics.metrics.OrderFacts},
 * the adapter from Orderan's orders and event log to those facts.
 */
package dev.orderan.analytics.metrics;
