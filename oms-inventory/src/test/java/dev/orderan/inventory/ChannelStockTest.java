package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.channel.ChannelBuffer;
import dev.orderan.inventory.channel.ChannelStockPublisher;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelStockTest {

    static final Sku KAOS = Sku.of("KAOS");
    static final LocationId JKT = LocationId.of("JKT");

    @Test
    void marketplacesSeeAvailableStockLessTheirBufferAndAdaptersHearOnlyRealChanges() {
        List<InventoryEvent.ChannelStockChanged> pushed = new ArrayList<>();
        ChannelStockPublisher publisher = new ChannelStockPublisher(
                List.of(ChannelBuffer.full("web"), ChannelBuffer.keepBack("tokopedia", 2),
                        new ChannelBuffer("shopee", 2, 50)),
                e -> pushed.add((InventoryEvent.ChannelStockChanged) e));
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).listener(publisher).build();
        publisher.attach(inv);

        inv.receive(KAOS, JKT, 11, "PO-1");
        assertEquals(List.of("web=11", "tokopedia=9", "shopee=4"), render(pushed));

        pushed.clear();
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r1"), OrderId.of("o1"),
                ReservationLine.at(1, KAOS, JKT, 1)));
        assertEquals(List.of("web=10", "tokopedia=8"), render(pushed), "shopee stays at 4 (half of 8)");

        pushed.clear();
        inv.commit(ReservationId.of("r1"));
        assertEquals(List.of(), render(pushed), "a commit does not change what can be sold");

        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r2"), OrderId.of("o2"),
                ReservationLine.at(1, KAOS, JKT, 8)));
        assertEquals(0, publisher.quantity("tokopedia", KAOS));
        assertEquals(Optional.of(0L), publisher.lastPublished("shopee", KAOS));
        pushed.clear();
        inv.release(ReservationId.of("r2"), ReleaseReason.PAYMENT_FAILED);
        assertEquals(List.of("web=10", "tokopedia=8", "shopee=4"), render(pushed));
    }

    @Test
    void channelStockChangesAreRecordedInTheOutboxNumberedPerChannelAndSku() {
        InMemoryStore store = new InMemoryStore();
        List<InventoryEvent.ChannelStockChanged> pushed = new ArrayList<>();
        ChannelStockPublisher publisher = new ChannelStockPublisher(
                List.of(ChannelBuffer.full("web"), ChannelBuffer.keepBack("tokopedia", 2)),
                e -> pushed.add((InventoryEvent.ChannelStockChanged) e));
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).store(store).listener(publisher).build();
        publisher.attach(inv);

        inv.receive(KAOS, JKT, 11, "PO-1");
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r1"), OrderId.of("o1"),
                ReservationLine.at(1, KAOS, JKT, 1)));
        inv.reserve(ReservationRequest.untilShipment(ReservationId.of("r2"), OrderId.of("o2"),
                ReservationLine.at(1, KAOS, JKT, 9)));

        List<EventEnvelope<?>> recorded = store.outbox().claim("relay", 1_000, Instant.now(), Duration.ofMinutes(1))
                .stream().map(OutboxEntry::envelope).<EventEnvelope<?>>map(e -> e)
                .filter(e -> e.event() instanceof InventoryEvent.ChannelStockChanged).toList();
        assertEquals(pushed, recorded.stream().map(EventEnvelope::event).toList(),
                "the adapter hears exactly what the outbox records");
        assertEquals(List.of("web=11", "tokopedia=9", "web=10", "tokopedia=8", "web=1", "tokopedia=0"), render(pushed));
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L), recorded.stream().map(EventEnvelope::sequence).toList());
        assertEquals(List.of(AggregateIds.of("web", "KAOS"), AggregateIds.of("tokopedia", "KAOS")),
                recorded.stream().map(EventEnvelope::aggregateId).distinct().toList());
    }

    static List<String> render(List<InventoryEvent.ChannelStockChanged> events) {
        return events.stream().map(e -> e.channel() + "=" + e.quantity()).toList();
    }
}
