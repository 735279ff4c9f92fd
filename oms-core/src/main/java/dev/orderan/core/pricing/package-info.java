/**
 * Pricing: the {@link dev.orderan.core.pricing.PricingStep} seam the order aggregate prices
 * through, the {@link dev.orderan.core.pricing.PricingEngine} (price lists, promotions with
 * stacking rules and vouchers, largest-remainder allocation, tax through a
 * {@link dev.orderan.core.tax.TaxEngine}), the immutable
 * {@link dev.orderan.core.pricing.PriceBreakdown} with exact per-unit shares, refunds, re-pricing
 * deltas, gateway amount scales and explicit currency conversion.
 */
package dev.orderan.core.pricing;
