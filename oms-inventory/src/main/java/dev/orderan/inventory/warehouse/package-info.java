/** Warehouse basics (MISSION F21): bins, pick paths and batch pick lists. */
package dev.orderan.inventory.warehouse;
