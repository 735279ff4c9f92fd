/**
 * Barcodes (MISSION F13): GTIN check digits, SKU-barcode mapping and scan-verified pick and pack.
 */
package dev.orderan.inventory.barcode;
