/**
 * Stock per SKU and location: levels, the append-only movement ledger and the failures of stock
 * operations.
 */
package dev.orderan.inventory.stock;
