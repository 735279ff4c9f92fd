/** The base of all domain events: immutable records, numbered per aggregate, with deterministic ids. */
package dev.orderan.core.event;
