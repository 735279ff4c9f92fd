/**
 * Reservations: stock promised to an order, idempotent by id, all-or-nothing across lines, with an
 * expiry tied to the payment method; committed at shipment, released on cancel, payment failure or
 * expiry.
 */
package dev.orderan.inventory.reservation;
