package dev.orderan.inventory.lot;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Units of one lot (batch) of a SKU at a location.
 *
 * @param lotId the supplier's or our lot number
 * @param sku the product
 * @param location where the lot is
 * @param quantity units left in the lot
 * @param receivedOn when the lot came in (FIFO order)
 * @param expiresOn the best-before or expiry date, if the product has one (FEFO order)
 */
public record Lot(String lotId, Sku sku, LocationId location, long quantity, LocalDate receivedOn,
        Optional<LocalDate> expiresOn) {

    /** Checks that nothing is missing. */
    public Lot {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity: must not be negative, was " + quantity);
        }
    }

    /** True when the lot has expired on {@code day} (it may still be sold on its expiry date). */
    public boolean expiredOn(LocalDate day) {
        return expiresOn.map(e -> e.isBefore(day)).orElse(false);
    }
}
