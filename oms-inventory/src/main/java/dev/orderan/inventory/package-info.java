/**
 * Inventory: stock per SKU and location with an append-only ledger, reservations tied to the
 * payment lifecycle, available-to-promise, sourcing, lots, channel stock, stock take, barcodes and
 * warehouse basics.
 */
package dev.orderan.inventory;
