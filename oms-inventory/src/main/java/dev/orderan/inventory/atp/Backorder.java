package dev.orderan.inventory.atp;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.reservation.ReservationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Units promised to an order out of inbound supply (a backorder or pre-order). When the supply is
 * received the backorder becomes an ordinary active reservation with the same id.
 *
 * @param id the reservation id the promise will carry once stock arrives
 * @param owner the order
 * @param sku the product
 * @param location where the supply arrives
 * @param quantity units promised
 * @param supplyReference the inbound supply the units come from
 * @param promisedOn the date promised to the customer (the supply's expected date)
 */
public record Backorder(ReservationId id, OrderId owner, Sku sku, LocationId location, long quantity,
        String supplyReference, LocalDate promisedOn) {

    /** Checks that nothing is missing. */
    public Backorder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(supplyReference, "supplyReference");
        Objects.requireNonNull(promisedOn, "promisedOn");
    }
}
