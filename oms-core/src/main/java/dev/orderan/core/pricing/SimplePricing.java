package dev.orderan.core.pricing;

/**
 * The foundation's pricing step, kept for source compatibility: it now delegates to
 * {@link PricingEngine#standard()} (PPN rounded down to whole rupiah per invoice, no price lists or
 * promotions). Use {@link PricingEngine} directly.
 *
 * @deprecated use {@link PricingEngine#standard()} or a configured {@link PricingEngine}
 */
@Deprecated
public final class SimplePricing implements PricingStep {

    private static final PricingEngine ENGINE = PricingEngine.standard();

    @Override
    public PriceBreakdown price(PricingRequest request) {
        return ENGINE.price(request);
    }
}
