/**
 * Available-to-promise: inbound supply (expected receipts with dates), backorder and pre-order
 * promises against it, and the slip notices when supply comes late.
 */
package dev.orderan.inventory.atp;
