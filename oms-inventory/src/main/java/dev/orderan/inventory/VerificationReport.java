package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Inventory#verify()}: every broken invariant, each with the expected and
 * actual figures.
 *
 * @param cellsChecked SKU-location pairs checked
 * @param reservationsChecked reservations checked
 * @param movementsChecked ledger movements summed
 * @param differences the broken invariants; empty when the ledger is consistent
 */
public record VerificationReport(long cellsChecked, long reservationsChecked, long movementsChecked,
        List<Difference> differences) {

    /** Copies the list. */
    public VerificationReport {
        differences = List.copyOf(differences);
    }

    /** True when no invariant is broken. */
    public boolean clean() {
        return differences.isEmpty();
    }

    /** The invariants {@code verify()} checks. */
    public enum Invariant {
        /** On hand − reserved ≥ 0: never more promised than there is. */
        NOT_OVERSOLD,
        /** Reserved = Σ quantities of active reservations at the SKU and location. */
        RESERVED_MATCHES_RESERVATIONS,
        /** On hand = Σ ledger movements at the SKU and location. */
        ON_HAND_MATCHES_LEDGER
    }

    /**
     * One broken invariant.
     *
     * @param invariant which one
     * @param sku the SKU
     * @param location the location
     * @param expected what the invariant requires (for NOT_OVERSOLD: the reserved units)
     * @param actual what the engine holds (for NOT_OVERSOLD: the on-hand units)
     */
    public record Difference(Invariant invariant, Sku sku, LocationId location, long expected, long actual) {

        /** Checks that nothing is missing. */
        public Difference {
            Objects.requireNonNull(invariant, "invariant");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(location, "location");
        }
    }
}
