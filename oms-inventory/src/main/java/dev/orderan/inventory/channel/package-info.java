/**
 * Channel stock: per-channel quantities published to marketplaces and shops, with buffers held
 * back, and change events for channel adapters to sync.
 */
package dev.orderan.inventory.channel;
