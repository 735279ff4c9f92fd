package dev.orderan.core.pricing;

/**
 * The seam through which orders are priced. The order aggregate calls it when an order is placed
 * and stores the {@link PriceBreakdown} it returns.
 */
@FunctionalInterface
public interface PricingStep {

    /** Prices a request. Implementations are deterministic and side-effect free. */
    PriceBreakdown price(PricingRequest request);
}
