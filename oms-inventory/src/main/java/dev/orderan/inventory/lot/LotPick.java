package dev.orderan.inventory.lot;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Units to take from one lot.
 *
 * @param lotId the lot
 * @param quantity units to take
 * @param expiresOn the lot's expiry, for the packing slip
 */
public record LotPick(String lotId, long quantity, Optional<LocalDate> expiresOn) {
}
