/**
 * Indonesian retail calendar events (Ramadan and Lebaran, 11.11, Harbolnas 12.12, payday) and
 * their multiplicative effects on demand, learned from a series' own history and applied around
 * any forecasting method.
 */
package dev.orderan.analytics.forecast.calendar;
