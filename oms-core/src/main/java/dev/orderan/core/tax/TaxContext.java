package dev.orderan.core.tax;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and when a sale is taxed: the tax point date (rates are dated) and the destination, a
 * region code such as {@code ID}, {@code DE} or {@code US-NY-10001} that destination-based engines
 * use.
 *
 * @param date the tax point date, in the seller's time zone
 * @param destination the destination region code, if known
 */
public record TaxContext(LocalDate date, Optional<String> destination) {

    /** Checks that nothing is missing. */
    public TaxContext {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(destination, "destination");
    }

    /** A context with a date and no destination. */
    public static TaxContext on(LocalDate date) {
        return new TaxContext(date, Optional.empty());
    }

    /** A context with a date and a destination. */
    public static TaxContext on(LocalDate date, String destination) {
        return new TaxContext(date, Optional.of(destination));
    }
}
