/**
 * Inventory kept in memory: the inventory rules over an in-memory store that shares its
 * transactions and outbox with an in-memory order store.
 */
package dev.orderan.inventory.memory;
