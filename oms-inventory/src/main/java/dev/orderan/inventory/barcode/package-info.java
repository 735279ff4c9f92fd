/** Barcodes: GTIN check digits, SKU-to-barcode mapping, scan-verified packing. */
package dev.orderan.inventory.barcode;
