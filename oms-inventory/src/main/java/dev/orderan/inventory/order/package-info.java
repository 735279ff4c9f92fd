/**
 * Where orders meet stock: the reservation an order needs and the step that keeps it in line with
 * the order inside the order's own transaction.
 */
package dev.orderan.inventory.order;
