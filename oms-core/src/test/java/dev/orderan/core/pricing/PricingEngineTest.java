package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.DiscountOutcome.Reason;
import dev.orderan.core.tax.EuVat;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.UsSalesTax;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class PricingEngineTest {

    static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");
    static final CurrencyUnit USD = Monetary.getCurrency("USD");
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final Sku SHIRT = Sku.of("SHIRT");
    static final Sku PANTS = Sku.of("PANTS");
    static final Sku HAT = Sku.of("HAT");

    static PricingRequest.Line line(Sku sku, long qty, long rupiah, String category) {
        return PricingRequest.Line.of(sku, qty, Money.idr(rupiah), category);
    }

    static PricingRequest idr(PricingContext ctx, long shipping, PricingRequest.Line... lines) {
        return new PricingRequest(Money.IDR, List.of(lines), List.of(), Money.idr(shipping), NOW, ctx);
    }

    static DiscountOutcome outcome(PriceBreakdown b, String id) {
        return b.discountOutcomes().stream().filter(o -> o.discountId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void threeLineDiscountDoesNotDriftByOneCent() {
        // Rounding 10 % per line gives 3.33 + 3.33 + 3.33 = 9.99: the cent other engines lose.
        PricingEngine engine = PricingEngine.builder()
                .taxEngine(UsSalesTax.builder().jurisdiction("US-NY", "0.08875").build())
                .discount(Discount.builder("TENOFF", new DiscountEffect.PercentOff(1000)).build()).build();
        List<PricingRequest.Line> lines = List.of(
                new PricingRequest.Line(SHIRT, 1, Money.of("33.33", USD), Money.zero(USD), TaxCategory.STANDARD),
                new PricingRequest.Line(PANTS, 1, Money.of("33.33", USD), Money.zero(USD), TaxCategory.STANDARD),
                new PricingRequest.Line(HAT, 1, Money.of("33.34", USD), Money.zero(USD), TaxCategory.STANDARD));
        PriceBreakdown b = engine.price(new PricingRequest(USD, lines, List.of(), Money.zero(USD), NOW,
                PricingContext.builder().destination("US-NY-10001").build()));
        assertEquals(Money.of("10.00", USD), b.discountTotal());
        assertEquals(List.of(Money.of("3.33", USD), Money.of("3.33", USD), Money.of("3.34", USD)),
                b.lines().stream().map(PriceBreakdown.LinePrice::discount).toList());
        // 90.00 x 8.875 % = 7.9875 -> 7.99, once per invoice, then allocated to lines.
        assertEquals(Money.of("7.99", USD), b.taxTotal());
        assertEquals(Money.of("97.99", USD), b.grandTotal());
        Money sumOfLines = b.lines().stream().map(PriceBreakdown.LinePrice::paid).reduce(Money.zero(USD), Money::plus);
        assertEquals(b.grandTotal(), sumOfLines);
        long unitsPaid = b.paidMinor(2, 0) + b.paidMinor(0, 0) + b.paidMinor(1, 0);
        assertEquals(b.grandTotal().minor(), unitsPaid, "every unit's exact paid amount adds up to the total");
    }

    @Test
    void orderLevelFixedDiscountAndShippingAreAllocatedInWholeRupiah() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("HEMAT", new DiscountEffect.AmountOff(Money.idr(100_000), DiscountEffect.Per.ORDER))
                        .build()).build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 10_000,
                line(SHIRT, 3, 100_000, "tops"), line(PANTS, 3, 100_000, "bottoms"), line(HAT, 3, 100_000, "acc")));
        assertEquals(List.of(Money.idr(33_334), Money.idr(33_333), Money.idr(33_333)),
                b.lines().stream().map(PriceBreakdown.LinePrice::discount).toList());
        // Shipping follows the net amounts 266,666 / 266,667 / 266,667: the leftover rupiah goes to line 2.
        assertEquals(List.of(Money.idr(3_333), Money.idr(3_334), Money.idr(3_333)),
                b.lines().stream().map(PriceBreakdown.LinePrice::shippingShare).toList());
        // Units of line 1: discount 33,334 over 3 units -> 11,112 / 11,111 / 11,111, all whole rupiah.
        assertEquals(Money.idr(11_112), b.unit(0, 0).discount());
        assertEquals(Money.idr(11_111), b.unit(0, 2).discount());
        long all = 0;
        for (int l = 0; l < 3; l++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(0, b.paidMinor(l, k) % 100, "unit paid is whole rupiah");
                all += b.paidMinor(l, k);
            }
        }
        assertEquals(b.grandTotalMinor(), all);
        // 800,000 x 11 % = 88,000 PPN; 900,000 - 100,000 + 10,000 + 88,000.
        assertEquals(Money.idr(898_000), b.grandTotal());
        // PPN once per invoice, allocated back by net amount (the numbers in docs/pricing-and-tax.md).
        assertEquals(List.of(Money.idr(29_333), Money.idr(29_334), Money.idr(29_333)),
                b.lines().stream().map(PriceBreakdown.LinePrice::tax).toList());
        // A unit's tax follows what it pays before tax: unit 0 carries the extra rupiah of discount, so the
        // leftover rupiah of tax go to units 1 and 2 (88,889 before tax each, against 88,888).
        assertEquals(new PriceBreakdown.UnitPrice(0, 0, Money.idr(100_000), Money.idr(11_112), Money.idr(1_111),
                Money.idr(9_777), Money.idr(99_776)), b.unit(0, 0));
        assertEquals(Money.idr(9_778), b.unit(0, 1).tax());
        assertEquals(Money.idr(9_778), b.unit(0, 2).tax());
    }

    @Test
    void categoryTargetedPercentOffOnlyTouchesThatCategoryAndExplainsItself() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("TOPS20", new DiscountEffect.PercentOff(2000)).category("tops").build())
                .discount(Discount.builder("SHOES", new DiscountEffect.PercentOff(1000)).category("shoes").build())
                .build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 2, 150_000, "tops"),
                line(PANTS, 1, 200_000, "bottoms")));
        assertEquals(Money.idr(60_000), b.lines().get(0).discount());
        assertEquals(Money.idr(0), b.lines().get(1).discount());
        assertEquals(Reason.APPLIED, outcome(b, "TOPS20").reason());
        assertEquals(Reason.NO_MATCHING_LINES, outcome(b, "SHOES").reason());
        assertEquals("TOPS20: applied (IDR 60,000)", outcome(b, "TOPS20").explain());
    }

    @Test
    void buyTwoGetOneFreeDiscountsTheCheapestUnits() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("B2G1", new DiscountEffect.BuyXGetY(2, 1, 10_000)).category("tops").build())
                .build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 4, 100_000, "tops"),
                line(HAT, 2, 50_000, "tops")));
        // 6 units -> 2 free, the two 50,000 hats.
        assertEquals(Money.idr(0), b.lines().get(0).discount());
        assertEquals(Money.idr(100_000), b.lines().get(1).discount());
    }

    @Test
    void bundlePriceAppliesPerCompleteBundle() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("OUTFIT", new DiscountEffect.BundlePrice(Map.of(SHIRT, 1L, PANTS, 1L),
                        Money.idr(300_000))).build()).build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 2, 150_000, "tops"),
                line(PANTS, 1, 200_000, "bottoms")));
        // One complete bundle: 350,000 -> 300,000.
        assertEquals(Money.idr(50_000), b.discountTotal());
        PriceBreakdown none = engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 2, 150_000, "tops")));
        assertEquals(Reason.NO_MATCHING_LINES, outcome(none, "OUTFIT").reason());
    }

    @Test
    void freeShippingFromAMinimumSpend() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("ONGKIR", new DiscountEffect.ShippingPercentOff(10_000))
                        .minimumSpend(Money.idr(250_000)).build()).build();
        PriceBreakdown big = engine.price(idr(PricingContext.NONE, 18_000, line(SHIRT, 2, 150_000, "tops")));
        assertEquals(Money.idr(0), big.shippingFee());
        assertEquals(Money.idr(18_000), big.shippingDiscount());
        PriceBreakdown small = engine.price(idr(PricingContext.NONE, 18_000, line(SHIRT, 1, 150_000, "tops")));
        assertEquals(Money.idr(18_000), small.shippingFee());
        assertEquals(Reason.MINIMUM_SPEND_NOT_MET, outcome(small, "ONGKIR").reason());
    }

    @Test
    void voucherCodesRespectWindowAndUsageLimits() {
        java.util.Map<String, Long> redeemed = new java.util.HashMap<>();
        VoucherUsage usage = new VoucherUsage() {
            @Override
            public long timesUsed(String code) {
                return redeemed.entrySet().stream().filter(e -> e.getKey().startsWith(code + "/"))
                        .mapToLong(java.util.Map.Entry::getValue).sum();
            }

            @Override
            public long timesUsedBy(String code, CustomerId customer) {
                return redeemed.getOrDefault(code + "/" + customer.value(), 0L);
            }
        };
        CustomerId budi = CustomerId.of("budi");
        PricingEngine engine = PricingEngine.builder().voucherUsage(usage)
                .discount(Discount.builder("PAYDAY", new DiscountEffect.AmountOff(Money.idr(25_000), DiscountEffect.Per.ORDER))
                        .requiresVoucher().build())
                .voucher(Voucher.of("payday25", "PAYDAY").withLimits(2, 1)
                        .withWindow(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-06-03T00:00:00Z")))
                .build();
        PricingContext withCode = PricingContext.builder().customer(budi).voucher(" PayDay25 ").build();
        assertEquals(Reason.VOUCHER_REQUIRED,
                outcome(engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 1, 150_000, "tops"))), "PAYDAY").reason());
        PriceBreakdown first = engine.price(idr(withCode, 0, line(SHIRT, 1, 150_000, "tops")));
        assertEquals(Money.idr(25_000), first.discountTotal());
        redeemed.merge("PAYDAY25/budi", 1L, Long::sum);
        assertEquals(Reason.VOUCHER_CUSTOMER_LIMIT_REACHED,
                outcome(engine.price(idr(withCode, 0, line(SHIRT, 1, 150_000, "tops"))), "PAYDAY").reason());
        redeemed.merge("PAYDAY25/siti", 1L, Long::sum);
        PricingContext other = PricingContext.builder().customer(CustomerId.of("andi")).voucher("PAYDAY25").build();
        assertEquals(Reason.VOUCHER_USAGE_LIMIT_REACHED,
                outcome(engine.price(idr(other, 0, line(SHIRT, 1, 150_000, "tops"))), "PAYDAY").reason());
        PricingRequest late = new PricingRequest(Money.IDR, List.of(line(SHIRT, 1, 150_000, "tops")), List.of(),
                Money.idr(0), Instant.parse("2025-06-04T00:00:00Z"),
                PricingContext.builder().customer(CustomerId.of("rina")).voucher("PAYDAY25").build());
        assertEquals(Reason.VOUCHER_NOT_VALID_NOW, outcome(engine.price(late), "PAYDAY").reason());
        PriceBreakdown unknown = engine.price(idr(PricingContext.builder().voucher("NOPE").build(), 0,
                line(SHIRT, 1, 150_000, "tops")));
        assertEquals(Reason.UNKNOWN_VOUCHER_CODE, outcome(unknown, "voucher:NOPE").reason());
    }

    @Test
    void exclusiveDiscountBlocksTheOthersAndTheCapTrimsTheLast() {
        PricingEngine exclusiveFirst = PricingEngine.builder()
                .discount(Discount.builder("FLASH", new DiscountEffect.PercentOff(3000)).priority(10).exclusive().build())
                .discount(Discount.builder("MEMBER", new DiscountEffect.PercentOff(1000)).priority(5).build())
                .build();
        PriceBreakdown b = exclusiveFirst.price(idr(PricingContext.NONE, 0, line(SHIRT, 1, 100_000, "tops")));
        assertEquals(Money.idr(30_000), b.discountTotal());
        assertEquals(Reason.BLOCKED_BY_EXCLUSIVE, outcome(b, "MEMBER").reason());

        PricingEngine capped = PricingEngine.builder().maxCombinedDiscount(3500)
                .discount(Discount.builder("A", new DiscountEffect.PercentOff(3000)).priority(10).build())
                .discount(Discount.builder("B", new DiscountEffect.PercentOff(2000)).priority(5).build())
                .discount(Discount.builder("C", new DiscountEffect.PercentOff(1000)).priority(1).build())
                .build();
        PriceBreakdown c = capped.price(idr(PricingContext.NONE, 0, line(SHIRT, 1, 100_000, "tops")));
        assertEquals(Money.idr(35_000), c.discountTotal());
        assertEquals(Reason.APPLIED_TRIMMED_BY_CAP, outcome(c, "B").reason());
        assertEquals(Money.idr(5_000), outcome(c, "B").amount());
        assertEquals(Reason.COMBINED_CAP_REACHED, outcome(c, "C").reason());
    }

    @Test
    void discountWindowsChannelsAndGroupsAreExplained() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("SOON", new DiscountEffect.PercentOff(500))
                        .validFrom(Instant.parse("2025-07-01T00:00:00Z")).build())
                .discount(Discount.builder("OLD", new DiscountEffect.PercentOff(500))
                        .validUntil(Instant.parse("2025-06-01T00:00:00Z")).build())
                .discount(Discount.builder("WEBONLY", new DiscountEffect.PercentOff(500)).channel("web").build())
                .discount(Discount.builder("GOLD", new DiscountEffect.PercentOff(500)).customerGroup("gold").build())
                .build();
        PriceBreakdown b = engine.price(idr(PricingContext.builder().channel("shopee").build(), 0,
                line(SHIRT, 1, 100_000, "tops")));
        assertEquals(Reason.NOT_YET_VALID, outcome(b, "SOON").reason());
        assertEquals(Reason.EXPIRED, outcome(b, "OLD").reason());
        assertEquals(Reason.WRONG_CHANNEL, outcome(b, "WEBONLY").reason());
        assertEquals(Reason.CUSTOMER_GROUP_NOT_ELIGIBLE, outcome(b, "GOLD").reason());
        assertEquals(Money.idr(0), b.discountTotal());
    }

    @Test
    void priceListsPickContractOverGroupOverChannelOverRetailWithTiersAndDates() {
        PriceBook book = PriceBook.of(
                PriceList.builder("retail", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .tier(SHIRT, 1, Money.idr(100_000)).tier(SHIRT, 10, Money.idr(90_000))
                        .tier(SHIRT, 50, Money.idr(80_000)).build(),
                PriceList.builder("retail-2025h2", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .validFrom(Instant.parse("2025-07-01T00:00:00Z")).price(SHIRT, Money.idr(110_000)).build(),
                PriceList.builder("shopee", PriceListScope.channel("shopee"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .price(SHIRT, Money.idr(105_000)).build(),
                PriceList.builder("reseller", PriceListScope.customerGroup("reseller"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .price(SHIRT, Money.idr(85_000)).build(),
                PriceList.builder("pt-maju", PriceListScope.contract("PT-MAJU"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .validFrom(Instant.parse("2025-01-01T00:00:00Z")).validUntil(Instant.parse("2026-01-01T00:00:00Z"))
                        .price(SHIRT, Money.idr(75_000)).build());
        PricingEngine engine = PricingEngine.builder().priceBook(book).build();
        assertEquals(Money.idr(100_000), engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 9, 1, "tops")))
                .lines().get(0).unitPrice());
        assertEquals(Money.idr(90_000), engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 10, 1, "tops")))
                .lines().get(0).unitPrice());
        assertEquals(Money.idr(80_000), engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 50, 1, "tops")))
                .lines().get(0).unitPrice());
        PriceBreakdown shopee = engine.price(idr(PricingContext.builder().channel("shopee").build(), 0, line(SHIRT, 1, 1, "tops")));
        assertEquals("shopee", shopee.lines().get(0).priceSource());
        assertEquals(Money.idr(85_000), engine.price(idr(PricingContext.builder().channel("shopee").customerGroup("reseller")
                .build(), 0, line(SHIRT, 1, 1, "tops"))).lines().get(0).unitPrice());
        assertEquals(Money.idr(75_000), engine.price(idr(PricingContext.builder().company("PT-MAJU").customerGroup("reseller")
                .build(), 0, line(SHIRT, 1, 1, "tops"))).lines().get(0).unitPrice());
        PricingRequest july = new PricingRequest(Money.IDR, List.of(line(SHIRT, 1, 1, "tops")), List.of(), Money.idr(0),
                Instant.parse("2025-07-02T00:00:00Z"));
        assertEquals(Money.idr(110_000), engine.price(july).lines().get(0).unitPrice());
        // A SKU no list prices keeps the caller's price.
        assertEquals("request", engine.price(idr(PricingContext.NONE, 0, line(HAT, 1, 5_000, "acc")))
                .lines().get(0).priceSource());
    }

    @Test
    void taxInclusiveListPriceIsConvertedForATaxExclusiveB2bOrder() {
        PriceBook book = PriceBook.of(PriceList.builder("retail", PriceListScope.retail(), PriceMode.TAX_INCLUSIVE, Money.IDR)
                .price(SHIRT, Money.idr(111_000)).build());
        PricingEngine engine = PricingEngine.builder().priceBook(book).build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 0, line(SHIRT, 1, 1, "tops")));
        assertEquals(Money.idr(100_000), b.lines().get(0).unitPrice());
        assertEquals(Money.idr(111_000), b.grandTotal());
    }

    @Test
    void euVatInclusivePricesExtractTaxPerLineHalfUp() {
        PricingEngine engine = PricingEngine.builder().taxEngine(EuVat.examples()).build();
        List<PricingRequest.Line> lines = List.of(
                new PricingRequest.Line(SHIRT, 1, Money.of("19.99", EUR), Money.zero(EUR), TaxCategory.STANDARD),
                new PricingRequest.Line(HAT, 2, Money.of("4.99", EUR), Money.zero(EUR), TaxCategory.REDUCED));
        PriceBreakdown b = engine.price(new PricingRequest(EUR, lines, List.of(), Money.of("4.90", EUR), NOW,
                PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).destination("DE").build()));
        // 19.99 x 19/119 = 3.1917 -> 3.19; 9.98 x 7/107 = 0.6529 -> 0.65
        assertEquals(Money.of("3.19", EUR), b.lines().get(0).tax());
        assertEquals(Money.of("0.65", EUR), b.lines().get(1).tax());
        assertEquals(Money.of("34.87", EUR), b.grandTotal());
        assertEquals("VAT-DE-19", b.lines().get(0).taxRateCode());
    }

    @Test
    void usSalesTaxUsesTheMostSpecificJurisdiction() {
        UsSalesTax tax = UsSalesTax.builder().jurisdiction("US-NY", "0.04").jurisdiction("US-NY-10001", "0.08875").build();
        PricingEngine engine = PricingEngine.builder().taxEngine(tax).build();
        List<PricingRequest.Line> lines = List.of(
                new PricingRequest.Line(SHIRT, 1, Money.of("100.00", USD), Money.zero(USD), TaxCategory.STANDARD),
                new PricingRequest.Line(HAT, 1, Money.of("10.00", USD), Money.zero(USD), TaxCategory.EXEMPT));
        PricingRequest req = new PricingRequest(USD, lines, List.of(), Money.zero(USD), NOW,
                PricingContext.builder().destination("US-NY-10001").build());
        assertEquals(Money.of("8.88", USD), engine.price(req).taxTotal());
        assertEquals(Money.of("4.00", USD), engine.price(req.withContext(PricingContext.builder().destination("US-NY-12201")
                .build())).taxTotal());
    }

    @Test
    void repricingAnEditedOrderGivesTheAmountToCollectOrRefund() {
        PricingEngine engine = PricingEngine.standard();
        PriceBreakdown before = engine.price(idr(PricingContext.NONE, 10_000, line(SHIRT, 2, 100_000, "tops")));
        PriceBreakdown after = engine.price(idr(PricingContext.NONE, 10_000, line(SHIRT, 1, 100_000, "tops")));
        PriceDelta delta = PriceDelta.between(before, after);
        assertEquals(Optional.of(Money.idr(111_000)), delta.amountToRefund());
        assertTrue(delta.amountToCollect().isEmpty());
        assertEquals(Optional.of(Money.idr(111_000)), PriceDelta.between(after, before).amountToCollect());
    }

    @Test
    void aStoredBreakdownRestoresEqualAndAnInconsistentOneIsRejected() {
        PriceBreakdown b = PricingEngine.standard().price(idr(PricingContext.NONE, 10_000, line(SHIRT, 2, 100_000, "tops"),
                line(HAT, 1, 50_000, "acc")));
        PriceBreakdown.Snapshot s = b.snapshot();
        assertEquals(b, PriceBreakdown.restore(s));
        assertEquals(b.grandTotal(), PriceBreakdown.restore(s).grandTotal());
        PriceBreakdown.Snapshot wrongShipping = new PriceBreakdown.Snapshot(s.currency(), s.priceMode(), s.amountStep(),
                s.taxStep(), s.shippingFeeMinor() + 100, s.shippingDiscountMinor(), s.lines(), s.discountOutcomes(), false, List.of());
        assertThrows(IllegalArgumentException.class, () -> PriceBreakdown.restore(wrongShipping));
    }

    @Test
    void taxedShippingFollowsTheGoodsItDelivers() {
        PricingEngine engine = PricingEngine.builder().taxShipping(true).build();
        PriceBreakdown b = engine.price(idr(PricingContext.NONE, 20_000,
                new PricingRequest.Line(SHIRT, 1, Money.idr(100_000), Money.idr(0), TaxCategory.STANDARD),
                new PricingRequest.Line(HAT, 1, Money.idr(100_000), Money.idr(0), TaxCategory.EXEMPT)));
        // Shipping splits 10,000 / 10,000; only the standard-rated line's share is taxed: 110,000 x 11 %.
        assertEquals(Money.idr(12_100), b.taxTotal());
        assertEquals(Money.idr(232_100), b.grandTotal());
        assertEquals(Money.idr(100_833), b.lines().get(0).taxBase());
        TaxInvoice faktur = TaxInvoice.of(b, dev.orderan.core.tax.Npwp.parse("0012345678901000"), Optional.empty());
        assertEquals(Money.idr(110_000), faktur.lines().get(0).sellingPrice());
        assertEquals(Money.idr(12_100), faktur.totalPpn());
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        PricingEngine engine = PricingEngine.standard();
        InvalidPricingRequestException q = assertThrows(InvalidPricingRequestException.class, () -> engine.price(idr(
                PricingContext.NONE, 0, line(SHIRT, 1, 100, "tops"), line(PANTS, 0, 100, "tops"))));
        assertEquals("lines[1].quantity", q.field());
        InvalidPricingRequestException d = assertThrows(InvalidPricingRequestException.class, () -> engine.price(idr(
                PricingContext.NONE, 0, new PricingRequest.Line(SHIRT, 1, Money.idr(100), Money.idr(200), TaxCategory.STANDARD))));
        assertEquals("lines[0].lineDiscount", d.field());
        InvalidPricingRequestException c = assertThrows(InvalidPricingRequestException.class, () -> engine.price(
                new PricingRequest(Money.IDR, List.of(line(SHIRT, 1, 100, "tops")), List.of(Money.of(1, USD)), Money.idr(0), NOW)));
        assertEquals("orderDiscounts[0]", c.field());
        assertThrows(InvalidPricingRequestException.class, () -> engine.price(idr(PricingContext.NONE, 0)));
    }

    @Test
    void gatewayScaleSendsWholeRupiahAndRefusesSen() {
        assertEquals(new BigDecimal("150000"), GatewayAmountScale.IDR_WHOLE_RUPIAH.toGateway(Money.idr(150_000)));
        assertThrows(InvalidPricingRequestException.class,
                () -> GatewayAmountScale.IDR_WHOLE_RUPIAH.toGateway(Money.of("10.50", Money.IDR)));
        assertEquals(new BigDecimal("10"), GatewayAmountScale.IDR_WHOLE_RUPIAH.toGateway(Money.of("10.50", Money.IDR),
                RoundingMode.DOWN));
        assertEquals(Money.idr(150_000), GatewayAmountScale.IDR_WHOLE_RUPIAH.fromGateway(new BigDecimal("150000.00")));
    }

    @Test
    void currencyConversionUsesTheStatedRateAndNamedRounding() {
        ExchangeRate usdIdr = new ExchangeRate(USD, Money.IDR, new BigDecimal("16250.5"), "BI-JISDOR", NOW);
        assertEquals(Money.of("162505.00", Money.IDR), usdIdr.convert(Money.of("10.00", USD), RoundingMode.HALF_UP));
        ExchangeRate usdJpy = new ExchangeRate(USD, Monetary.getCurrency("JPY"), new BigDecimal("150.255"), "test", NOW);
        // 1,502.55 yen; JPY has no minor unit, so half-up gives 1,503 and down gives 1,502.
        assertEquals(Money.of(1_503, Monetary.getCurrency("JPY")), usdJpy.convert(Money.of("10.00", USD), RoundingMode.HALF_UP));
        assertEquals(Money.of(1_502, Monetary.getCurrency("JPY")), usdJpy.convert(Money.of("10.00", USD), RoundingMode.DOWN));
        assertThrows(InvalidPricingRequestException.class, () -> usdIdr.convert(Money.idr(1), RoundingMode.DOWN));
    }
}
