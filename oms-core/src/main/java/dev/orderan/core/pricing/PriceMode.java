package dev.orderan.core.pricing;

/** Whether prices already contain tax (B2C display prices) or tax is added on top (B2B). */
public enum PriceMode {
    /** Tax is added on top of the prices. */
    TAX_EXCLUSIVE,
    /** Prices include tax; the tax is extracted from them. */
    TAX_INCLUSIVE
}
