/** Lots and expiry: stock by lot with received and expiry dates, picked FIFO or FEFO. */
package dev.orderan.inventory.lot;
