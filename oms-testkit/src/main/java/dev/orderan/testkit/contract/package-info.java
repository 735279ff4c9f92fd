/**
 * Conformance kits: abstract JUnit test classes a store adapter's author extends, supplying the
 * adapter under test; every test then runs against it. Orderan runs them against its own in-memory
 * and PostgreSQL adapters.
 */
package dev.orderan.testkit.contract;
