/** Command-line entry points of the analytics module; the only code here that prints. */
package dev.orderan.analytics.cli;
