/** The conformance kit of inventory store adapters. */
package dev.orderan.inventory.testkit;
