/** Stock take (stock opname): counts by bin and barcode, blind counts, variance, approval. */
package dev.orderan.inventory.stocktake;
