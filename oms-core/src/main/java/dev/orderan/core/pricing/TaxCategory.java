package dev.orderan.core.pricing;

/** How a line is taxed under Indonesian PPN (PMK 131/2024). */
public enum TaxCategory {
    /** Ordinary goods and services: 12 % on DPP nilai lain = 11/12 of the price (11 % effective). */
    STANDARD,
    /** Luxury goods (PPnBM goods, motor vehicles): 12 % on the full price. */
    LUXURY,
    /** Exempt or zero-rated goods and services. */
    EXEMPT
}
