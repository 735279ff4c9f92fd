/** JSON. */
package dev.orderan.json;
