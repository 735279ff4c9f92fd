/**
 * Fraud scoring of orders: features computed from each order and the orders before it (velocity,
 * amount against the customer's history, cash on delivery, address distance, account age, e-mail
 * domain, device and IP reuse), the {@link dev.orderan.analytics.fraud.FraudScorer} interface a rule
 * engine calls, a rules baseline and a trained logistic-regression model, and their evaluation by
 * AUC and precision at k.
 */
package dev.orderan.analytics.fraud;
