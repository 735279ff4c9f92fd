/** Implementation details of the in-memory engine; not API, may change without notice. */
package dev.orderan.inventory.internal;
