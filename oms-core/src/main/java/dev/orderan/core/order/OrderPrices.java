package dev.orderan.core.order;

import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.VoucherUse;
import dev.orderan.core.tax.TaxRate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;

/** Turns a {@link PriceBreakdown} into the event-owned {@link OrderEvent.PriceData} and back. */
final class OrderPrices {

    private OrderPrices() {
    }

    /** The price as the placement event records it. */
    static OrderEvent.PriceData data(PriceBreakdown price) {
        PriceBreakdown.Snapshot s = price.snapshot();
        List<OrderEvent.PriceLine> lines = new ArrayList<>(s.lines().size());
        for (PriceBreakdown.SnapshotLine l : s.lines()) {
            TaxRate r = l.taxRate();
            lines.add(new OrderEvent.PriceLine(l.unitPriceMinor(), l.requestedUnitPriceMinor(), l.quantity(),
                    l.discountMinor(), l.shippingMinor(), l.taxMinor(), r.code(), r.baseNumerator(),
                    r.baseDenominator(), r.rateNumerator(), r.rateDenominator(), l.priceSource()));
        }
        List<OrderEvent.DiscountLine> discounts = new ArrayList<>(s.discountOutcomes().size());
        for (DiscountOutcome o : s.discountOutcomes()) {
            discounts.add(new OrderEvent.DiscountLine(o.discountId(), o.reason(), o.amount().minor()));
        }
        List<OrderEvent.VoucherLine> vouchers = new ArrayList<>(s.voucherUses().size());
        for (VoucherUse v : s.voucherUses()) {
            vouchers.add(new OrderEvent.VoucherLine(v.code(), v.discountId(), v.reason(),
                    v.totalLimit().orElse(-1), v.perCustomerLimit().orElse(-1)));
        }
        return new OrderEvent.PriceData(s.currency().getCurrencyCode(), s.priceMode(), s.amountStep(), s.taxStep(),
                s.shippingFeeMinor(), s.shippingDiscountMinor(), s.shippingTaxed(), lines, discounts, vouchers);
    }

    /** The breakdown a placement event recorded. */
    static PriceBreakdown breakdown(OrderEvent.PriceData p, List<OrderEvent.PlacedLine> placed) {
        if (p.lines().size() != placed.size()) {
            throw new IllegalArgumentException("price.lines: " + p.lines().size() + " lines for " + placed.size()
                    + " placed lines");
        }
        CurrencyUnit cur = Currencies.of(p.currency());
        List<PriceBreakdown.SnapshotLine> lines = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            OrderEvent.PriceLine l = p.lines().get(i);
            OrderEvent.PlacedLine pl = placed.get(i);
            TaxRate rate = new TaxRate(l.taxRateCode(), l.taxBaseNumerator(), l.taxBaseDenominator(),
                    l.taxRateNumerator(), l.taxRateDenominator());
            lines.add(new PriceBreakdown.SnapshotLine(pl.sku(), pl.taxCategory(), rate, l.priceSource(),
                    l.unitPriceMinor(), l.requestedUnitPriceMinor(), l.quantity(), l.discountMinor(), l.shippingMinor(),
                    l.taxMinor()));
        }
        List<DiscountOutcome> outcomes = new ArrayList<>(p.discounts().size());
        for (OrderEvent.DiscountLine d : p.discounts()) {
            outcomes.add(new DiscountOutcome(d.discountId(), d.reason(), Money.ofMinor(d.amountMinor(), cur)));
        }
        List<VoucherUse> vouchers = new ArrayList<>(p.vouchers().size());
        for (OrderEvent.VoucherLine v : p.vouchers()) {
            vouchers.add(new VoucherUse(v.code(), v.discountId(), v.reason(), limit(v.totalLimit()),
                    limit(v.perCustomerLimit())));
        }
        return PriceBreakdown.restore(new PriceBreakdown.Snapshot(cur, p.priceMode(), p.amountStep(), p.taxStep(),
                p.shippingFeeMinor(), p.shippingDiscountMinor(), lines, outcomes, p.shippingTaxed(), vouchers));
    }

    private static OptionalLong limit(long value) {
        return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The order's lines as charged: the unit price used and the line's share of every discount. */
    static List<OrderLine> chargedLines(List<OrderEvent.PlacedLine> placed, PriceBreakdown price) {
        List<OrderLine> out = new ArrayList<>(placed.size());
        List<PriceBreakdown.LinePrice> priced = price.lines();
        for (int i = 0; i < placed.size(); i++) {
            OrderEvent.PlacedLine pl = placed.get(i);
            PriceBreakdown.LinePrice lp = priced.get(i);
            out.add(new OrderLine(pl.sku(), pl.productName(), pl.description(), pl.quantity(), lp.unitPrice(),
                    lp.discount(), pl.taxCategory(), pl.category().isEmpty() ? java.util.Optional.empty()
                            : java.util.Optional.of(pl.category()),
                    pl.service() ? java.util.Optional.of(new ServiceDetails(pl.serviceType(), pl.serviceDuration(),
                            pl.serviceSpecification())) : java.util.Optional.empty()));
        }
        return out;
    }

    /** A placed line as the placement event records it. */
    static OrderEvent.PlacedLine placed(OrderLine l) {
        ServiceDetails s = l.service().orElse(null);
        return new OrderEvent.PlacedLine(l.sku(), l.productName(), l.description(), l.quantity(), l.discount(),
                l.taxCategory(), l.category().orElse(""), s != null, s == null ? "" : s.serviceType(),
                s == null ? java.time.Duration.ZERO : s.duration(), s == null ? "" : s.specification());
    }
}
