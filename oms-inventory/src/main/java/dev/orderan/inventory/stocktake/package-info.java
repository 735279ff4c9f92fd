/**
 * Stock take (stock opname, MISSION F30): count sessions by location and bin, barcode scans, blind
 * counts, the variance report and approval that posts the variances as movements, while selling
 * goes on.
 */
package dev.orderan.inventory.stocktake;
