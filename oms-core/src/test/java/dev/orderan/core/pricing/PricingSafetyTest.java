package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import dev.orderan.core.tax.EuVat;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.UsSalesTax;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pricing refuses what it cannot price exactly, and its results are safe to share. */
class PricingSafetyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private static PricingRequest.Line line(String sku, long minor) {
        return new PricingRequest.Line(Sku.of(sku), 1, Money.ofMinor(minor, Money.IDR), Money.idr(0),
                TaxCategory.STANDARD);
    }

    @Test
    void amountsBeyondALongAreRefusedNamingTheField() {
        PricingEngine engine = PricingEngine.standard();
        long half = Long.MAX_VALUE / 2 + 1;
        InvalidPricingRequestException lines = assertThrows(InvalidPricingRequestException.class, () -> engine.price(
                new PricingRequest(Money.IDR, List.of(line("A", half), line("B", half)), List.of(), Money.idr(0), NOW)));
        assertEquals("lines", lines.field());
        InvalidPricingRequestException shipping = assertThrows(InvalidPricingRequestException.class, () -> engine.price(
                new PricingRequest(Money.IDR, List.of(line("A", Long.MAX_VALUE)), List.of(), Money.idr(18_000), NOW)));
        assertEquals("shippingFee", shipping.field());
        InvalidPricingRequestException discounts = assertThrows(InvalidPricingRequestException.class, () -> engine.price(
                new PricingRequest(Money.IDR, List.of(line("A", 100)), List.of(Money.ofMinor(half, Money.IDR),
                        Money.ofMinor(half, Money.IDR)), Money.idr(0), NOW)));
        assertEquals("orderDiscounts", discounts.field());
        InvalidPricingRequestException quantity = assertThrows(InvalidPricingRequestException.class, () -> engine.price(
                new PricingRequest(Money.IDR, List.of(new PricingRequest.Line(Sku.of("A"), 4,
                        Money.ofMinor(half, Money.IDR), Money.idr(0), TaxCategory.STANDARD)), List.of(), Money.idr(0), NOW)));
        assertEquals("lines[0]", quantity.field());
    }

    @Test
    void anOrderInACurrencyTheTaxEngineDoesNotHandleIsRefused() {
        PricingRequest usd = new PricingRequest(Currencies.USD, List.of(new PricingRequest.Line(Sku.of("A"), 1,
                Money.of(40, Currencies.USD), Money.zero(Currencies.USD), TaxCategory.STANDARD)), List.of(),
                Money.zero(Currencies.USD), NOW);
        InvalidPricingRequestException e = assertThrows(InvalidPricingRequestException.class,
                () -> PricingEngine.standard().price(usd));
        assertEquals("currency", e.field());
        // The jurisdiction's own engine prices it.
        PricingEngine us = PricingEngine.builder().taxEngine(UsSalesTax.builder().jurisdiction("US-NY", "0.08875")
                .build()).build();
        assertEquals(Money.of("43.55", Currencies.USD),
                us.price(usd.withContext(PricingContext.builder().destination("US-NY").build())).grandTotal());
        assertThrows(InvalidPricingRequestException.class, () -> PricingEngine.builder().taxEngine(EuVat.examples())
                .build().price(usd));
    }

    @Test
    void equalPriorityPromotionsStackInDeclarationOrderOrBestForTheCustomer() {
        Discount small = Discount.builder("SMALL", new DiscountEffect.PercentOff(500)).exclusive().build();
        Discount big = Discount.builder("BIG", new DiscountEffect.PercentOff(2000)).exclusive().build();
        PricingRequest r = new PricingRequest(Money.IDR, List.of(line("A", 10_000_000)), List.of(), Money.idr(0), NOW);
        PriceBreakdown declared = PricingEngine.builder().discount(small).discount(big).build().price(r);
        assertEquals(Money.idr(5_000), declared.discountTotal(), "the rule added first goes first");
        PriceBreakdown best = PricingEngine.builder().discount(small).discount(big)
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build().price(r);
        assertEquals(Money.idr(20_000), best.discountTotal(), "the larger discount goes first");
        assertEquals(DiscountOutcome.Reason.BLOCKED_BY_EXCLUSIVE, best.discountOutcomes().stream()
                .filter(o -> o.discountId().equals("SMALL")).findFirst().orElseThrow().reason());
        assertEquals("BIG: applied (Rp 20.000)", best.discountOutcomes().stream()
                .filter(o -> o.discountId().equals("BIG")).findFirst().orElseThrow().explain(MoneyFormat.indonesian()));
    }

    @Test
    void theLazilyBuiltPartsOfABreakdownArePublishedSafely() throws Exception {
        for (String field : List.of("lines", "bases")) {
            assertTrue(Modifier.isVolatile(PriceBreakdown.class.getDeclaredField(field).getModifiers()),
                    field + " is read by other threads once an order is stored");
        }
    }

    @Test
    void inAnInclusiveOrderNoUnitCarriesMoreTaxThanItPays() {
        // Three units of Rp 1, the line discounted to Rp 1: two units pay nothing and carry no tax.
        PricingRequest r = new PricingRequest(Money.IDR, List.of(new PricingRequest.Line(Sku.of("A"), 3,
                Money.idr(50), Money.idr(140), TaxCategory.STANDARD)), List.of(), Money.idr(0), NOW,
                PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).build());
        PriceBreakdown b = PricingEngine.standard().price(r);
        for (int k = 0; k < 3; k++) {
            PriceBreakdown.UnitPrice u = b.unit(0, k);
            assertTrue(u.tax().compareTo(u.paid()) <= 0, u.toString());
        }
    }
}
