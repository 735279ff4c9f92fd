package dev.orderan.core.pricing;

import dev.orderan.core.money.Allocation;
import dev.orderan.core.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The foundation's pricing step: line sums, fixed line and order discounts (order discounts
 * allocated to lines by largest remainder), the shipping fee, and Indonesian PPN per line, rounded
 * down to whole rupiah for IDR (to whole minor units otherwise). Shipping is not taxed here.
 */
public final class SimplePricing implements PricingStep {

    @Override
    public PriceBreakdown price(PricingRequest request) {
        var currency = request.currency();
        int n = request.lines().size();
        if (n == 0) {
            throw new IllegalArgumentException("lines: must not be empty");
        }
        long[] nets = new long[n];
        Money subtotal = Money.zero(currency);
        Money lineDiscounts = Money.zero(currency);
        for (int i = 0; i < n; i++) {
            PricingRequest.Line line = request.lines().get(i);
            Money gross = line.unitPrice().times(line.quantity());
            if (line.lineDiscount().compareTo(gross) > 0) {
                throw new IllegalArgumentException("lines[" + i + "].discount: must not exceed the line amount " + gross);
            }
            subtotal = subtotal.plus(gross);
            lineDiscounts = lineDiscounts.plus(line.lineDiscount());
            nets[i] = gross.minus(line.lineDiscount()).minor();
        }
        Money orderDiscount = Money.zero(currency);
        for (Money d : request.orderDiscounts()) {
            orderDiscount = orderDiscount.plus(d);
        }
        Money netBeforeOrderDiscount = subtotal.minus(lineDiscounts);
        if (orderDiscount.compareTo(netBeforeOrderDiscount) > 0) {
            throw new IllegalArgumentException("orderDiscounts: must not exceed the discounted subtotal " + netBeforeOrderDiscount);
        }
        long[] shares = netBeforeOrderDiscount.isZero() ? new long[n] : Allocation.largestRemainder(orderDiscount.minor(), nets);
        long taxStep = "IDR".equals(currency.getCurrencyCode()) ? Money.of(1, currency).minor() : 1;
        List<PriceBreakdown.LinePrice> lines = new ArrayList<>(n);
        Money taxTotal = Money.zero(currency);
        for (int i = 0; i < n; i++) {
            PricingRequest.Line line = request.lines().get(i);
            Money gross = line.unitPrice().times(line.quantity());
            Money discount = line.lineDiscount().plus(Money.ofMinor(shares[i], currency));
            Money net = gross.minus(discount);
            Money base;
            Money tax;
            switch (line.taxCategory()) {
                case STANDARD -> {
                    base = net.multiply(11, 12, RoundingMode.DOWN);
                    // PPN = 12 % x (11/12 x net) = 11/100 x net, computed from the exact fraction and rounded once.
                    tax = net.multiply(11, 100, RoundingMode.DOWN).roundToMultipleOf(taxStep, RoundingMode.DOWN);
                }
                case LUXURY -> {
                    base = net;
                    tax = net.multiply(12, 100, RoundingMode.DOWN).roundToMultipleOf(taxStep, RoundingMode.DOWN);
                }
                default -> {
                    base = Money.zero(currency);
                    tax = Money.zero(currency);
                }
            }
            taxTotal = taxTotal.plus(tax);
            lines.add(new PriceBreakdown.LinePrice(i + 1, gross, discount, base, tax, net.plus(tax)));
        }
        Money discountTotal = lineDiscounts.plus(orderDiscount);
        Money grand = subtotal.minus(discountTotal).plus(request.shippingFee()).plus(taxTotal);
        return new PriceBreakdown(lines, subtotal, discountTotal, request.shippingFee(), taxTotal, grand);
    }
}
