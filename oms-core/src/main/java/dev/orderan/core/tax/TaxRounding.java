package dev.orderan.core.tax;

import dev.orderan.core.money.Money;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * How a tax engine rounds: where (per line, or once per invoice and rate), in which direction, and
 * to what step (whole major units, e.g. whole rupiah, or the currency's minor unit).
 *
 * @param scope per line or per invoice
 * @param mode the named rounding direction
 * @param wholeMajorUnits true to round tax to whole major units (whole rupiah for IDR)
 */
public record TaxRounding(Scope scope, RoundingMode mode, boolean wholeMajorUnits) {

    /** Where rounding happens. */
    public enum Scope {
        /** Each line's tax is rounded; the invoice tax is the sum of the rounded line taxes. */
        PER_LINE,
        /**
         * The tax of all lines with the same rate is computed from their exact sum and rounded once;
         * it is then allocated back to the lines by largest remainder.
         */
        PER_INVOICE
    }

    /** Checks that nothing is missing. */
    public TaxRounding {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(mode, "mode");
    }

    /** The rounding step in minor units of the currency: 100 for whole rupiah, 1 otherwise. */
    public long step(CurrencyUnit currency) {
        return wholeMajorUnits ? Money.of(1, currency).minor() : 1;
    }

    /** The same rounding with a different scope. */
    public TaxRounding withScope(Scope newScope) {
        return new TaxRounding(newScope, mode, wholeMajorUnits);
    }
}
