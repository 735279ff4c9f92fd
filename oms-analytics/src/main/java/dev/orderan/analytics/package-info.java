/** Analytics over Orderan's own orders, events and stock ledger: forecasting, replenishment, metrics, customer value and scoring. */
package dev.orderan.analytics;
