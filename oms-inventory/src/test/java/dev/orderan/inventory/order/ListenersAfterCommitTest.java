package dev.orderan.inventory.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.channel.ChannelBuffer;
import dev.orderan.inventory.channel.ChannelStockPublisher;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Inventory listeners hear a change only once it is committed, also when it is made inside an
 * order's transaction, and a listener that throws undoes nothing.
 */
class ListenersAfterCommitTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final List<InventoryEvent> heard = new ArrayList<>();
    private final List<InventoryEvent.ChannelStockChanged> pushed = new ArrayList<>();

    private PlaceOrder placement(String id) {
        return PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-" + id))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 2, Money.idr(150_000)))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT).shipping(OrderFixtures.jneRegular()).build();
    }

    @Test
    void listenersHearNothingOfAnOrderCommandThatRolledBack() {
        ChannelStockPublisher publisher = new ChannelStockPublisher(List.of(ChannelBuffer.full("web")),
                e -> pushed.add((InventoryEvent.ChannelStockChanged) e));
        InMemoryInventory stock = InMemoryInventory.builder(OrderFixtures.TENANT).store(store).clock(clock)
                .listener(heard::add).listener(publisher).build();
        publisher.attach(stock);
        stock.receive(SHIRT, JKT, 5, "PO-1");
        heard.clear();
        pushed.clear();
        // A later step of the same command fails: the order and its reservation are rolled back.
        OrderService orders = OrderService.builder().store(store).clock(clock)
                .step(OrderStockStep.of(t -> stock).from(JKT))
                .step((tx, before, after, events) -> {
                    throw new IllegalStateException("the invoice printer is offline");
                })
                .build();

        assertThrows(IllegalStateException.class, () -> orders.place(placement("RB-1")));

        assertEquals(List.of(), heard, "no listener heard of the reservation that was rolled back");
        assertEquals(List.of(), pushed, "no marketplace was told of stock that was never taken");
        assertEquals(Optional.of(5L), publisher.lastPublished("web", SHIRT));
        assertEquals(5, stock.available(SHIRT, JKT));
    }

    @Test
    void listenersAreToldAfterTheOrdersTransactionCommitted() {
        List<Long> outboxWhenHeard = new ArrayList<>();
        InMemoryInventory stock = InMemoryInventory.builder(OrderFixtures.TENANT).store(store).clock(clock)
                .listener(e -> outboxWhenHeard.add(store.outbox().pending()))
                .build();
        OrderService orders = OrderService.builder().store(store).clock(clock)
                .step(OrderStockStep.of(t -> stock).from(JKT)).build();
        stock.receive(SHIRT, JKT, 5, "PO-1");
        long before = store.outbox().pending();
        outboxWhenHeard.clear();

        Order placed = orders.place(placement("OK-1")).order();

        // Every event of the command is in the outbox by the time a listener hears the first one.
        long committed = store.outbox().pending();
        assertTrue(committed > before + 1, "the order's and the stock's events were recorded");
        assertEquals(List.of(committed), outboxWhenHeard);
        assertEquals(ReservationStatus.ACTIVE,
                stock.reservation(OrderReservations.idOf(placed)).orElseThrow().status());
    }

    @Test
    void aListenerThatThrowsUndoesNeitherTheOrderNorItsStock() {
        InMemoryInventory stock = InMemoryInventory.builder(OrderFixtures.TENANT).store(store).clock(clock)
                .listener(e -> {
                    throw new IllegalStateException("dashboard unreachable");
                })
                .listener(heard::add)
                .build();
        OrderService orders = OrderService.builder().store(store).clock(clock)
                .step(OrderStockStep.of(t -> stock).from(JKT)).build();

        stock.receive(SHIRT, JKT, 5, "PO-1");
        Order placed = orders.place(placement("TH-1")).order();

        assertTrue(orders.find(OrderFixtures.TENANT, placed.id()).isPresent(), "the order was kept");
        assertEquals(ReservationStatus.ACTIVE, stock.reservation(OrderReservations.idOf(placed)).orElseThrow().status());
        assertEquals(3, stock.available(SHIRT, JKT));
        assertEquals(5, stock.level(SHIRT, JKT).orElseThrow().onHand(), "the receipt was kept");
        assertEquals(List.of(InventoryEvent.StockMoved.class, InventoryEvent.StockReserved.class),
                heard.stream().map(Object::getClass).toList(), "the other listeners still heard every event");
        assertTrue(stock.verify().clean());
        assertTrue(orders.history(OrderFixtures.TENANT, placed.id()).stream()
                .anyMatch(e -> e.event() instanceof OrderEvent.Placed));
    }
}
