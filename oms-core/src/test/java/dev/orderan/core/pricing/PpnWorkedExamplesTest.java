package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.IndonesiaPpn;
import dev.orderan.core.tax.Npwp;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.TaxContext;
import dev.orderan.core.tax.TaxRuleNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked examples of the official PPN rules (PMK 131/2024), as a customer's invoice shows them. */
class PpnWorkedExamplesTest {

    static final Instant MARCH_2025 = Instant.parse("2025-03-10T03:00:00Z");

    static PriceBreakdown price(PricingEngine engine, Instant at, PriceMode mode, TaxCategory cat, long... rupiah) {
        List<PricingRequest.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < rupiah.length; i++) {
            lines.add(new PricingRequest.Line(Sku.of("SKU-" + i), 1, Money.idr(rupiah[i]), Money.idr(0), cat));
        }
        return engine.price(new PricingRequest(Money.IDR, lines, List.of(), Money.idr(0), at,
                PricingContext.builder().priceMode(mode).build()));
    }

    @Test
    void nonLuxuryMillionHasDpp916667AndPpn110000() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD, 1_000_000);
        assertEquals(Money.idr(916_667), b.lines().get(0).taxBase());
        assertEquals(Money.idr(110_000), b.taxTotal());
        assertEquals(Money.idr(1_110_000), b.grandTotal());
    }

    @Test
    void ppnIsComputedFromTheExactFractionNotFromTheRoundedDpp() {
        // Flooring DPP first (1,145,833 x 12 % = 137,499.96) would lose a rupiah.
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD, 1_250_000);
        assertEquals(Money.idr(1_145_833), b.lines().get(0).taxBase());
        assertEquals(Money.idr(137_500), b.taxTotal());
        assertEquals(Money.idr(1_387_500), b.grandTotal());
    }

    @Test
    void pressExampleFiftyMillion() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD, 50_000_000);
        assertEquals(Money.idr(45_833_333), b.lines().get(0).taxBase());
        assertEquals(Money.idr(5_500_000), b.taxTotal());
        assertEquals(Money.idr(55_500_000), b.grandTotal());
    }

    @Test
    void luxuryGoodsPayTwelvePercentOfTheFullPriceFromFebruary2025() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.LUXURY, 30_000_000);
        assertEquals(Money.idr(30_000_000), b.lines().get(0).taxBase());
        assertEquals(Money.idr(3_600_000), b.taxTotal());
    }

    @Test
    void luxuryGoodsUsedTheElevenTwelfthsBaseInJanuary2025() {
        PriceBreakdown b = price(PricingEngine.standard(), Instant.parse("2025-01-15T03:00:00Z"), PriceMode.TAX_EXCLUSIVE,
                TaxCategory.LUXURY, 30_000_000);
        assertEquals(Money.idr(3_300_000), b.taxTotal());
        assertEquals(Money.idr(27_500_000), b.lines().get(0).taxBase());
    }

    @Test
    void oneEngineFollowsTheDateOfEachRequest() {
        PricingEngine engine = PricingEngine.standard();
        Instant january = Instant.parse("2025-01-31T16:59:59Z"); // 23:59:59 in Jakarta
        Instant february = Instant.parse("2025-01-31T17:00:00Z"); // 00:00 on 1 Feb in Jakarta
        assertEquals(Money.idr(3_300_000), price(engine, january, PriceMode.TAX_EXCLUSIVE, TaxCategory.LUXURY, 30_000_000).taxTotal());
        assertEquals(Money.idr(3_600_000), price(engine, february, PriceMode.TAX_EXCLUSIVE, TaxCategory.LUXURY, 30_000_000).taxTotal());
        assertEquals(Money.idr(3_300_000), price(engine, january, PriceMode.TAX_EXCLUSIVE, TaxCategory.LUXURY, 30_000_000).taxTotal());
    }

    @Test
    void datedRatesBefore2025() {
        IndonesiaPpn ppn = IndonesiaPpn.perInvoice();
        assertEquals(IndonesiaPpn.FULL_11, ppn.rate(TaxCategory.STANDARD, TaxContext.on(LocalDate.of(2024, 12, 31))));
        assertEquals(IndonesiaPpn.FULL_10, ppn.rate(TaxCategory.STANDARD, TaxContext.on(LocalDate.of(2022, 3, 31))));
        assertEquals(IndonesiaPpn.NILAI_LAIN_12, ppn.rate(TaxCategory.STANDARD, TaxContext.on(LocalDate.of(2025, 1, 1))));
    }

    @Test
    void theJakartaCalendarDatePicksTheRule() {
        // 31 Dec 2024 18:00 UTC is already 1 Jan 2025 in Jakarta (UTC+7): the new rules apply.
        PriceBreakdown b = price(PricingEngine.standard(), Instant.parse("2024-12-31T18:00:00Z"), PriceMode.TAX_EXCLUSIVE,
                TaxCategory.LUXURY, 30_000_000);
        assertEquals(Money.idr(3_300_000), b.taxTotal());
    }

    @Test
    void taxInclusiveDisplayPriceContainsElevenOver111() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_INCLUSIVE, TaxCategory.STANDARD, 1_250_000);
        assertEquals(Money.idr(123_873), b.taxTotal());
        assertEquals(Money.idr(1_250_000), b.grandTotal());
        assertEquals(Money.idr(1_126_127), b.lines().get(0).total().minus(b.lines().get(0).tax()));
        assertEquals(Money.idr(1_032_283), b.lines().get(0).taxBase());
    }

    @Test
    void exemptGoodsPayNoPpn() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.EXEMPT, 500_000);
        assertEquals(Money.idr(0), b.taxTotal());
        assertEquals(Money.idr(500_000), b.grandTotal());
    }

    @Test
    void perLineAndPerInvoiceRoundingDifferAndAreBothWholeRupiah() {
        PricingEngine perLine = PricingEngine.builder().taxEngine(IndonesiaPpn.perLine()).build();
        PricingEngine perInvoice = PricingEngine.builder().taxEngine(IndonesiaPpn.perInvoice()).build();
        // 9,999 x 11 % = 1,099.89 per line; 29,997 x 11 % = 3,299.67 per invoice.
        PriceBreakdown lines = price(perLine, MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD, 9_999, 9_999, 9_999);
        PriceBreakdown invoice = price(perInvoice, MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD, 9_999, 9_999, 9_999);
        assertEquals(Money.idr(3_297), lines.taxTotal());
        assertEquals(Money.idr(3_299), invoice.taxTotal());
        assertEquals(Money.idr(33_294), lines.grandTotal());
        assertEquals(Money.idr(33_296), invoice.grandTotal());
        assertEquals(List.of(Money.idr(1_100), Money.idr(1_100), Money.idr(1_099)),
                invoice.lines().stream().map(PriceBreakdown.LinePrice::tax).toList());
    }

    @Test
    void ppnHasNoReducedRate() {
        TaxRuleNotFoundException e = assertThrows(TaxRuleNotFoundException.class,
                () -> IndonesiaPpn.perInvoice().rate(TaxCategory.REDUCED, TaxContext.on(LocalDate.of(2025, 3, 1))));
        assertEquals(TaxCategory.REDUCED, e.category());
    }

    @Test
    void fakturShowsDppPpnPerRateAndTransactionCode04() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.STANDARD,
                1_000_000, 1_250_000);
        TaxInvoice faktur = TaxInvoice.of(b, Npwp.parse("01.234.567.8-901.000"), Optional.of(Npwp.parse("3171234567890123")));
        assertEquals("04", faktur.transactionCode());
        assertEquals(Money.idr(2_062_500), faktur.totalDpp());
        assertEquals(Money.idr(247_500), faktur.totalPpn());
        assertEquals(1, faktur.rateTotals().size());
        assertEquals(Money.idr(247_500), faktur.rateTotals().get(0).ppn());
        assertEquals(Money.idr(2_250_000), faktur.totalSellingPrice());
    }

    @Test
    void luxuryOnlyFakturUsesCode01() {
        PriceBreakdown b = price(PricingEngine.standard(), MARCH_2025, PriceMode.TAX_EXCLUSIVE, TaxCategory.LUXURY, 30_000_000);
        assertEquals("01", TaxInvoice.of(b, Npwp.parse("0012345678901000"), Optional.empty()).transactionCode());
    }
}
