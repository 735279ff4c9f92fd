/** PostgreSQL. */
package dev.orderan.jdbc;
