package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/** Cross-field rules of a placement that annotations cannot express. */
final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * Violations of the cross-field rules; assumes the annotated fields are present.
     *
     * @param today the seller's date, for promise dates
     */
    static List<Violation> check(PlaceOrder c, java.time.LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (c.promisedDate() != null && c.promisedDate().isPresent() && c.promisedDate().get().isBefore(today)) {
            v.add(new Violation("promisedDate", "FutureOrPresent", "must be today (" + today + ") or later, was "
                    + c.promisedDate().get()));
        }
        if (c.voucherCodes() != null && c.voucherCodes().stream().filter(java.util.Objects::nonNull)
                .map(dev.orderan.core.pricing.Voucher::normalize).distinct().count()
                != c.voucherCodes().stream().filter(java.util.Objects::nonNull).count()) {
            v.add(new Violation("voucherCodes", "Unique", "must not repeat a code"));
        }
        if (c.lines() != null) {
            for (int i = 0; i < c.lines().size(); i++) {
                OrderLine line = c.lines().get(i);
                if (line != null && line.service() != null && line.service().isPresent()
                        && line.service().get().duration() != null
                        && (line.service().get().duration().isNegative() || line.service().get().duration().isZero())) {
                    v.add(new Violation("lines[" + i + "].service.duration", "Positive", "must be longer than zero, was "
                            + line.service().get().duration()));
                }
            }
        }
        if (c.lines() == null || c.lines().isEmpty() || c.lines().stream().anyMatch(l -> l == null || l.unitPrice() == null)) {
            return v; // annotations report these
        }
        CurrencyUnit currency = c.lines().get(0).unitPrice().currency();
        Money net = Money.zero(currency);
        for (int i = 0; i < c.lines().size(); i++) {
            OrderLine line = c.lines().get(i);
            String path = "lines[" + i + "]";
            if (!line.unitPrice().isIn(currency)) {
                v.add(new Violation(path + ".unitPrice", "SameCurrency", "must be in " + currency.getCurrencyCode()
                        + " like the other lines"));
                continue;
            }
            if (line.discount() != null && !line.discount().isIn(currency)) {
                v.add(new Violation(path + ".discount", "SameCurrency", "must be in " + currency.getCurrencyCode()));
                continue;
            }
            if (line.quantity() <= 0 || line.quantity() > 1_000_000 || line.unitPrice().isNegative()) {
                continue; // annotations report these
            }
            Money gross;
            try {
                gross = line.unitPrice().times(line.quantity());
            } catch (ArithmeticException e) {
                v.add(new Violation(path + ".unitPrice", "Range", "quantity × unit price is too large"));
                continue;
            }
            if (line.discount() != null && line.discount().compareTo(gross) > 0) {
                v.add(new Violation(path + ".discount", "AtMostLineAmount", "must not exceed quantity × unit price ("
                        + gross + ")"));
                continue;
            }
            try {
                net = net.plus(gross.minus(line.discount() == null ? Money.zero(currency) : line.discount()));
            } catch (ArithmeticException e) {
                v.add(new Violation("lines", "Range", "the sum of the line amounts is too large"));
                return v;
            }
        }
        if (c.orderDiscounts() != null) {
            Money discounts = Money.zero(currency);
            for (int i = 0; i < c.orderDiscounts().size(); i++) {
                Money d = c.orderDiscounts().get(i);
                if (d != null && !d.isIn(currency)) {
                    v.add(new Violation("orderDiscounts[" + i + "]", "SameCurrency", "must be in " + currency.getCurrencyCode()));
                } else if (d != null && !d.isNegative()) {
                    try {
                        discounts = discounts.plus(d);
                    } catch (ArithmeticException e) {
                        v.add(new Violation("orderDiscounts", "Range", "the sum of the order discounts is too large"));
                        return v;
                    }
                }
            }
            if (discounts.compareTo(net) > 0) {
                v.add(new Violation("orderDiscounts", "AtMostNetAmount", "must not exceed the discounted subtotal ("
                        + net + ")"));
            }
        }
        if (c.shipping() != null && c.shipping().fee() != null && !c.shipping().fee().isIn(currency)) {
            v.add(new Violation("shipping.fee", "SameCurrency", "must be in " + currency.getCurrencyCode()));
        } else if (c.shipping() != null && c.shipping().fee() != null) {
            try {
                net.plus(c.shipping().fee());
            } catch (ArithmeticException e) {
                v.add(new Violation("shipping.fee", "Range", "the lines plus the shipping fee are too large"));
            }
        }
        if (c.type() != null && c.paymentMethod() != null) {
            boolean cod = c.paymentMethod() == PaymentMethod.COD;
            if (cod != (c.type() == OrderType.B2C_COD)) {
                v.add(new Violation("paymentMethod", "CodMatchesType",
                        "must be COD exactly when the order type is B2C_COD (type " + c.type() + ")"));
            }
        }
        if (c.type() == OrderType.B2B && c.paymentTerms() != null && c.paymentTerms().isEmpty()) {
            v.add(new Violation("paymentTerms", "RequiredForType", "must be given for B2B orders"));
        }
        if (c.type() == OrderType.PRE_ORDER && c.promisedDate() != null && c.promisedDate().isEmpty()) {
            v.add(new Violation("promisedDate", "RequiredForType", "must be given for pre-orders"));
        }
        if (c.type() == OrderType.MADE_TO_ORDER && c.productionStages() != null && c.productionStages().isEmpty()) {
            v.add(new Violation("productionStages", "RequiredForType", "must list at least one stage for made-to-order"));
        }
        if (c.productionStages() != null && c.productionStages().stream().distinct().count() != c.productionStages().size()) {
            v.add(new Violation("productionStages", "Unique", "must not repeat a stage"));
        }
        return v;
    }
}
