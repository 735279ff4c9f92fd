/** Warehouse basics: bins, pick paths and batch pick lists. */
package dev.orderan.inventory.warehouse;
