/** Persistence contracts shared by every aggregate: optimistic versioning and its failure. */
package dev.orderan.core.persistence;
