/**
 * Numerical building blocks shared by the analytics packages: special functions, a Nelder-Mead
 * minimiser, logistic and least-squares regression, ranking metrics and percentiles. Not API:
 * signatures may change without notice.
 */
package dev.orderan.analytics.internal;
