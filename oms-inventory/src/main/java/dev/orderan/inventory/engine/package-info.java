/**
 * The inventory rules over any {@link dev.orderan.inventory.spi.InventoryStore}: one implementation
 * of {@link dev.orderan.inventory.Inventory} for every store.
 */
package dev.orderan.inventory.engine;
