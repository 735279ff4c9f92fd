package dev.orderan.core.tax;

/**
 * How a line is taxed. The {@link TaxEngine} in use turns a category into a
 * rate: under Indonesian PPN (PMK 131/2024) {@code STANDARD} is 12 % on DPP nilai lain = 11/12 of
 * the price and {@code LUXURY} is 12 % on the full price.
 */
public enum TaxCategory {
    /** Ordinary goods and services: 12 % on DPP nilai lain = 11/12 of the price (11 % effective). */
    STANDARD,
    /** Luxury goods (PPnBM goods, motor vehicles): 12 % on the full price. */
    LUXURY,
    /** Exempt or zero-rated goods and services. */
    EXEMPT,
    /** A reduced rate where the tax has one (EU VAT, some US states); PPN has none and rejects it. */
    REDUCED
}
