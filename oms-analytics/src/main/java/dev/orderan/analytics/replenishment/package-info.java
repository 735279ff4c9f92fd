/**
 * Replenishment from forecasts: safety stock from demand and lead-time variability at a target
 * service level, reorder points, economic order quantities, suggested purchase orders per SKU and
 * location that respect minimum order quantities and pack sizes, and forecast-aware promise dates
 * for pre-orders. Works on plain values; {@link dev.orderan.analytics.source.DemandHistory} reads
 * them from Orderan's inventory.
 */
package dev.orderan.analytics.replenishment;
