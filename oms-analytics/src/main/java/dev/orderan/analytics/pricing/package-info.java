/**
 * Pricing recommendations: price elasticity per SKU from price and quantity history (log-log
 * regression with a confidence interval), and a recommended price under guardrails (minimum
 * margin, maximum change per day, competitor bounds, stock-aware markdown), each with its
 * explanation. Recommendations only: the host decides and applies prices through its price lists.
 */
package dev.orderan.analytics.pricing;
