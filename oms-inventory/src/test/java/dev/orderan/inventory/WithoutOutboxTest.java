package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An inventory on a store without an outbox: the stock is right, and listeners still hear every change. */
class WithoutOutboxTest {

    private static final TenantId TENANT = TenantId.of("toko");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final LocationId JKT = LocationId.of("WH-JKT");

    private static void reserveAndRelease(InMemoryInventory stock) {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        ReservationRequest r = ReservationRequest.untilShipment(ReservationId.of("R-1"), OrderId.of("INV-1"),
                ReservationLine.at(1, SHIRT, JKT, 2));
        stock.reserve(r);
        assertEquals(3, stock.level(SHIRT, JKT).orElseThrow().available());
        stock.release(r.id(), ReleaseReason.OTHER);
        assertEquals(5, stock.level(SHIRT, JKT).orElseThrow().available());
        assertTrue(stock.verify().clean());
    }

    @Test
    void listenersHearEveryChangeThoughTheOutboxKeepsNothing() {
        InMemoryStore store = InMemoryStore.withoutOutbox();
        List<String> heard = new ArrayList<>();
        reserveAndRelease(InMemoryInventory.builder(TENANT).store(store).listener(e -> heard.add(e.type().name()))
                .build());
        assertEquals(List.of("stock.moved", "reservation.reserved", "reservation.released"), heard);
        assertEquals(0, new OutboxRelay(store.outbox(), e -> { }, "relay", 100, Duration.ofMinutes(1),
                Clock.systemUTC()).drain());
    }

    @Test
    void withNobodyListeningTheStockIsStillRightAndTheOutboxStaysEmpty() {
        InMemoryStore store = InMemoryStore.withoutOutbox();
        reserveAndRelease(InMemoryInventory.builder(TENANT).store(store).build());
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void aStoreWithAnOutboxRecordsTheSameChanges() {
        InMemoryStore store = new InMemoryStore();
        reserveAndRelease(InMemoryInventory.builder(TENANT).store(store).build());
        List<String> relayed = new ArrayList<>();
        new OutboxRelay(store.outbox(), e -> relayed.add(e.type().name()), "relay", 100, Duration.ofMinutes(1),
                Clock.systemUTC()).drain();
        assertEquals(List.of("stock.moved", "reservation.reserved", "reservation.released"), relayed);
    }
}
