/** Stock take (stock opname, MISSION F30): counts by bin and barcode, blind counts, variance, approval. */
package dev.orderan.inventory.stocktake;
