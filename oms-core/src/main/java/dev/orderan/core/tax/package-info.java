/**
 * Tax: the {@link dev.orderan.core.tax.TaxEngine} SPI with exact {@link dev.orderan.core.tax.TaxRate}
 * fractions and named {@link dev.orderan.core.tax.TaxRounding}, the built-in Indonesian PPN
 * (PMK 131/2024), EU-style VAT and US-style sales tax rule sets, NPWP validation and the tax-invoice
 * (faktur) view of a priced order.
 */
package dev.orderan.core.tax;
