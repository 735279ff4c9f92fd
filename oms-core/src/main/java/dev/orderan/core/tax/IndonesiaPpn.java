package dev.orderan.core.tax;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Indonesian PPN (value added tax) as dated rules.
 *
 * <ul>
 *   <li>From 1 Jan 2025 (PMK 131/2024): non-luxury goods and services pay 12 % on DPP "nilai lain"
 *       = 11/12 of the price, i.e. 11 % effective; luxury goods (PPnBM goods, motor vehicles) pay
 *       12 % on the full price from 1 Feb 2025 (in January 2025 they too used the 11/12 base).</li>
 *   <li>1 Apr 2022 – 31 Dec 2024: 11 % on the full price. Before that: 10 %.</li>
 *   <li>{@link TaxCategory#EXEMPT}: no PPN. {@link TaxCategory#REDUCED} does not exist in PPN and is
 *       rejected rather than guessed.</li>
 * </ul>
 *
 * <p>Tax amounts are whole rupiah rounded down; whether that rounding happens per line or once per
 * invoice is a setting ({@link #perInvoice()} is the default, {@link #perLine()}).
 */
public final class IndonesiaPpn implements TaxEngine {

    /** 12 % of DPP nilai lain (11/12 of the price): 11 % effective. */
    public static final TaxRate NILAI_LAIN_12 = new TaxRate("PPN-12%xDPP11/12", 11, 12, 12, 100);
    /** 12 % of the full price (luxury goods from 1 Feb 2025). */
    public static final TaxRate FULL_12 = new TaxRate("PPN-12%", 1, 1, 12, 100);
    /** 11 % of the full price (1 Apr 2022 – 31 Dec 2024). */
    public static final TaxRate FULL_11 = new TaxRate("PPN-11%", 1, 1, 11, 100);
    /** 10 % of the full price (before 1 Apr 2022). */
    public static final TaxRate FULL_10 = new TaxRate("PPN-10%", 1, 1, 10, 100);

    private static final LocalDate PPN_11_FROM = LocalDate.of(2022, 4, 1);
    private static final LocalDate PMK_131_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate LUXURY_FULL_FROM = LocalDate.of(2025, 2, 1);

    private final TaxRounding rounding;

    private IndonesiaPpn(TaxRounding rounding) {
        this.rounding = rounding;
    }

    /** PPN rounded down to whole rupiah once per invoice and rate. */
    public static IndonesiaPpn perInvoice() {
        return new IndonesiaPpn(new TaxRounding(TaxRounding.Scope.PER_INVOICE, RoundingMode.DOWN, true));
    }

    /** PPN rounded down to whole rupiah on every line. */
    public static IndonesiaPpn perLine() {
        return new IndonesiaPpn(new TaxRounding(TaxRounding.Scope.PER_LINE, RoundingMode.DOWN, true));
    }

    @Override
    public String name() {
        return "PPN";
    }

    @Override
    public TaxRate rate(TaxCategory category, TaxContext context) {
        Objects.requireNonNull(category, "category");
        LocalDate date = context.date();
        switch (category) {
            case EXEMPT:
                return TaxRate.EXEMPT;
            case STANDARD:
                return date.isBefore(PPN_11_FROM) ? FULL_10 : date.isBefore(PMK_131_FROM) ? FULL_11 : NILAI_LAIN_12;
            case LUXURY:
                if (date.isBefore(PMK_131_FROM)) {
                    return date.isBefore(PPN_11_FROM) ? FULL_10 : FULL_11;
                }
                return date.isBefore(LUXURY_FULL_FROM) ? NILAI_LAIN_12 : FULL_12;
            default:
                throw new TaxRuleNotFoundException(name(), category, context, "PPN has no reduced rate");
        }
    }

    @Override
    public TaxRounding rounding(CurrencyUnit currency) {
        return rounding;
    }

    /** PPN is charged on sales priced in rupiah only. */
    @Override
    public boolean handles(CurrencyUnit currency) {
        return "IDR".equals(currency.getCurrencyCode());
    }
}
