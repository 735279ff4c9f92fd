/**
 * The adapter between Orderan's own data (orders, order events, the stock ledger, stock levels and
 * available-to-promise) and the plain series and positions analytics works on. Only this package
 * reads the order and inventory APIs, so a change there touches one class.
 */
package dev.orderan.analytics.source;
