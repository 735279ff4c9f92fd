/**
 * The base of all domain events: immutable records of plain values with a stable published type,
 * numbered per aggregate from 1 without gaps, carried in envelopes with a random, time-ordered id
 * (a version 7 UUID, {@link dev.orderan.core.event.EventIds}) and the ids of the command and request
 * behind them.
 */
package dev.orderan.core.event;
