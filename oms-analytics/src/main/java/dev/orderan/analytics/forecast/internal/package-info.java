/**
 * Numerical machinery behind the forecasting API (state-space recursions, the simplex optimiser,
 * decomposition, least squares); not API, may change without notice.
 */
package dev.orderan.analytics.forecast.internal;
