/** Warehouse basics (MISSION F21): bins, the pick path, and pick lists grouped for batch picking. */
package dev.orderan.inventory.warehouse;
