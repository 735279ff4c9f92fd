/** Exact money in minor units, largest-remainder allocation and formatting for people. */
package dev.orderan.core.money;
