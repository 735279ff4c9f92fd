/** In-memory SPI implementations, fixtures and generators for tests of hosts and plug-ins. */
package dev.orderan.testkit;
