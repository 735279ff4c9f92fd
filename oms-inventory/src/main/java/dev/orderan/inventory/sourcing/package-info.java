/**
 * Sourcing across warehouses: the {@link dev.orderan.inventory.sourcing.SourcingStrategy} SPI and
 * built-in strategies that return an explainable plan.
 */
package dev.orderan.inventory.sourcing;
