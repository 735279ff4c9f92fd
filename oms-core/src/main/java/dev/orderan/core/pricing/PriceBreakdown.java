package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.TaxRate;
import dev.orderan.core.tax.internal.RoundingMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The priced order: per-line and per-unit amounts, the totals the order stores and the explanation
 * of which discounts applied. Immutable.
 *
 * <p>Totals: for {@link PriceMode#TAX_EXCLUSIVE}
 * {@code grandTotal = subtotal − discountTotal + shippingFee + taxTotal}; for
 * {@link PriceMode#TAX_INCLUSIVE} the tax is inside the prices and
 * {@code grandTotal = subtotal − discountTotal + shippingFee}. Always exact to the minor unit.
 *
 * <p>Units: every line's discount, shipping share and tax are split over its units by largest
 * remainder (whole rupiah for IDR when the amounts are whole rupiah), so each unit carries its
 * exact paid amount ({@link #unit(int, long)}) and the paid amounts of all units add up to
 * {@link #grandTotal()}: refunding any subset returns exactly what those units cost.
 *
 * <p>Stored compactly in {@code long} arrays; {@link Money} objects are made only when read.
 */
public final class PriceBreakdown {

    static final int UNIT = 0;
    static final int QTY = 1;
    static final int GROSS = 2;
    static final int DISC = 3;
    static final int SHIP = 4;
    static final int TAX = 5;
    static final int TOTAL = 6;
    static final int REQUESTED = 7;
    static final int STRIDE = 8;

    private final CurrencyUnit currency;
    private final PriceMode mode;
    private final int lineCount;
    private final long[] data;
    private final Sku[] skus;
    private final TaxCategory[] categories;
    private final TaxRate[] rates;
    private final String[] sources;
    private final long subtotal;
    private final long discountTotal;
    private final long shippingFee;
    private final long shippingDiscount;
    private final long taxTotal;
    private final long grandTotal;
    private final long amountStep;
    private final long taxStep;
    private final List<DiscountOutcome> outcomes;
    private final boolean shippingTaxed;
    private final List<VoucherUse> voucherUses;
    // Built on first read and published through volatile fields: a breakdown is shared between
    // threads once an order is stored, and a plain field could expose a half-filled list or array.
    private volatile List<LinePrice> lines;
    private volatile long[] bases; // displayed DPP per line

    PriceBreakdown(CurrencyUnit currency, PriceMode mode, int lineCount, long[] data, Sku[] skus,
                   TaxCategory[] categories, TaxRate[] rates, String[] sources, long shippingFee,
                   long shippingDiscount, long amountStep, long taxStep, List<DiscountOutcome> outcomes,
                   boolean shippingTaxed, List<VoucherUse> voucherUses) {
        this.currency = currency;
        this.mode = mode;
        this.lineCount = lineCount;
        this.data = data;
        this.skus = skus;
        this.categories = categories;
        this.rates = rates;
        this.sources = sources;
        this.shippingFee = shippingFee;
        this.shippingDiscount = shippingDiscount;
        this.amountStep = amountStep;
        this.taxStep = taxStep;
        this.outcomes = outcomes;
        this.shippingTaxed = shippingTaxed;
        this.voucherUses = voucherUses;
        long sub = 0;
        long disc = 0;
        long tax = 0;
        long ship = 0;
        for (int i = 0; i < lineCount; i++) {
            int o = i * STRIDE;
            sub = Math.addExact(sub, data[o + GROSS]);
            disc = Math.addExact(disc, data[o + DISC]);
            tax = Math.addExact(tax, data[o + TAX]);
            ship = Math.addExact(ship, data[o + SHIP]);
        }
        if (ship != shippingFee) {
            throw new IllegalStateException("shipping shares " + ship + " do not add up to the fee " + shippingFee);
        }
        this.subtotal = sub;
        this.discountTotal = disc;
        this.taxTotal = tax;
        long grand = Math.addExact(Math.subtractExact(sub, disc), shippingFee);
        this.grandTotal = mode == PriceMode.TAX_EXCLUSIVE ? Math.addExact(grand, tax) : grand;
    }

    /**
     * The price of one line.
     *
     * @param index the 0-based position of the line in the order
     * @param gross quantity × unit price
     * @param discount the line's own discount plus its share of every order and promotion discount
     * @param taxBase the taxable base (DPP) for display, rounded half-up to the tax step
     * @param tax the tax of the line (contained in the price for tax-inclusive orders)
     * @param total what the goods of the line cost with tax: gross − discount (+ tax when exclusive)
     * @param sku the product
     * @param quantity the number of units
     * @param unitPrice the unit price charged before discounts: the price list's when one priced the
     *     SKU, else the requested price
     * @param requestedUnitPrice the unit price the caller asked for
     * @param shippingShare the line's share of the shipping fee
     * @param taxCategory the line's tax category
     * @param taxRateCode the code of the rate applied
     * @param priceSource the price list id, or {@code request} when the caller's price was used
     */
    public record LinePrice(int index, Money gross, Money discount, Money taxBase, Money tax, Money total,
                            Sku sku, long quantity, Money unitPrice, Money requestedUnitPrice, Money shippingShare,
                            TaxCategory taxCategory, String taxRateCode, String priceSource) {

        /** What the customer pays for the line, shipping share included. */
        public Money paid() {
            return total.plus(shippingShare);
        }
    }

    /**
     * One unit's exact share of a line.
     *
     * @param lineIndex the 0-based line
     * @param unitIndex the 0-based unit within the line
     * @param unitPrice the unit price
     * @param discount the unit's share of the line discount
     * @param shipping the unit's share of the line's shipping
     * @param tax the unit's share of the line's tax
     * @param paid what the unit cost the customer; refunding the unit returns exactly this
     */
    public record UnitPrice(int lineIndex, long unitIndex, Money unitPrice, Money discount, Money shipping, Money tax,
                            Money paid) {
    }

    /**
     * Taxes grouped by rate, as a tax invoice shows them.
     *
     * @param rateCode the rate's code
     * @param rate the rate
     * @param net the goods amount without tax
     * @param base the taxable base (DPP), the sum of the lines' displayed bases
     * @param tax the tax
     */
    public record TaxSummary(String rateCode, TaxRate rate, Money net, Money base, Money tax) {
    }

    /**
     * Everything a breakdown holds, in plain values, for storage adapters: store a snapshot with the
     * order and {@link #restore(Snapshot)} it when loading, instead of re-pricing (prices and rules
     * change over time; a stored order keeps the price it was placed at).
     *
     * @param currency the currency
     * @param priceMode whether prices include tax
     * @param amountStep the allocation quantum of goods amounts in minor units (100 = whole rupiah)
     * @param taxStep the tax rounding step in minor units
     * @param shippingFeeMinor the shipping fee charged
     * @param shippingDiscountMinor what shipping discounts took off
     * @param lines the lines
     * @param discountOutcomes the discount explanation
     * @param shippingTaxed whether shipping shares were taxed with their lines
     * @param voucherUses what became of the voucher codes entered
     */
    public record Snapshot(CurrencyUnit currency, PriceMode priceMode, long amountStep, long taxStep,
                           long shippingFeeMinor, long shippingDiscountMinor, List<SnapshotLine> lines,
                           List<DiscountOutcome> discountOutcomes, boolean shippingTaxed, List<VoucherUse> voucherUses) {
        /** Copies the lists and checks that nothing is missing. */
        public Snapshot {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(priceMode, "priceMode");
            lines = List.copyOf(lines);
            discountOutcomes = List.copyOf(discountOutcomes);
            voucherUses = List.copyOf(voucherUses);
            if (amountStep < 1 || taxStep < 1) {
                throw new IllegalArgumentException("amountStep, taxStep: must be at least 1");
            }
        }
    }

    /**
     * One line of a {@link Snapshot}, amounts in minor units.
     *
     * @param sku the product
     * @param taxCategory the tax category
     * @param taxRate the rate applied
     * @param priceSource the price list id or {@code request}
     * @param unitPriceMinor the unit price charged before discounts
     * @param requestedUnitPriceMinor the unit price the caller asked for
     * @param quantity the units
     * @param discountMinor the line's discount
     * @param shippingMinor the line's shipping share
     * @param taxMinor the line's tax
     */
    public record SnapshotLine(Sku sku, TaxCategory taxCategory, TaxRate taxRate, String priceSource,
                               long unitPriceMinor, long requestedUnitPriceMinor, long quantity, long discountMinor,
                               long shippingMinor, long taxMinor) {
        /** Checks that nothing is missing. */
        public SnapshotLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(taxCategory, "taxCategory");
            Objects.requireNonNull(taxRate, "taxRate");
            Objects.requireNonNull(priceSource, "priceSource");
        }
    }

    /** This breakdown as plain values, see {@link Snapshot}. */
    public Snapshot snapshot() {
        List<SnapshotLine> out = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            int o = i * STRIDE;
            out.add(new SnapshotLine(skus[i], categories[i], rates[i], sources[i], data[o + UNIT], data[o + REQUESTED],
                    data[o + QTY], data[o + DISC], data[o + SHIP], data[o + TAX]));
        }
        return new Snapshot(currency, mode, amountStep, taxStep, shippingFee, shippingDiscount, out, outcomes,
                shippingTaxed, voucherUses);
    }

    /**
     * Rebuilds a breakdown from a {@link Snapshot}, checking that it is consistent.
     *
     * @throws IllegalArgumentException naming the line and the rule when the snapshot is inconsistent
     */
    public static PriceBreakdown restore(Snapshot s) {
        int n = s.lines().size();
        if (n == 0) {
            throw new IllegalArgumentException("lines: must not be empty");
        }
        long[] data = new long[n * STRIDE];
        Sku[] skus = new Sku[n];
        TaxCategory[] cats = new TaxCategory[n];
        TaxRate[] rates = new TaxRate[n];
        String[] sources = new String[n];
        for (int i = 0; i < n; i++) {
            SnapshotLine l = s.lines().get(i);
            if (l.quantity() < 1 || l.unitPriceMinor() < 0 || l.requestedUnitPriceMinor() < 0) {
                throw new IllegalArgumentException("lines[" + i + "]: quantity must be at least 1 and unit price not negative");
            }
            long gross = Math.multiplyExact(l.unitPriceMinor(), l.quantity());
            if (l.discountMinor() < 0 || l.discountMinor() > gross || l.shippingMinor() < 0 || l.taxMinor() < 0) {
                throw new IllegalArgumentException("lines[" + i + "]: discount must be within the line amount and "
                        + "shipping and tax not negative");
            }
            int o = i * STRIDE;
            data[o + UNIT] = l.unitPriceMinor();
            data[o + REQUESTED] = l.requestedUnitPriceMinor();
            data[o + QTY] = l.quantity();
            data[o + GROSS] = gross;
            data[o + DISC] = l.discountMinor();
            data[o + SHIP] = l.shippingMinor();
            data[o + TAX] = l.taxMinor();
            long net = gross - l.discountMinor();
            data[o + TOTAL] = s.priceMode() == PriceMode.TAX_EXCLUSIVE ? Math.addExact(net, l.taxMinor()) : net;
            skus[i] = l.sku();
            cats[i] = l.taxCategory();
            rates[i] = l.taxRate();
            sources[i] = l.priceSource();
        }
        try {
            return new PriceBreakdown(s.currency(), s.priceMode(), n, data, skus, cats, rates, sources,
                    s.shippingFeeMinor(), s.shippingDiscountMinor(), s.amountStep(), s.taxStep(), s.discountOutcomes(),
                    s.shippingTaxed(), s.voucherUses());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("lines: " + e.getMessage(), e);
        }
    }

    /** The currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Whether the prices include tax. */
    public PriceMode priceMode() {
        return mode;
    }

    /** The number of lines. */
    public int lineCount() {
        return lineCount;
    }

    /** Per-line prices, in the order of the request. */
    public List<LinePrice> lines() {
        List<LinePrice> l = lines;
        if (l == null) {
            long[] base = bases();
            List<LinePrice> built = new ArrayList<>(lineCount);
            for (int i = 0; i < lineCount; i++) {
                int o = i * STRIDE;
                built.add(new LinePrice(i, m(data[o + GROSS]), m(data[o + DISC]), m(base[i]),
                        m(data[o + TAX]), m(data[o + TOTAL]), skus[i], data[o + QTY], m(data[o + UNIT]),
                        m(data[o + REQUESTED]), m(data[o + SHIP]), categories[i], rates[i].code(), sources[i]));
            }
            l = Collections.unmodifiableList(built);
            lines = l;
        }
        return l;
    }

    /**
     * The displayed taxable base (DPP) per line: the line's net of tax times the rate's base
     * fraction, rounded half-up to the tax step. Display only; the tax never derives from it.
     */
    private long[] bases() {
        long[] b = bases;
        if (b == null) {
            b = new long[lineCount];
            for (int i = 0; i < lineCount; i++) {
                int o = i * STRIDE;
                long net = data[o + GROSS] - data[o + DISC] + (shippingTaxed ? data[o + SHIP] : 0);
                long netExclusive = mode == PriceMode.TAX_EXCLUSIVE ? net : net - data[o + TAX];
                b[i] = rates[i].base(netExclusive, taxStep, java.math.RoundingMode.HALF_UP);
            }
            bases = b;
        }
        return b;
    }

    /** The sum of quantity × unit price over all lines. */
    public Money subtotal() {
        return m(subtotal);
    }

    /** Line, order and promotion discounts on goods together (shipping discounts excluded). */
    public Money discountTotal() {
        return m(discountTotal);
    }

    /** The shipping fee charged, after shipping discounts. */
    public Money shippingFee() {
        return m(shippingFee);
    }

    /** What shipping discounts took off the shipping fee. */
    public Money shippingDiscount() {
        return m(shippingDiscount);
    }

    /** The tax charged (contained in the prices for tax-inclusive orders). */
    public Money taxTotal() {
        return m(taxTotal);
    }

    /** What the customer pays. */
    public Money grandTotal() {
        return m(grandTotal);
    }

    /** {@link #grandTotal()} in minor units, without creating a {@link Money}. */
    public long grandTotalMinor() {
        return grandTotal;
    }

    /** True when each line's shipping share was taxed with the line. */
    public boolean shippingTaxed() {
        return shippingTaxed;
    }

    /** What became of each voucher code entered, in the order entered. */
    public List<VoucherUse> voucherUses() {
        return voucherUses;
    }

    /** Every discount rule the engine knew, whether it applied, how much, and why not. */
    public List<DiscountOutcome> discountOutcomes() {
        return outcomes;
    }

    /** Taxes grouped by rate, in order of first appearance. */
    public List<TaxSummary> taxSummary() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, TaxRate> byCode = new LinkedHashMap<>();
        long[] base = bases();
        for (int i = 0; i < lineCount; i++) {
            int o = i * STRIDE;
            long[] s = sums.computeIfAbsent(rates[i].code(), k -> new long[3]);
            byCode.putIfAbsent(rates[i].code(), rates[i]);
            long taxed = data[o + GROSS] - data[o + DISC] + (shippingTaxed ? data[o + SHIP] : 0);
            long net = mode == PriceMode.TAX_EXCLUSIVE ? taxed : taxed - data[o + TAX];
            s[0] += net;
            s[1] += base[i];
            s[2] += data[o + TAX];
        }
        List<TaxSummary> out = new ArrayList<>();
        sums.forEach((code, s) -> out.add(new TaxSummary(code, byCode.get(code), m(s[0]), m(s[1]), m(s[2]))));
        return List.copyOf(out);
    }

    /**
     * The exact share of one unit. A line's discount and shipping are split over its units by
     * largest remainder (the first units take the extra quanta); its tax is split in proportion to
     * what each unit pays before tax, so in a tax-inclusive order no unit carries more tax than it
     * pays (a unit discounted to zero carries none).
     *
     * @param lineIndex the 0-based line
     * @param unitIndex the 0-based unit, below the line's quantity
     */
    public UnitPrice unit(int lineIndex, long unitIndex) {
        int o = offset(lineIndex, unitIndex);
        long q = data[o + QTY];
        long d = RoundingMath.unitShare(data[o + DISC], q, unitIndex, amountStep);
        long s = RoundingMath.unitShare(data[o + SHIP], q, unitIndex, amountStep);
        long t = unitTax(o, unitIndex);
        return new UnitPrice(lineIndex, unitIndex, m(data[o + UNIT]), m(d), m(s), m(t), m(paid(o, unitIndex)));
    }

    /** What one unit cost the customer, in minor units. */
    public long paidMinor(int lineIndex, long unitIndex) {
        return paid(offset(lineIndex, unitIndex), unitIndex);
    }

    /** The number of units of a line. */
    public long quantity(int lineIndex) {
        return data[offset(lineIndex, 0) + QTY];
    }

    private long paid(int o, long k) {
        long q = data[o + QTY];
        long p = data[o + UNIT] - RoundingMath.unitShare(data[o + DISC], q, k, amountStep)
                + RoundingMath.unitShare(data[o + SHIP], q, k, amountStep);
        if (mode == PriceMode.TAX_EXCLUSIVE) {
            p += unitTax(o, k);
        }
        return p;
    }

    /**
     * Unit {@code k}'s tax: the line's tax split over the units in proportion to each unit's taxed
     * amount (net of its discount share, plus its shipping share when shipping is taxed), by largest
     * remainder in quanta of the tax step. The weights take at most three values over three index
     * ranges (the extra quanta of discount and shipping go to the first units), so the share is found
     * in constant time, whatever the quantity.
     */
    private long unitTax(int o, long k) {
        long q = data[o + QTY];
        long tax = data[o + TAX];
        if (tax == 0) {
            return 0;
        }
        long dq = RoundingMath.quantum(data[o + DISC], amountStep);
        long dUnits = data[o + DISC] / dq;
        long dBase = dUnits / q * dq;
        long dExtra = dUnits % q;
        long sq = shippingTaxed ? RoundingMath.quantum(data[o + SHIP], amountStep) : 1;
        long sUnits = shippingTaxed ? data[o + SHIP] / sq : 0;
        long sBase = shippingTaxed ? sUnits / q * sq : 0;
        long sExtra = shippingTaxed ? sUnits % q : 0;
        long unit = data[o + UNIT];
        // Boundaries of the index ranges where both shares are constant.
        long b1 = Math.min(dExtra, sExtra);
        long b2 = Math.max(dExtra, sExtra);
        long[] starts = {0, b1, b2};
        long[] ends = {b1, b2, q};
        long[] weights = new long[3];
        for (int r = 0; r < 3; r++) {
            long at = starts[r];
            weights[r] = unit - (dBase + (at < dExtra ? dq : 0)) + (sBase + (at < sExtra ? sq : 0));
        }
        return RoundingMath.rangeShare(tax, taxStep, starts, ends, weights, k);
    }
    private int offset(int lineIndex, long unitIndex) {
        if (lineIndex < 0 || lineIndex >= lineCount) {
            throw new IndexOutOfBoundsException("lineIndex: must be between 0 and " + (lineCount - 1) + ", was " + lineIndex);
        }
        int o = lineIndex * STRIDE;
        if (unitIndex < 0 || unitIndex >= data[o + QTY]) {
            throw new IndexOutOfBoundsException("unitIndex: must be between 0 and " + (data[o + QTY] - 1)
                    + ", was " + unitIndex);
        }
        return o;
    }

    private Money m(long minor) {
        return Money.ofMinor(minor, currency);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PriceBreakdown)) {
            return false;
        }
        PriceBreakdown b = (PriceBreakdown) o;
        return currency.equals(b.currency) && mode == b.mode && shippingFee == b.shippingFee
                && shippingDiscount == b.shippingDiscount && Arrays.equals(data, b.data) && Arrays.equals(skus, b.skus)
                && Arrays.equals(categories, b.categories) && Arrays.equals(rates, b.rates)
                && Arrays.equals(sources, b.sources) && outcomes.equals(b.outcomes) && shippingTaxed == b.shippingTaxed
                && amountStep == b.amountStep && taxStep == b.taxStep && voucherUses.equals(b.voucherUses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, mode, shippingFee, Arrays.hashCode(data), Arrays.hashCode(skus), outcomes);
    }

    /** Totals only; no customer data. */
    @Override
    public String toString() {
        return "PriceBreakdown[lines=" + lineCount + ", subtotal=" + subtotal() + ", discountTotal=" + discountTotal()
                + ", shippingFee=" + shippingFee() + ", taxTotal=" + taxTotal() + ", grandTotal=" + grandTotal()
                + ", mode=" + mode + "]";
    }
}
