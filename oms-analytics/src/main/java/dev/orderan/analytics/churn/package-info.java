/**
 * Subscription churn: monthly churn rates, Kaplan-Meier survival curves (with Greenwood's variance)
 * by signup cohort and by plan, and a churn-risk score from logistic regression on usage, payment
 * failures and tenure. Subscriptions are plain records the host supplies (the order model has
 * subscription orders but no subscription entity).
 */
package dev.orderan.analytics.churn;
