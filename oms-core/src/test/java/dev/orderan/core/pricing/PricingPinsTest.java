package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import dev.orderan.core.pricing.DiscountOutcome.Reason;
import dev.orderan.core.tax.TaxCategory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the pricing engine users rely on: how {@link PricingEngine.Stacking#BEST_FOR_CUSTOMER}
 * orders competing rules, the engine's own refusals of totals beyond a {@code long} (beyond what a
 * placement checks before pricing), and the explanation with amounts in Indonesian format.
 */
class PricingPinsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final String BEYOND = " is too large (beyond 9223372036854775807 minor units)";

    private static PricingRequest.Line minor(String sku, long unitMinor) {
        return new PricingRequest.Line(Sku.of(sku), 1, Money.ofMinor(unitMinor, Money.IDR), Money.idr(0),
                TaxCategory.STANDARD);
    }

    private static PricingRequest request(long shippingMinor, PricingRequest.Line... lines) {
        return new PricingRequest(Money.IDR, List.of(lines), List.of(), Money.ofMinor(shippingMinor, Money.IDR), NOW);
    }

    private static DiscountOutcome outcome(PriceBreakdown b, String id) {
        return b.discountOutcomes().stream().filter(o -> o.discountId().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ stacking

    @Test
    void bestForTheCustomerTakesTheLargerDiscountFirstWhereDeclarationOrderWouldGiveLess() {
        // Both rules apply. Taken in declaration order, the fixed Rp 100.000 leaves Rp 200.000 for the
        // 50 %: Rp 200.000 off. Largest first, the 50 % takes Rp 150.000 of the whole Rp 300.000 and
        // the fixed amount then adds its Rp 100.000: Rp 250.000 off.
        Discount fixed = Discount.builder("HEMAT100", new DiscountEffect.AmountOff(Money.idr(100_000),
                DiscountEffect.Per.ORDER)).build();
        Discount half = Discount.builder("SETENGAH", new DiscountEffect.PercentOff(5_000)).build();
        PricingRequest r = PricingEngineTest.idr(PricingContext.NONE, 0,
                PricingEngineTest.line(Sku.of("KMJ-01"), 3, 100_000, "tops"));

        PriceBreakdown declared = PricingEngine.builder().discount(fixed).discount(half).build().price(r);
        PriceBreakdown best = PricingEngine.builder().discount(fixed).discount(half)
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build().price(r);

        assertEquals(Money.idr(200_000), declared.discountTotal());
        assertEquals(Money.idr(100_000), outcome(declared, "SETENGAH").amount(), "50 % of what the fixed amount left");
        assertEquals(Money.idr(250_000), best.discountTotal());
        assertEquals(Money.idr(150_000), outcome(best, "SETENGAH").amount(), "50 % of the whole order");
        assertEquals(Money.idr(100_000), outcome(best, "HEMAT100").amount());
        // PPN per invoice on what is left: 11 % of Rp 100.000 against 11 % of Rp 50.000.
        assertEquals(Money.idr(111_000), declared.grandTotal());
        assertEquals(Money.idr(55_500), best.grandTotal());
        // The explanation lists the rules in the order they were tried.
        assertEquals(List.of("HEMAT100", "SETENGAH"), declared.discountOutcomes().stream()
                .map(DiscountOutcome::discountId).toList());
        assertEquals(List.of("SETENGAH", "HEMAT100"), best.discountOutcomes().stream()
                .map(DiscountOutcome::discountId).toList());
    }

    @Test
    void bestForTheCustomerOrdersOnlyRulesOfEqualPriority() {
        // A higher priority is always tried first, even when a rule below it would give more.
        Discount small = Discount.builder("SMALL", new DiscountEffect.PercentOff(500)).priority(10).exclusive().build();
        Discount big = Discount.builder("BIG", new DiscountEffect.PercentOff(2_000)).exclusive().build();
        PriceBreakdown b = PricingEngine.builder().discount(big).discount(small)
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build()
                .price(PricingEngineTest.idr(PricingContext.NONE, 0, PricingEngineTest.line(Sku.of("A"), 1, 100_000, "x")));
        assertEquals(Money.idr(5_000), b.discountTotal());
        assertEquals(Reason.BLOCKED_BY_EXCLUSIVE, outcome(b, "BIG").reason());
    }

    // ------------------------------------------------------------------ overflow

    @Test
    void theTotalWithTaxBeyondALongIsRefusedOnTheLines() {
        // The goods fit in a long; the goods plus 11 % PPN do not.
        long goods = Long.MAX_VALUE / 100 * 95;
        InvalidPricingRequestException e = assertThrows(InvalidPricingRequestException.class,
                () -> PricingEngine.standard().price(request(0, minor("A", goods))));
        assertEquals("lines", e.field());
        assertEquals("the total with tax" + BEYOND, e.rule());
        assertEquals("lines: the total with tax" + BEYOND, e.getMessage());
        // Tax-inclusive, the same price already holds its tax and is priced.
        PriceBreakdown inclusive = PricingEngine.standard().price(request(0, minor("A", goods))
                .withContext(PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).build()));
        assertEquals(Money.ofMinor(goods, Money.IDR), inclusive.grandTotal());
    }

    @Test
    void shippingBeyondALongIsRefusedOnTheShippingFeeWhetherTaxedOrNot() {
        long half = Long.MAX_VALUE / 2;
        InvalidPricingRequestException untaxed = assertThrows(InvalidPricingRequestException.class,
                () -> PricingEngine.standard().price(request(18_000, minor("A", half), minor("B", half - 100))));
        assertEquals("shippingFee", untaxed.field());
        assertEquals("the subtotal plus the shipping fee" + BEYOND, untaxed.rule());

        PricingEngine taxingShipping = PricingEngine.builder().taxShipping(true).build();
        InvalidPricingRequestException oneLine = assertThrows(InvalidPricingRequestException.class,
                () -> taxingShipping.price(request(18_000, minor("A", Long.MAX_VALUE - 1_000))));
        assertEquals("shippingFee", oneLine.field());
        assertEquals("a line amount plus its shipping share" + BEYOND, oneLine.rule());

        // Each line with its share fits; the lines of the rate together, taxed once per invoice, do not.
        InvalidPricingRequestException perRate = assertThrows(InvalidPricingRequestException.class,
                () -> taxingShipping.price(request(18_000, minor("A", half), minor("B", half - 100))));
        assertEquals("shippingFee", perRate.field());
        assertEquals("the taxable amount" + BEYOND, perRate.rule());
    }

    // ------------------------------------------------------------------ explanation

    @Test
    void theExplanationGivesAmountsInIndonesianFormatAndReasonsInEnglish() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("TOPS10", new DiscountEffect.PercentOff(1_000)).category("tops").build())
                .discount(Discount.builder("SHOES", new DiscountEffect.PercentOff(2_000)).category("shoes").build())
                .discount(Discount.builder("FLASH", new DiscountEffect.AmountOff(Money.idr(100_000),
                        DiscountEffect.Per.ORDER)).build())
                .discount(Discount.builder("MORE", new DiscountEffect.AmountOff(Money.idr(10_000),
                        DiscountEffect.Per.ORDER)).build())
                .maxCombinedDiscount(2_500)
                .build();
        PriceBreakdown b = engine.price(PricingEngineTest.idr(PricingContext.builder().voucher("nope").build(), 0,
                PricingEngineTest.line(Sku.of("KMJ-01"), 2, 300_000, "tops")));
        assertEquals(List.of(
                        "TOPS10: applied (Rp 60.000)",
                        "SHOES: no matching lines",
                        "FLASH: applied, trimmed to the maximum combined discount (Rp 90.000)",
                        "MORE: maximum combined discount already reached",
                        "voucher:NOPE: unknown voucher code"),
                b.discountOutcomes().stream().map(o -> o.explain(MoneyFormat.indonesian())).toList());
        assertEquals(List.of(
                        "TOPS10: applied (IDR 60,000)",
                        "SHOES: no matching lines",
                        "FLASH: applied, trimmed to the maximum combined discount (IDR 90,000)",
                        "MORE: maximum combined discount already reached",
                        "voucher:NOPE: unknown voucher code"),
                b.discountOutcomes().stream().map(DiscountOutcome::explain).toList());
        // Sen are shown only when there are some, after a decimal comma.
        assertEquals("SEN: applied (Rp 1.250.000,50)", new DiscountOutcome("SEN", Reason.APPLIED,
                Money.ofMinor(125_000_050, Money.IDR)).explain(MoneyFormat.indonesian()));
    }
}
