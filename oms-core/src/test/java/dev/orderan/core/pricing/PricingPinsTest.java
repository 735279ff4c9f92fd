package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import dev.orderan.core.pricing.DiscountOutcome.Reason;
import dev.orderan.core.tax.IndonesiaPpn;
import dev.orderan.core.tax.Npwp;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.TaxRate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
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

    // ------------------------------------------------------------------ currencies

    private static final CurrencyUnit USD = PricingEngineTest.USD;

    private static PricingRequest.Line std(String sku, long qty, Money unit, Money lineDiscount) {
        return new PricingRequest.Line(Sku.of(sku), qty, unit, lineDiscount, TaxCategory.STANDARD);
    }

    @Test
    void aLineOrShippingFeeInAnotherCurrencyIsRefusedNamingTheField() {
        PricingEngine engine = PricingEngine.standard();
        PricingRequest.Line ok = std("A", 1, Money.idr(100_000), Money.idr(0));
        InvalidPricingRequestException price = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(request(0, ok, std("B", 1, Money.of("10.00", USD), Money.idr(0)))));
        assertEquals("lines[1].unitPrice", price.field());
        assertEquals("must be in IDR, was USD", price.rule());
        InvalidPricingRequestException discount = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(request(0, ok, std("B", 1, Money.idr(100_000), Money.zero(USD)))));
        assertEquals("lines[1].lineDiscount", discount.field());
        assertEquals("must be in IDR, was USD", discount.rule());
        InvalidPricingRequestException shipping = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(new PricingRequest(Money.IDR, List.of(ok), List.of(), Money.of("5.00", USD), NOW)));
        assertEquals("shippingFee", shipping.field());
        assertEquals("must be in IDR, was USD", shipping.rule());
        // Zero in another currency is refused too: the currency is wrong, whatever the amount.
        InvalidPricingRequestException zeroShipping = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(new PricingRequest(Money.IDR, List.of(ok), List.of(), Money.zero(USD), NOW)));
        assertEquals("shippingFee", zeroShipping.field());
    }

    // ------------------------------------------------------------------ fixed amounts

    private static PriceBreakdown priceWith(DiscountEffect effect, long shipping, PricingRequest.Line... lines) {
        return PricingEngine.builder().discount(Discount.builder("OFF", effect).build()).build()
                .price(PricingEngineTest.idr(PricingContext.NONE, shipping, lines));
    }

    private static List<Money> lineDiscounts(PriceBreakdown b) {
        return b.lines().stream().map(PriceBreakdown.LinePrice::discount).toList();
    }

    @Test
    void aFixedAmountPerLineIsTakenOncePerLineAndPerUnitOncePerUnit() {
        PricingRequest.Line shirts = PricingEngineTest.line(Sku.of("SHIRT"), 3, 100_000, "tops");
        PricingRequest.Line hat = PricingEngineTest.line(Sku.of("HAT"), 1, 50_000, "acc");
        PriceBreakdown perLine = priceWith(new DiscountEffect.AmountOff(Money.idr(10_000), DiscountEffect.Per.LINE), 0,
                shirts, hat);
        assertEquals(List.of(Money.idr(10_000), Money.idr(10_000)), lineDiscounts(perLine));
        assertEquals(Money.idr(20_000), perLine.discountTotal());
        // 330,000 after discounts plus 11 % PPN.
        assertEquals(Money.idr(366_300), perLine.grandTotal());
        PriceBreakdown perUnit = priceWith(new DiscountEffect.AmountOff(Money.idr(10_000), DiscountEffect.Per.UNIT), 0,
                shirts, hat);
        assertEquals(List.of(Money.idr(30_000), Money.idr(10_000)), lineDiscounts(perUnit));
        assertEquals(Money.idr(40_000), outcome(perUnit, "OFF").amount());
        // More than a line costs: the line becomes free, never negative.
        PriceBreakdown bigPerUnit = priceWith(new DiscountEffect.AmountOff(Money.idr(60_000), DiscountEffect.Per.UNIT), 0,
                shirts, hat);
        assertEquals(List.of(Money.idr(180_000), Money.idr(50_000)), lineDiscounts(bigPerUnit));
        PriceBreakdown bigPerLine = priceWith(new DiscountEffect.AmountOff(Money.idr(60_000), DiscountEffect.Per.LINE), 0,
                shirts, hat);
        assertEquals(List.of(Money.idr(60_000), Money.idr(50_000)), lineDiscounts(bigPerLine));
        assertEquals(Money.idr(0), bigPerLine.lines().get(1).total());
    }

    // ------------------------------------------------------------------ buy X get Y

    private static PriceBreakdown buy2Get1(long basisPointsOff, PricingRequest.Line... lines) {
        return priceWith(new DiscountEffect.BuyXGetY(2, 1, basisPointsOff), 0, lines);
    }

    @Test
    void buyXGetYDiscountsTheCheapestUnitsWhereverTheirLineStandsAndAtThePercentageGiven() {
        // Cheapest line first, half price: 6 units give 2 at 50 %, both hats.
        PriceBreakdown half = buy2Get1(5_000, PricingEngineTest.line(Sku.of("HAT"), 2, 50_000, "tops"),
                PricingEngineTest.line(Sku.of("SHIRT"), 4, 100_000, "tops"));
        assertEquals(List.of(Money.idr(50_000), Money.idr(0)), lineDiscounts(half));
        // Cheapest line in the middle with one unit: the second free unit is the next cheapest line's.
        PriceBreakdown spread = buy2Get1(10_000, PricingEngineTest.line(Sku.of("PANTS"), 2, 80_000, "tops"),
                PricingEngineTest.line(Sku.of("HAT"), 1, 50_000, "tops"),
                PricingEngineTest.line(Sku.of("SHIRT"), 3, 100_000, "tops"));
        assertEquals(List.of(Money.idr(80_000), Money.idr(50_000), Money.idr(0)), lineDiscounts(spread));
        assertEquals(Money.idr(130_000), outcome(spread, "OFF").amount());
        // Equally cheap units: the earlier line's are discounted.
        PriceBreakdown tie = buy2Get1(10_000, PricingEngineTest.line(Sku.of("A"), 1, 50_000, "tops"),
                PricingEngineTest.line(Sku.of("B"), 1, 50_000, "tops"),
                PricingEngineTest.line(Sku.of("C"), 1, 100_000, "tops"));
        assertEquals(List.of(Money.idr(50_000), Money.idr(0), Money.idr(0)), lineDiscounts(tie));
        // Five units make one complete set of three: one unit free.
        PriceBreakdown five = buy2Get1(10_000, PricingEngineTest.line(Sku.of("SHIRT"), 5, 100_000, "tops"));
        assertEquals(Money.idr(100_000), five.discountTotal());
        // Two units are not a set: nothing is free.
        PriceBreakdown two = buy2Get1(10_000, PricingEngineTest.line(Sku.of("SHIRT"), 2, 100_000, "tops"));
        assertEquals(Money.idr(0), two.discountTotal());
        assertEquals(Reason.NO_MATCHING_LINES, outcome(two, "OFF").reason());
    }

    @Test
    void buyXGetYCountsOnlyTheTargetedUnits() {
        PricingEngine engine = PricingEngine.builder().discount(Discount.builder("B2G1",
                new DiscountEffect.BuyXGetY(2, 1, 10_000)).category("tops").build()).build();
        PriceBreakdown b = engine.price(PricingEngineTest.idr(PricingContext.NONE, 0,
                PricingEngineTest.line(Sku.of("SOCKS"), 4, 10_000, "acc"),
                PricingEngineTest.line(Sku.of("SHIRT"), 3, 100_000, "tops")));
        // The cheap socks are not in the promotion: the free unit is a shirt.
        assertEquals(List.of(Money.idr(0), Money.idr(100_000)), lineDiscounts(b));
    }

    // ------------------------------------------------------------------ limits met exactly

    @Test
    void aMinimumSpendMetExactlyQualifiesAndOneRupiahLessDoesNot() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("ONGKIR", new DiscountEffect.ShippingPercentOff(10_000))
                        .minimumSpend(Money.idr(250_000)).build()).build();
        PriceBreakdown exactly = engine.price(PricingEngineTest.idr(PricingContext.NONE, 18_000,
                std("SHIRT", 1, Money.idr(250_000), Money.idr(0))));
        assertEquals(Reason.APPLIED, outcome(exactly, "ONGKIR").reason());
        assertEquals(Money.idr(0), exactly.shippingFee());
        // A line discount counts against the spend.
        PriceBreakdown short1 = engine.price(PricingEngineTest.idr(PricingContext.NONE, 18_000,
                std("SHIRT", 1, Money.idr(251_000), Money.idr(1_001))));
        assertEquals(Reason.MINIMUM_SPEND_NOT_MET, outcome(short1, "ONGKIR").reason());
        assertEquals(Money.idr(18_000), short1.shippingFee());
    }

    @Test
    void discountsEqualToWhatTheyDiscountLeaveNothingToPayAndOneMoreIsRefused() {
        PricingEngine engine = PricingEngine.standard();
        PricingRequest.Line shirts = std("SHIRT", 2, Money.idr(100_000), Money.idr(0));
        // The caller's order discount equal to the subtotal: only shipping is left, and no tax.
        PriceBreakdown all = engine.price(new PricingRequest(Money.IDR, List.of(shirts), List.of(Money.idr(200_000)),
                Money.idr(10_000), NOW));
        assertEquals(Money.idr(200_000), all.discountTotal());
        assertEquals(Money.idr(0), all.taxTotal());
        assertEquals(Money.idr(10_000), all.grandTotal());
        InvalidPricingRequestException more = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(new PricingRequest(Money.IDR, List.of(shirts),
                        List.of(Money.idr(150_000), Money.of("50000.01", Money.IDR)), Money.idr(0), NOW)));
        assertEquals("orderDiscounts", more.field());
        assertEquals("must not exceed the discounted subtotal IDR 200000.00, was IDR 200000.01", more.rule());
        // A line discount equal to the line amount makes the line free.
        PriceBreakdown freeLine = engine.price(request(0, std("SHIRT", 2, Money.idr(100_000), Money.idr(200_000)),
                std("HAT", 1, Money.idr(50_000), Money.idr(0))));
        assertEquals(Money.idr(0), freeLine.lines().get(0).total());
        assertEquals(Money.idr(55_500), freeLine.grandTotal());
        // A promotion equal to the subtotal takes everything; a later one finds nothing left.
        PriceBreakdown promo = PricingEngine.builder()
                .discount(Discount.builder("ALL", new DiscountEffect.AmountOff(Money.idr(200_000),
                        DiscountEffect.Per.ORDER)).build())
                .discount(Discount.builder("MORE", new DiscountEffect.PercentOff(1_000)).build())
                .build().price(request(0, shirts));
        assertEquals(Reason.APPLIED, outcome(promo, "ALL").reason());
        assertEquals(Reason.NOTHING_LEFT_TO_DISCOUNT, outcome(promo, "MORE").reason());
        assertEquals(Money.idr(0), promo.grandTotal());
    }

    // ------------------------------------------------------------------ vouchers and windows

    private static PricingRequest at(Instant when, PricingContext ctx) {
        return new PricingRequest(Money.IDR, List.of(std("SHIRT", 1, Money.idr(100_000), Money.idr(0))), List.of(),
                Money.idr(0), when, ctx);
    }

    @Test
    void aChannelLimitedVoucherAppliesOnlyInItsChannel() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("WEB10", new DiscountEffect.PercentOff(1_000)).channel("web")
                        .requiresVoucher().build())
                .voucher(Voucher.of("web10", "WEB10")).build();
        PriceBreakdown web = engine.price(at(NOW, PricingContext.builder().channel("web").voucher("WEB10").build()));
        assertEquals(Money.idr(10_000), web.discountTotal());
        assertEquals(Reason.APPLIED, web.voucherUses().get(0).reason());
        PriceBreakdown shopee = engine.price(at(NOW, PricingContext.builder().channel("shopee").voucher("WEB10").build()));
        assertEquals(Reason.WRONG_CHANNEL, outcome(shopee, "WEB10").reason());
        assertEquals(Reason.WRONG_CHANNEL, shopee.voucherUses().get(0).reason());
        assertEquals(Money.idr(0), shopee.discountTotal());
        PriceBreakdown noChannel = engine.price(at(NOW, PricingContext.builder().voucher("WEB10").build()));
        assertEquals(Reason.WRONG_CHANNEL, outcome(noChannel, "WEB10").reason());
    }

    @Test
    void aVoucherIsValidFromTheStartOfItsWindowUntilJustBeforeItsEnd() {
        Instant from = NOW.plusSeconds(86_400);
        Instant until = NOW.plusSeconds(2 * 86_400);
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("SOON", new DiscountEffect.PercentOff(1_000)).requiresVoucher().build())
                .voucher(Voucher.of("soon", "SOON").withWindow(from, until)).build();
        PricingContext withCode = PricingContext.builder().voucher("soon").build();
        PriceBreakdown early = engine.price(at(NOW, withCode));
        assertEquals(Reason.VOUCHER_NOT_VALID_NOW, outcome(early, "SOON").reason());
        assertEquals(Reason.VOUCHER_NOT_VALID_NOW, outcome(engine.price(at(from.minusSeconds(1), withCode)), "SOON").reason());
        assertEquals(Reason.APPLIED, outcome(engine.price(at(from, withCode)), "SOON").reason());
        assertEquals(Reason.APPLIED, outcome(engine.price(at(until.minusSeconds(1), withCode)), "SOON").reason());
        assertEquals(Reason.VOUCHER_NOT_VALID_NOW, outcome(engine.price(at(until, withCode)), "SOON").reason());
        // A rule's own window works the same way.
        PricingEngine dated = PricingEngine.builder().discount(Discount.builder("SALE", new DiscountEffect.PercentOff(1_000))
                .validFrom(from).validUntil(until).build()).build();
        assertEquals(Reason.NOT_YET_VALID, outcome(dated.price(at(from.minusSeconds(1), PricingContext.NONE)), "SALE").reason());
        assertEquals(Reason.APPLIED, outcome(dated.price(at(from, PricingContext.NONE)), "SALE").reason());
        assertEquals(Reason.EXPIRED, outcome(dated.price(at(until, PricingContext.NONE)), "SALE").reason());
    }

    // ------------------------------------------------------------------ price lists

    @Test
    void aTaxExclusiveListPriceIsGrossedUpForATaxInclusiveOrder() {
        PricingContext inclusive = PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).build();
        PricingEngine whole = PricingEngine.builder().priceBook(PriceBook.of(PriceList.builder("retail",
                PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR).price(Sku.of("SHIRT"), Money.idr(100_000))
                .build())).build();
        PriceBreakdown b = whole.price(at(NOW, inclusive));
        // 100,000 plus 11 % PPN; the inclusive total holds 11/111 of it as tax.
        assertEquals(Money.idr(111_000), b.lines().get(0).unitPrice());
        assertEquals(Money.idr(111_000), b.grandTotal());
        assertEquals(Money.idr(11_000), b.taxTotal());
        // A price with sen is converted to the sen, half up: 100,000.50 × 1.11 = 111,000.555.
        PricingEngine sen = PricingEngine.builder().priceBook(PriceBook.of(PriceList.builder("retail",
                PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .price(Sku.of("SHIRT"), Money.of("100000.50", Money.IDR)).build())).build();
        assertEquals(Money.of("111000.56", Money.IDR), sen.price(at(NOW, inclusive)).lines().get(0).unitPrice());
        // A list already in the order's mode is taken as it is.
        assertEquals(Money.idr(100_000), whole.price(at(NOW, PricingContext.NONE)).lines().get(0).unitPrice());
    }

    @Test
    void thePriceListChosenDoesNotDependOnTheOrderTheListsAreGivenIn() {
        Sku shirt = Sku.of("SHIRT");
        PriceList old = PriceList.builder("retail-old", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .validFrom(Instant.parse("2026-01-01T00:00:00Z")).price(shirt, Money.idr(100_000)).build();
        PriceList newZ = PriceList.builder("z-retail", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .validFrom(Instant.parse("2026-06-01T00:00:00Z")).price(shirt, Money.idr(97_000)).build();
        PriceList newA = PriceList.builder("a-retail", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .validFrom(Instant.parse("2026-06-01T00:00:00Z")).price(shirt, Money.idr(96_000)).build();
        PriceList web = PriceList.builder("web", PriceListScope.channel("web"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .validFrom(Instant.parse("2025-01-01T00:00:00Z")).price(shirt, Money.idr(99_000)).build();
        List<PriceList> lists = List.of(old, newZ, newA, web);
        for (List<PriceList> order : permutations(lists)) {
            PricingEngine engine = PricingEngine.builder().priceBook(PriceBook.of(order)).build();
            PriceBreakdown retail = engine.price(at(NOW, PricingContext.NONE));
            assertEquals("a-retail", retail.lines().get(0).priceSource(), "newest retail list, lower id: " + order);
            assertEquals(Money.idr(96_000), retail.lines().get(0).unitPrice());
            PriceBreakdown channel = engine.price(at(NOW, PricingContext.builder().channel("web").build()));
            assertEquals("web", channel.lines().get(0).priceSource(), "the channel's list beats retail: " + order);
        }
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ tax invoice with discounts

    @Test
    void theTaxInvoiceAndTaxSummaryOfADiscountedOrderShowSellingPriceDiscountDppAndPpn() {
        Instant june2025 = Instant.parse("2025-06-02T03:00:00Z");
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("TEN", new DiscountEffect.PercentOff(1_000)).build()).build();
        PriceBreakdown b = engine.price(new PricingRequest(Money.IDR, List.of(
                std("SHIRT", 2, Money.idr(150_000), Money.idr(30_000)),
                new PricingRequest.Line(Sku.of("RICE"), 1, Money.idr(100_000), Money.idr(0), TaxCategory.EXEMPT)),
                List.of(), Money.idr(0), june2025));
        // 10 % of the 370,000 left after the line discount: 27,000 and 10,000.
        assertEquals(List.of(Money.idr(57_000), Money.idr(10_000)), lineDiscounts(b));
        // 243,000 standard-rated: DPP 11/12 = 222,750, PPN 12 % of it = 26,730.
        TaxInvoice faktur = TaxInvoice.of(b, Npwp.parse("0012345678901000"), Optional.empty());
        assertEquals("04", faktur.transactionCode());
        assertEquals(new TaxInvoice.Line(0, Sku.of("SHIRT"), 2, Money.idr(300_000), Money.idr(57_000), Money.idr(222_750),
                Money.idr(26_730), IndonesiaPpn.NILAI_LAIN_12.code()), faktur.lines().get(0));
        assertEquals(new TaxInvoice.Line(1, Sku.of("RICE"), 1, Money.idr(100_000), Money.idr(10_000), Money.idr(90_000),
                Money.idr(0), "EXEMPT"), faktur.lines().get(1));
        assertEquals(Money.idr(400_000), faktur.totalSellingPrice());
        assertEquals(Money.idr(67_000), faktur.totalDiscount());
        assertEquals(Money.idr(312_750), faktur.totalDpp());
        assertEquals(Money.idr(26_730), faktur.totalPpn());
        assertEquals(List.of(new TaxInvoice.RateTotal(IndonesiaPpn.NILAI_LAIN_12.code(), Money.idr(222_750), Money.idr(26_730)),
                new TaxInvoice.RateTotal("EXEMPT", Money.idr(90_000), Money.idr(0))), faktur.rateTotals());
        assertEquals(List.of(
                new PriceBreakdown.TaxSummary(IndonesiaPpn.NILAI_LAIN_12.code(), IndonesiaPpn.NILAI_LAIN_12,
                        Money.idr(243_000), Money.idr(222_750), Money.idr(26_730)),
                new PriceBreakdown.TaxSummary("EXEMPT", TaxRate.EXEMPT, Money.idr(90_000), Money.idr(90_000), Money.idr(0))),
                b.taxSummary());
        assertEquals(Money.idr(359_730), b.grandTotal());
    }

    @Test
    void aTaxInclusiveDiscountedInvoiceShowsTheNetOfTaxAndNoDiscountColumn() {
        PriceBreakdown b = PricingEngine.standard().price(new PricingRequest(Money.IDR,
                List.of(std("SHIRT", 1, Money.idr(111_000), Money.idr(11_100))), List.of(), Money.idr(0),
                Instant.parse("2025-06-02T03:00:00Z"), PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).build()));
        // 99,900 paid holds 11/111 of PPN: 9,900; the rest, 90,000, is the selling price; DPP 11/12 of it.
        assertEquals(Money.idr(99_900), b.grandTotal());
        TaxInvoice faktur = TaxInvoice.of(b, Npwp.parse("0012345678901000"), Optional.of(Npwp.parse("3171234567890123")));
        TaxInvoice.Line line = faktur.lines().get(0);
        assertEquals(Money.idr(90_000), line.sellingPrice());
        assertEquals(Money.idr(0), line.discount());
        assertEquals(Money.idr(82_500), line.dpp());
        assertEquals(Money.idr(9_900), line.ppn());
        assertEquals(Optional.of(Npwp.parse("3171234567890123")), faktur.buyer());
        PriceBreakdown.TaxSummary summary = b.taxSummary().get(0);
        assertEquals(Money.idr(90_000), summary.net());
        assertEquals(Money.idr(82_500), summary.base());
        assertEquals(Money.idr(9_900), summary.tax());
    }

    @Test
    void anInvoiceOfExemptGoodsOnlyHasCode08AndOfFullRateGoodsCode01() {
        PriceBreakdown exempt = PricingEngine.standard().price(request(0, new PricingRequest.Line(Sku.of("RICE"), 1,
                Money.idr(100_000), Money.idr(0), TaxCategory.EXEMPT)));
        assertEquals("08", TaxInvoice.of(exempt, Npwp.parse("0012345678901000"), Optional.empty()).transactionCode());
        PriceBreakdown luxury = PricingEngine.standard().price(request(0, new PricingRequest.Line(Sku.of("CAR"), 1,
                Money.idr(100_000), Money.idr(0), TaxCategory.LUXURY)));
        assertEquals("01", TaxInvoice.of(luxury, Npwp.parse("0012345678901000"), Optional.empty()).transactionCode());
    }

    // ------------------------------------------------------------------ shipping discounts

    @Test
    void aShippingDiscountSmallerThanTheFeeLeavesTheRestToPay() {
        PricingRequest.Line shirt = std("SHIRT", 1, Money.idr(100_000), Money.idr(0));
        PriceBreakdown amount = priceWith(new DiscountEffect.ShippingAmountOff(Money.idr(10_000)), 18_000, shirt);
        assertEquals(Money.idr(8_000), amount.shippingFee());
        assertEquals(Money.idr(10_000), amount.shippingDiscount());
        assertEquals(Money.idr(10_000), outcome(amount, "OFF").amount());
        // Goods and their tax are untouched: 100,000 + 11,000 + 8,000.
        assertEquals(Money.idr(119_000), amount.grandTotal());
        PriceBreakdown half = priceWith(new DiscountEffect.ShippingPercentOff(5_000), 18_000, shirt);
        assertEquals(Money.idr(9_000), half.shippingFee());
        assertEquals(Money.idr(9_000), half.shippingDiscount());
        // Stacked: the percentage is taken of what the fixed amount left.
        PriceBreakdown both = PricingEngine.builder()
                .discount(Discount.builder("FIX", new DiscountEffect.ShippingAmountOff(Money.idr(10_000))).build())
                .discount(Discount.builder("HALF", new DiscountEffect.ShippingPercentOff(5_000)).build())
                .build().price(PricingEngineTest.idr(PricingContext.NONE, 18_000, shirt));
        assertEquals(Money.idr(4_000), outcome(both, "HALF").amount());
        assertEquals(Money.idr(4_000), both.shippingFee());
        assertEquals(Money.idr(14_000), both.shippingDiscount());
        assertEquals(Money.idr(0), both.discountTotal(), "shipping discounts are not goods discounts");
        // More than the fee: the fee becomes zero and the outcome says what was really taken.
        PriceBreakdown over = priceWith(new DiscountEffect.ShippingAmountOff(Money.idr(25_000)), 18_000, shirt);
        assertEquals(Money.idr(18_000), outcome(over, "OFF").amount());
        assertEquals(Money.idr(0), over.shippingFee());
        PriceBreakdown free = priceWith(new DiscountEffect.ShippingAmountOff(Money.idr(10_000)), 0, shirt);
        assertEquals(Reason.NOTHING_LEFT_TO_DISCOUNT, outcome(free, "OFF").reason());
        assertTrue(free.shippingDiscount().isZero());
    }

    // ------------------------------------------------------------------ rules in another currency

    @Test
    void aRuleWhoseAmountsAreInAnotherCurrencyIsExplainedAndTakesNothing() {
        PricingRequest.Line shirt = std("SHIRT", 1, Money.idr(100_000), Money.idr(0));
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("USD-OFF", new DiscountEffect.AmountOff(Money.of("5.00", USD),
                        DiscountEffect.Per.ORDER)).build())
                .discount(Discount.builder("USD-SHIP", new DiscountEffect.ShippingAmountOff(Money.of("5.00", USD))).build())
                .discount(Discount.builder("USD-BUNDLE", new DiscountEffect.BundlePrice(Map.of(Sku.of("SHIRT"), 1L),
                        Money.of("5.00", USD))).build())
                .discount(Discount.builder("USD-MIN", new DiscountEffect.PercentOff(1_000))
                        .minimumSpend(Money.of("1.00", USD)).build())
                .discount(Discount.builder("IDR-SHIP", new DiscountEffect.ShippingAmountOff(Money.idr(5_000))).build())
                .build();
        PriceBreakdown b = engine.price(PricingEngineTest.idr(PricingContext.NONE, 18_000, shirt));
        for (String id : List.of("USD-OFF", "USD-SHIP", "USD-BUNDLE", "USD-MIN")) {
            assertEquals(Reason.CURRENCY_MISMATCH, outcome(b, id).reason(), id);
            assertEquals(Money.idr(0), outcome(b, id).amount(), id);
        }
        assertEquals(Reason.APPLIED, outcome(b, "IDR-SHIP").reason());
        assertEquals(Money.idr(0), b.discountTotal());
        assertEquals(Money.idr(13_000), b.shippingFee());
    }

    // ------------------------------------------------------------------ allocation step

    @Test
    void aFixedAmountWithSenInAnyRuleMakesTheEngineAllocateInSenAndPercentagesDoNot() {
        PricingRequest.Line[] three = {PricingEngineTest.line(Sku.of("A"), 1, 100_000, "x"),
            PricingEngineTest.line(Sku.of("B"), 1, 100_000, "x"), PricingEngineTest.line(Sku.of("C"), 1, 100_000, "x")};
        Discount order = Discount.builder("ORDER", new DiscountEffect.AmountOff(Money.idr(100_000),
                DiscountEffect.Per.ORDER)).build();
        List<Money> whole = List.of(Money.idr(33_334), Money.idr(33_333), Money.idr(33_333));
        List<Money> sen = List.of(Money.of("33333.34", Money.IDR), Money.of("33333.33", Money.IDR),
                Money.of("33333.33", Money.IDR));
        // A percentage rule beside it keeps whole rupiah.
        assertEquals(whole, lineDiscounts(PricingEngine.builder().discount(order)
                .discount(Discount.builder("PCT", new DiscountEffect.PercentOff(1_000)).channel("web").build())
                .build().price(PricingEngineTest.idr(PricingContext.NONE, 0, three))));
        // A rule with sen, even one that does not apply to this order, makes every share exact to the sen.
        List<DiscountEffect> withSen = List.of(
                new DiscountEffect.AmountOff(Money.of("0.50", Money.IDR), DiscountEffect.Per.LINE),
                new DiscountEffect.ShippingAmountOff(Money.of("0.50", Money.IDR)),
                new DiscountEffect.BundlePrice(Map.of(Sku.of("Z"), 1L), Money.of("0.50", Money.IDR)));
        for (DiscountEffect effect : withSen) {
            PricingEngine engine = PricingEngine.builder().discount(order)
                    .discount(Discount.builder("SEN", effect).channel("web").build()).build();
            assertEquals(sen, lineDiscounts(engine.price(PricingEngineTest.idr(PricingContext.NONE, 0, three))),
                    effect.toString());
        }
        // Whole-rupiah fixed amounts keep whole rupiah.
        PricingEngine wholeRules = PricingEngine.builder().discount(order)
                .discount(Discount.builder("W1", new DiscountEffect.ShippingAmountOff(Money.idr(1))).channel("web").build())
                .discount(Discount.builder("W2", new DiscountEffect.BundlePrice(Map.of(Sku.of("Z"), 1L), Money.idr(1)))
                        .channel("web").build())
                .discount(Discount.builder("W3", new DiscountEffect.AmountOff(Money.idr(1), DiscountEffect.Per.LINE))
                        .channel("web").build())
                .build();
        assertEquals(whole, lineDiscounts(wholeRules.price(PricingEngineTest.idr(PricingContext.NONE, 0, three))));
    }

    @Test
    void anInclusiveWholeRupiahListPriceConvertsToWholeRupiahForAnExclusiveOrder() {
        PricingEngine engine = PricingEngine.builder().priceBook(PriceBook.of(PriceList.builder("retail",
                PriceListScope.retail(), PriceMode.TAX_INCLUSIVE, Money.IDR).price(Sku.of("SHIRT"), Money.idr(100_000))
                .build())).build();
        // 100,000 × 11/111 = 9,909.91 of PPN, half up to whole rupiah: 9,910, so 90,090 before tax.
        assertEquals(Money.idr(90_090), engine.price(at(NOW, PricingContext.NONE)).lines().get(0).unitPrice());
    }

    // ------------------------------------------------------------------ vouchers

    @Test
    void aVoucherForARuleTheEngineDoesNotHaveIsReportedUnknownAndAKnownOneIsNot() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("PAYDAY", new DiscountEffect.PercentOff(1_000)).requiresVoucher().build())
                .voucher(Voucher.of("payday", "PAYDAY"))
                .voucher(Voucher.of("ghost", "GONE"))
                .build();
        PriceBreakdown b = engine.price(at(NOW, PricingContext.builder().voucher("payday").voucher("ghost").build()));
        assertEquals(List.of("PAYDAY", "voucher:GHOST"), b.discountOutcomes().stream().map(DiscountOutcome::discountId)
                .toList());
        assertEquals(Reason.UNKNOWN_VOUCHER_CODE, outcome(b, "voucher:GHOST").reason());
        assertEquals(List.of(Reason.APPLIED, Reason.UNKNOWN_VOUCHER_CODE),
                b.voucherUses().stream().map(VoucherUse::reason).toList());
    }

    @Test
    void aVoucherLimitedPerCustomerNeedsAKnownCustomer() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("ONCE", new DiscountEffect.PercentOff(1_000)).requiresVoucher().build())
                .voucher(Voucher.of("once", "ONCE").withLimits(100, 1)).build();
        PriceBreakdown anonymous = engine.price(at(NOW, PricingContext.builder().voucher("once").build()));
        assertEquals(Reason.VOUCHER_NEEDS_CUSTOMER, outcome(anonymous, "ONCE").reason());
        PriceBreakdown known = engine.price(at(NOW, PricingContext.builder().voucher("once")
                .customer(dev.orderan.core.common.CustomerId.of("siti")).build()));
        assertEquals(Reason.APPLIED, outcome(known, "ONCE").reason());
    }

    // ------------------------------------------------------------------ targeting

    @Test
    void aTargetedFixedAmountPerLineLeavesOtherLinesAlone() {
        PriceBreakdown b = PricingEngine.builder().discount(Discount.builder("TOPS", new DiscountEffect.AmountOff(
                Money.idr(10_000), DiscountEffect.Per.LINE)).category("tops").build()).build()
                .price(PricingEngineTest.idr(PricingContext.NONE, 0,
                        PricingEngineTest.line(Sku.of("SHIRT"), 1, 100_000, "tops"),
                        PricingEngineTest.line(Sku.of("HAT"), 1, 50_000, "acc")));
        assertEquals(List.of(Money.idr(10_000), Money.idr(0)), lineDiscounts(b));
        PriceBreakdown none = PricingEngine.builder().discount(Discount.builder("SHOES", new DiscountEffect.AmountOff(
                Money.idr(10_000), DiscountEffect.Per.ORDER)).category("shoes").build()).build()
                .price(PricingEngineTest.idr(PricingContext.NONE, 0, PricingEngineTest.line(Sku.of("HAT"), 1, 50_000, "acc")));
        assertEquals(Reason.NO_MATCHING_LINES, outcome(none, "SHOES").reason());
    }

    @Test
    void buyXGetYFindsTheCheapestUnitWhicheverLineComesFirstAndGivesSeveralPerSet() {
        // The most expensive line first: the free unit is still the cheapest (the hat).
        PriceBreakdown b = buy2Get1(10_000, PricingEngineTest.line(Sku.of("SHIRT"), 1, 100_000, "tops"),
                PricingEngineTest.line(Sku.of("HAT"), 1, 50_000, "tops"),
                PricingEngineTest.line(Sku.of("PANTS"), 1, 80_000, "tops"));
        assertEquals(List.of(Money.idr(0), Money.idr(50_000), Money.idr(0)), lineDiscounts(b));
        // Buy 3 get 2: ten units make two sets, four units free, the four cheapest.
        PriceBreakdown twoPerSet = priceWith(new DiscountEffect.BuyXGetY(3, 2, 10_000), 0,
                PricingEngineTest.line(Sku.of("SHIRT"), 6, 100_000, "tops"),
                PricingEngineTest.line(Sku.of("HAT"), 4, 50_000, "tops"));
        assertEquals(List.of(Money.idr(0), Money.idr(200_000)), lineDiscounts(twoPerSet));
    }

    // ------------------------------------------------------------------ best for the customer

    @Test
    void bestForTheCustomerAlsoRanksShippingRulesAndTriesIneligibleRulesLast() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("SHIP-HALF", new DiscountEffect.ShippingPercentOff(5_000)).exclusive().build())
                .discount(Discount.builder("SHIP-10K", new DiscountEffect.ShippingAmountOff(Money.idr(10_000)))
                        .exclusive().build())
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build();
        PriceBreakdown ship = engine.price(PricingEngineTest.idr(PricingContext.NONE, 18_000,
                std("SHIRT", 1, Money.idr(100_000), Money.idr(0))));
        // 10,000 off beats 50 % of 18,000 (9,000); the half is then blocked.
        assertEquals(Money.idr(8_000), ship.shippingFee());
        assertEquals(Reason.BLOCKED_BY_EXCLUSIVE, outcome(ship, "SHIP-HALF").reason());
        assertEquals(List.of("SHIP-10K", "SHIP-HALF"), ship.discountOutcomes().stream()
                .map(DiscountOutcome::discountId).toList());

        PricingEngine withIneligible = PricingEngine.builder()
                .discount(Discount.builder("WEB50", new DiscountEffect.PercentOff(5_000)).channel("web").build())
                .discount(Discount.builder("ALL10", new DiscountEffect.PercentOff(1_000)).build())
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build();
        PriceBreakdown b = withIneligible.price(at(NOW, PricingContext.builder().channel("shopee").build()));
        assertEquals(List.of("ALL10", "WEB50"), b.discountOutcomes().stream().map(DiscountOutcome::discountId).toList());
        assertEquals(Money.idr(10_000), b.discountTotal());
    }

    // ------------------------------------------------------------------ overflow of a line

    @Test
    void aLineWhoseAmountWrapsPastALongIsRefusedOnTheLine() {
        long twoToThe62 = 1L << 62;
        for (long quantity : new long[] {2, 4}) {
            InvalidPricingRequestException e = assertThrows(InvalidPricingRequestException.class,
                    () -> PricingEngine.standard().price(request(0, std("A", quantity, Money.ofMinor(twoToThe62, Money.IDR),
                            Money.idr(0)))));
            assertEquals("lines[0]", e.field(), "quantity " + quantity);
            assertEquals("quantity × unit price" + BEYOND, e.rule());
        }
    }

    // ------------------------------------------------------------------ shipping over free lines, unit shares

    @Test
    void shippingOverLinesThatAreAllFreeIsSharedByQuantity() {
        PriceBreakdown b = PricingEngine.standard().price(request(2_000_000,
                std("A", 1, Money.idr(50_000), Money.idr(50_000)), std("B", 3, Money.idr(10_000), Money.idr(30_000))));
        assertEquals(List.of(Money.idr(5_000), Money.idr(15_000)),
                b.lines().stream().map(PriceBreakdown.LinePrice::shippingShare).toList());
        assertEquals(Money.idr(20_000), b.grandTotal());
    }

    @Test
    void withTaxedShippingEachUnitsTaxFollowsItsPriceAndShippingShare() {
        PriceBreakdown b = PricingEngine.builder().taxShipping(true).build().price(PricingEngineTest.idr(PricingContext.NONE,
                10_000, PricingEngineTest.line(Sku.of("SHIRT"), 3, 100_000, "tops")));
        // 310,000 taxed at 11 %: 34,100. Shipping splits 3,334 / 3,333 / 3,333; the tax in whole rupiah by
        // largest remainder over 103,334 / 103,333 / 103,333: 11,367 / 11,367 / 11,366.
        assertEquals(Money.idr(34_100), b.taxTotal());
        assertEquals(List.of(Money.idr(3_334), Money.idr(3_333), Money.idr(3_333)),
                List.of(b.unit(0, 0).shipping(), b.unit(0, 1).shipping(), b.unit(0, 2).shipping()));
        assertEquals(List.of(Money.idr(11_367), Money.idr(11_367), Money.idr(11_366)),
                List.of(b.unit(0, 0).tax(), b.unit(0, 1).tax(), b.unit(0, 2).tax()));
        assertEquals(List.of(114_701_00L, 114_700_00L, 114_699_00L),
                List.of(b.paidMinor(0, 0), b.paidMinor(0, 1), b.paidMinor(0, 2)));
        assertEquals(b.grandTotal(), Money.idr(344_100));
        assertTrue(b.shippingTaxed());
        assertEquals(Money.idr(310_000), b.taxSummary().get(0).net());
    }

    // ------------------------------------------------------------------ restoring a stored breakdown

    @Test
    void restoringRefusesInconsistentLinesAndAcceptsTheirLimits() {
        PriceBreakdown b = PricingEngine.standard().price(request(0, std("A", 2, Money.idr(100_000), Money.idr(0))));
        PriceBreakdown.Snapshot s = b.snapshot();
        PriceBreakdown.SnapshotLine l = s.lines().get(0);
        java.util.function.Function<PriceBreakdown.SnapshotLine, PriceBreakdown.Snapshot> with = line ->
                new PriceBreakdown.Snapshot(s.currency(), s.priceMode(), s.amountStep(), s.taxStep(), s.shippingFeeMinor(),
                        s.shippingDiscountMinor(), List.of(line), s.discountOutcomes(), s.shippingTaxed(), s.voucherUses());
        java.util.function.Function<long[], PriceBreakdown.SnapshotLine> line = v -> new PriceBreakdown.SnapshotLine(
                l.sku(), l.taxCategory(), l.taxRate(), l.priceSource(), v[0], v[1], v[2], v[3], v[4], v[5]);
        long unit = l.unitPriceMinor();
        assertEquals(b, PriceBreakdown.restore(with.apply(line.apply(new long[] {unit, unit, 2, 0, 0, l.taxMinor()}))));
        // At the limits: one unit, a free unit price, a discount of the whole line.
        PriceBreakdown.restore(with.apply(line.apply(new long[] {0, 0, 1, 0, 0, 0})));
        PriceBreakdown.restore(with.apply(line.apply(new long[] {unit, unit, 1, unit, 0, 0})));
        for (long[] bad : List.of(new long[] {unit, unit, 0, 0, 0, 0}, new long[] {-1, unit, 1, 0, 0, 0},
                new long[] {unit, -1, 1, 0, 0, 0}, new long[] {unit, unit, 1, unit + 1, 0, 0},
                new long[] {unit, unit, 1, -1, 0, 0}, new long[] {unit, unit, 1, 0, -1, 0},
                new long[] {unit, unit, 1, 0, 0, -1})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PriceBreakdown.restore(with.apply(line.apply(bad))), java.util.Arrays.toString(bad));
            assertTrue(e.getMessage().startsWith("lines[0]: "), e.getMessage());
        }
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> PriceBreakdown.restore(
                new PriceBreakdown.Snapshot(s.currency(), s.priceMode(), s.amountStep(), s.taxStep(), 0, 0, List.of(),
                        List.of(), false, List.of())));
        assertEquals("lines: must not be empty", empty.getMessage());
    }

    // ------------------------------------------------------------------ more limits of the engine

    @Test
    void negativePricesDiscountsAndShippingAreRefusedNamingTheField() {
        PricingEngine engine = PricingEngine.standard();
        InvalidPricingRequestException price = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(request(0, std("A", 1, Money.ofMinor(-1, Money.IDR), Money.idr(0)))));
        assertEquals("lines[0].unitPrice", price.field());
        assertEquals("must not be negative, was -1", price.rule());
        InvalidPricingRequestException order = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(new PricingRequest(Money.IDR, List.of(std("A", 1, Money.idr(100), Money.idr(0))),
                        List.of(Money.idr(-1)), Money.idr(0), NOW)));
        assertEquals("orderDiscounts[0]", order.field());
        InvalidPricingRequestException shipping = assertThrows(InvalidPricingRequestException.class,
                () -> engine.price(request(-1, std("A", 1, Money.idr(100), Money.idr(0)))));
        assertEquals("shippingFee", shipping.field());
        // A free line is fine.
        assertEquals(Money.idr(0), engine.price(request(0, std("A", 1, Money.idr(0), Money.idr(0)))).grandTotal());
    }

    @Test
    void senInAnyPriceOrDiscountOfTheRequestMakesAllocationExactToTheSen() {
        Discount order = Discount.builder("ORDER", new DiscountEffect.AmountOff(Money.idr(100_000),
                DiscountEffect.Per.ORDER)).build();
        PricingEngine engine = PricingEngine.builder().discount(order).build();
        // A unit price with sen: the promotion is split exactly to the sen, the extra sen to the first line.
        PriceBreakdown price = engine.price(request(0, std("A", 1, Money.idr(100_000), Money.idr(0)),
                std("B", 1, Money.idr(100_000), Money.idr(0)), std("C", 1, Money.of("100000.01", Money.IDR),
                        Money.of("0.01", Money.IDR))));
        assertEquals(List.of(Money.of("33333.34", Money.IDR), Money.of("33333.33", Money.IDR),
                Money.of("33333.34", Money.IDR)), lineDiscounts(price));
        // A line discount with sen (unit prices whole): 100,000 split over 99,999.50 / 100,000 / 100,000:
        PriceBreakdown lineDiscount = engine.price(request(0, std("A", 1, Money.idr(100_000), Money.of("0.50", Money.IDR)),
                std("B", 1, Money.idr(100_000), Money.idr(0)), std("C", 1, Money.idr(100_000), Money.idr(0))));
        // Shares 33,333.22 / 33,333.39 / 33,333.39 (the two leftover sen to the largest remainders).
        assertEquals(List.of(Money.of("33333.72", Money.IDR), Money.of("33333.39", Money.IDR),
                Money.of("33333.39", Money.IDR)), lineDiscounts(lineDiscount));
        // An order discount with sen from the caller.
        PriceBreakdown caller = PricingEngine.standard().price(new PricingRequest(Money.IDR, List.of(
                std("A", 1, Money.idr(100_000), Money.idr(0)), std("B", 1, Money.idr(100_000), Money.idr(0)),
                std("C", 1, Money.idr(100_000), Money.idr(0))), List.of(Money.of("1000.50", Money.IDR)), Money.idr(0), NOW));
        assertEquals(List.of(Money.of("333.50", Money.IDR), Money.of("333.50", Money.IDR), Money.of("333.50", Money.IDR)),
                lineDiscounts(caller));
    }

    @Test
    void bestForTheCustomerSortsEachPriorityGroupInItsTurn() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("TEN", new DiscountEffect.PercentOff(1_000)).priority(10).build())
                .discount(Discount.builder("FIX", new DiscountEffect.AmountOff(Money.idr(10_000), DiscountEffect.Per.ORDER))
                        .priority(5).build())
                .discount(Discount.builder("HALF", new DiscountEffect.PercentOff(5_000)).priority(5).build())
                .stacking(PricingEngine.Stacking.BEST_FOR_CUSTOMER).build();
        PriceBreakdown b = engine.price(at(NOW, PricingContext.NONE));
        // 10 % of 100,000; then, of the 90,000 left, half (45,000) beats 10,000 and goes first.
        assertEquals(List.of("TEN", "HALF", "FIX"), b.discountOutcomes().stream().map(DiscountOutcome::discountId).toList());
        assertEquals(Money.idr(65_000), b.discountTotal());
    }

    @Test
    void anExclusiveShippingRuleBlocksTheGoodsRulesAfterIt() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("FREESHIP", new DiscountEffect.ShippingPercentOff(10_000)).priority(10)
                        .exclusive().build())
                .discount(Discount.builder("TEN", new DiscountEffect.PercentOff(1_000)).priority(5).build())
                .build();
        PriceBreakdown b = engine.price(PricingEngineTest.idr(PricingContext.NONE, 18_000,
                std("SHIRT", 1, Money.idr(100_000), Money.idr(0))));
        assertEquals(Money.idr(0), b.shippingFee());
        assertEquals(Reason.BLOCKED_BY_EXCLUSIVE, outcome(b, "TEN").reason());
        assertEquals(Money.idr(0), b.discountTotal());
    }

    @Test
    void aRuleThatExactlyReachesTheCapIsAppliedWholeAndATrimmedRuleIsSplitByWhatItWouldTakePerLine() {
        PriceBreakdown exact = PricingEngine.builder().maxCombinedDiscount(3_000)
                .discount(Discount.builder("THIRTY", new DiscountEffect.PercentOff(3_000)).build()).build()
                .price(at(NOW, PricingContext.NONE));
        assertEquals(Reason.APPLIED, outcome(exact, "THIRTY").reason());
        assertEquals(Money.idr(30_000), exact.discountTotal());
        // Cap 25 % of 400,000 = 100,000: 20 % takes 80,000; 30,000 per line would take 60,000 but 20,000 is left,
        // split as the rule would have taken it, evenly per line.
        PriceBreakdown trimmed = PricingEngine.builder().maxCombinedDiscount(2_500)
                .discount(Discount.builder("TWENTY", new DiscountEffect.PercentOff(2_000)).priority(10).build())
                .discount(Discount.builder("PERLINE", new DiscountEffect.AmountOff(Money.idr(30_000),
                        DiscountEffect.Per.LINE)).build())
                .build().price(request(0, std("A", 1, Money.idr(100_000), Money.idr(0)),
                        std("B", 1, Money.idr(300_000), Money.idr(0))));
        assertEquals(Reason.APPLIED_TRIMMED_BY_CAP, outcome(trimmed, "PERLINE").reason());
        assertEquals(List.of(Money.idr(30_000), Money.idr(70_000)), lineDiscounts(trimmed));
    }

    @Test
    void theExplanationOfABreakdownCannotBeChanged() {
        PriceBreakdown b = PricingEngine.builder().discount(Discount.builder("TEN", new DiscountEffect.PercentOff(1_000))
                .build()).build().price(at(NOW, PricingContext.NONE));
        assertThrows(UnsupportedOperationException.class,
                () -> b.discountOutcomes().add(new DiscountOutcome("X", Reason.APPLIED, Money.idr(1))));
        assertThrows(UnsupportedOperationException.class, () -> b.lines().clear());
    }

    @Test
    void breakdownsAreEqualOnlyWhenEveryFigureIsEqual() {
        PriceBreakdown a = PricingEngine.standard().price(request(1_000_000, std("A", 1, Money.idr(100_000), Money.idr(0))));
        PriceBreakdown same = PricingEngine.standard().price(request(1_000_000, std("A", 1, Money.idr(100_000),
                Money.idr(0))));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertTrue(a.equals(a));
        assertFalse(a.equals(null));
        assertFalse(a.equals(a.toString()));
        assertFalse(a.equals(PricingEngine.standard().price(request(2_000_000, std("A", 1, Money.idr(100_000),
                Money.idr(0))))));
        assertFalse(a.equals(PricingEngine.standard().price(request(1_000_000, std("B", 1, Money.idr(100_000),
                Money.idr(0))))));
        assertFalse(a.equals(PricingEngine.builder().taxShipping(true).build().price(request(1_000_000,
                std("A", 1, Money.idr(100_000), Money.idr(0))))));
        assertEquals("PriceBreakdown[lines=1, subtotal=IDR 100000.00, discountTotal=IDR 0.00, shippingFee=IDR 10000.00,"
                + " taxTotal=IDR 11000.00, grandTotal=IDR 121000.00, mode=TAX_EXCLUSIVE]", a.toString());
    }
}
