package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.Npwp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tax-invoice (faktur pajak) view of a priced order: per line the selling price, discount, DPP
 * and PPN; totals per rate; seller and buyer tax ids; the transaction code. It is data for an
 * e-Faktur/Coretax export, not the export itself.
 *
 * <p>DPP is shown rounded half-up to whole rupiah (11/12 × 1,000,000 = 916,666.67 → 916,667) while
 * PPN is computed from the exact price (→ 110,000), never from the shown DPP. When the engine taxes
 * shipping, each line's selling price includes its shipping share; otherwise shipping does not
 * appear. For tax-inclusive orders the selling price shown is the net of tax after discounts and
 * the discount column is zero.
 *
 * @param seller the seller's NPWP
 * @param buyer the buyer's NPWP (or NIK as NPWP), absent for retail buyers
 * @param transactionCode {@code 04} when DPP nilai lain is used, {@code 01} otherwise, {@code 08} when all exempt
 * @param lines the invoice lines
 * @param rateTotals DPP and PPN per rate
 * @param totalSellingPrice the sum of the lines' selling prices
 * @param totalDiscount the sum of the lines' discounts
 * @param totalDpp the sum of the lines' DPP
 * @param totalPpn the sum of the lines' PPN (equals the order's tax total)
 */
public record TaxInvoice(Npwp seller, Optional<Npwp> buyer, String transactionCode, List<Line> lines,
                         List<RateTotal> rateTotals, Money totalSellingPrice, Money totalDiscount, Money totalDpp,
                         Money totalPpn) {

    /**
     * One invoice line.
     *
     * @param lineIndex the 0-based line of the order
     * @param sku the product
     * @param quantity the units
     * @param sellingPrice harga jual, without tax
     * @param discount potongan harga, without tax
     * @param dpp the taxable base shown
     * @param ppn the tax
     * @param rateCode the rate applied
     */
    public record Line(int lineIndex, Sku sku, long quantity, Money sellingPrice, Money discount, Money dpp, Money ppn,
                       String rateCode) {
    }

    /**
     * Totals for one rate.
     *
     * @param rateCode the rate
     * @param dpp the taxable base
     * @param ppn the tax
     */
    public record RateTotal(String rateCode, Money dpp, Money ppn) {
    }

    /** Copies the lists and checks that nothing is missing. */
    public TaxInvoice {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(transactionCode, "transactionCode");
        lines = List.copyOf(lines);
        rateTotals = List.copyOf(rateTotals);
    }

    /** The invoice view of a priced order. */
    public static TaxInvoice of(PriceBreakdown breakdown, Npwp seller, Optional<Npwp> buyer) {
        var cur = breakdown.currency();
        List<Line> lines = new ArrayList<>();
        Map<String, Money[]> perRate = new LinkedHashMap<>();
        Money zero = Money.zero(cur);
        Money selling = zero;
        Money discount = zero;
        Money dpp = zero;
        Money ppn = zero;
        boolean nilaiLain = false;
        boolean anyTaxed = false;
        List<PriceBreakdown.TaxSummary> summary = breakdown.taxSummary();
        for (PriceBreakdown.LinePrice lp : breakdown.lines()) {
            Money lineSelling;
            Money lineDiscount;
            if (breakdown.priceMode() == PriceMode.TAX_EXCLUSIVE) {
                lineSelling = breakdown.shippingTaxed() ? lp.gross().plus(lp.shippingShare()) : lp.gross();
                lineDiscount = lp.discount();
            } else {
                lineSelling = lp.total().minus(lp.tax()).plus(breakdown.shippingTaxed() ? lp.shippingShare() : zero);
                lineDiscount = zero;
            }
            lines.add(new Line(lp.index(), lp.sku(), lp.quantity(), lineSelling, lineDiscount, lp.taxBase(), lp.tax(),
                    lp.taxRateCode()));
            Money[] t = perRate.computeIfAbsent(lp.taxRateCode(), k -> new Money[] {zero, zero});
            t[0] = t[0].plus(lp.taxBase());
            t[1] = t[1].plus(lp.tax());
            selling = selling.plus(lineSelling);
            discount = discount.plus(lineDiscount);
            dpp = dpp.plus(lp.taxBase());
            ppn = ppn.plus(lp.tax());
        }
        for (PriceBreakdown.TaxSummary s : summary) {
            if (!s.rate().isZero()) {
                anyTaxed = true;
                nilaiLain |= s.rate().baseNumerator() != s.rate().baseDenominator();
            }
        }
        List<RateTotal> totals = new ArrayList<>();
        perRate.forEach((code, t) -> totals.add(new RateTotal(code, t[0], t[1])));
        String code = !anyTaxed ? "08" : nilaiLain ? "04" : "01";
        return new TaxInvoice(seller, buyer, code, lines, totals, selling, discount, dpp, ppn);
    }
}
