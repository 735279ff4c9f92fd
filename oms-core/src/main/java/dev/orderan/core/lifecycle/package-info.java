/**
 * A small, fast, generic state-machine engine: declarative tables, named guards, emitted events,
 * array-indexed lookups, precise errors and Mermaid export.
 */
package dev.orderan.core.lifecycle;
