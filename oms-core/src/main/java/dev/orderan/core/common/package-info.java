/** Shared kernel value types: typed identifiers and quantities. */
package dev.orderan.core.common;
