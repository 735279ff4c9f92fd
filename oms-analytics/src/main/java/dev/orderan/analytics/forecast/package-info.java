/**
 * Demand forecasting on plain series: exponential smoothing in state-space form with automatic
 * model selection, the Theta method, a combination, intermittent-demand methods (Croston, SBA,
 * TSB), rolling-origin backtests with MASE, RMSSE and sMAPE beside naive baselines, and batch
 * forecasting of many series with progress. {@link dev.orderan.analytics.source.DemandHistory}
 * is the only class that reads Orderan's orders and stock ledger; everything else works on
 * {@link dev.orderan.analytics.forecast.TimeSeries}.
 */
package dev.orderan.analytics.forecast;
