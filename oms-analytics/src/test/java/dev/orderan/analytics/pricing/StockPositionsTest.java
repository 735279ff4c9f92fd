package dev.orderan.analytics.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import org.junit.jupiter.api.Test;

/** Stock for pricing is read from the inventory over every location, without what orders hold. */
class StockPositionsTest {

    private static final Sku KEMEJA = Sku.of("KMJ-BTK-M");
    private static final LocationId JKT = LocationId.of("JKT");
    private static final LocationId SBY = LocationId.of("SBY");

    @Test
    void stockStillToSell_isOnHandOverAllLocationsLessWhatOrdersReserved() {
        InMemoryInventory inventory = InMemoryInventory.builder(TenantId.of("toko-a")).build();
        inventory.receive(KEMEJA, JKT, 40, "PO-1");
        inventory.receive(KEMEJA, SBY, 25, "PO-2");
        inventory.receive(Sku.of("TOTE-01"), JKT, 7, "PO-3");
        inventory.reserve(ReservationRequest.untilShipment(ReservationId.of("SO-1"), OrderId.of("SO-1"),
                ReservationLine.at(0, KEMEJA, JKT, 6)));
        inventory.reserve(ReservationRequest.untilShipment(ReservationId.of("SO-2"), OrderId.of("SO-2"),
                ReservationLine.at(0, KEMEJA, SBY, 4)));

        assertEquals(65, StockPositions.onHand(inventory, "KMJ-BTK-M"));
        assertEquals(55, StockPositions.unreserved(inventory, "KMJ-BTK-M"));
        assertEquals(0, StockPositions.unreserved(inventory, "NEVER-STOCKED"));
    }
}
