package dev.orderan.inventory.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceDetails;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingStrategies;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Orders and stock move together, in one transaction, and goods never leave without a sale. */
class OrderStockStepTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryInventory stock = InMemoryInventory.builder(OrderFixtures.TENANT).store(store).clock(clock)
            .build();
    private final OrderService orders = OrderService.builder().store(store).clock(clock)
            .step(OrderStockStep.of(t -> stock).from(JKT)).build();

    private PlaceOrder.Builder order(String id, PaymentMethod method, long shirts) {
        return PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-" + id))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", shirts, Money.idr(150_000)))
                .paymentMethod(method).shipping(OrderFixtures.jneRegular());
    }

    private Order run(Order o, OrderCommand c) {
        return orders.execute(o.tenantId(), o.id(), c);
    }

    @Test
    void placingReservesTheGoodsLinesOnceAndServicesHoldNoStock() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        stock.receive(TOTE, JKT, 5, "PO-1");
        PlaceOrder c = order("INV-1", PaymentMethod.VIRTUAL_ACCOUNT, 2)
                .line(OrderLine.service(Sku.of("JAHIT"), "Permak", 1, Money.idr(20_000),
                        new ServiceDetails("tailoring", Duration.ofHours(1), "shorten sleeves")))
                .line(OrderLine.goods(TOTE, "Tote bag", 1, Money.idr(75_000))).build();
        Order o = orders.place(c).order();
        orders.place(c);
        Reservation r = stock.reservation(OrderReservations.idOf(o)).orElseThrow();
        assertEquals(List.of(new ReservedLine(0, SHIRT, JKT, 2), new ReservedLine(2, TOTE, JKT, 1)), r.lines());
        assertTrue(r.expiresAt().isEmpty(), "the order's payment deadline decides, not a timer of the stock");
        assertEquals(3, stock.available(SHIRT, JKT), "placing twice reserves once");
    }

    @Test
    void anOrderForMoreThanIsInStockIsRefusedBeforeAnythingIsStored() {
        stock.receive(SHIRT, JKT, 1, "PO-1");
        assertThrows(InsufficientStockException.class, () -> orders.place(order("INV-2", PaymentMethod.QRIS, 2).build()));
        assertTrue(orders.find(OrderFixtures.TENANT, OrderId.of("INV-2")).isEmpty());
        assertEquals(1, stock.available(SHIRT, JKT));
    }

    @Test
    void theLastUnitsCannotBeSoldTwiceWhenAPaymentWindowLapses() {
        // Order A (e-wallet, 15 minutes to pay) takes the last 2 shirts.
        stock.receive(SHIRT, JKT, 2, "PO-1");
        Order a = orders.place(order("A", PaymentMethod.E_WALLET, 2).build()).order();
        clock.advance(Duration.ofMinutes(16));
        assertTrue(stock.releaseExpired(clock.instant()).isEmpty(), "the stock does not lapse on a timer of its own");
        assertThrows(InsufficientStockException.class, () -> orders.place(order("B", PaymentMethod.QRIS, 2).build()),
                "B cannot take A's shirts while A's order still holds them");
        // The order sweeper expires A and releases its stock in the same transaction.
        assertEquals(List.of(a.id()), orders.expireOverdue(OrderFixtures.TENANT, 10).stream().map(Order::id).toList());
        Order b = orders.place(order("B", PaymentMethod.QRIS, 2).build()).order();
        // A's payment arrives late: recorded and due back, and A never ships.
        Order late = run(a, new OrderCommand.ConfirmPayment(a.grandTotal(), "OVO-LATE"));
        assertEquals(OrderStatus.CANCELLED, late.status());
        assertEquals(a.grandTotal(), late.refundDue());
        assertThrows(IllegalTransitionException.class, () -> run(late, new OrderCommand.StartProcessing()));
        // B pays and ships: the sale comes from B's reservation.
        b = run(b, new OrderCommand.ConfirmPayment(b.amountDue(), "QRIS-B"));
        for (OrderCommand c : List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-B"))) {
            b = run(b, c);
        }
        assertEquals(0, stock.level(SHIRT, JKT).orElseThrow().onHand());
        assertTrue(stock.verify().clean());
        assertEquals(List.of(), OrderStockAudit.shippedWithoutSale(List.of(late, b), stock));
    }

    @Test
    void aLatePaymentBeforeTheSweeperRanIsOneDecisionWithTheStock() {
        stock.receive(SHIRT, JKT, 2, "PO-1");
        Order a = orders.place(order("A2", PaymentMethod.E_WALLET, 2).build()).order();
        clock.advance(Duration.ofMinutes(20));
        Order late = run(a, new OrderCommand.ConfirmPayment(a.grandTotal(), "OVO-LATE-2"));
        assertEquals(OrderStatus.CANCELLED, late.status());
        assertEquals(ReservationStatus.RELEASED, stock.reservation(OrderReservations.idOf(a)).orElseThrow().status());
        assertEquals(2, stock.available(SHIRT, JKT));
    }

    @Test
    void anOrderWhoseReservationWasReleasedBehindItsBackCannotShip() {
        stock.receive(SHIRT, JKT, 2, "PO-1");
        Order a = orders.place(order("A3", PaymentMethod.VIRTUAL_ACCOUNT, 2).build()).order();
        a = run(a, new OrderCommand.ConfirmPayment(a.amountDue(), "VA-A3"));
        a = run(a, new OrderCommand.StartProcessing());
        a = run(a, new OrderCommand.Pack());
        stock.release(OrderReservations.idOf(a), ReleaseReason.OTHER);
        Order packed = a;
        ReservationStateException e = assertThrows(ReservationStateException.class,
                () -> run(packed, new OrderCommand.Ship("jne", "JNE-A3")));
        assertEquals(ReservationStatus.RELEASED, e.status());
        assertEquals(OrderStatus.PACKED, orders.find(OrderFixtures.TENANT, a.id()).orElseThrow().status(),
                "the ship command was rolled back");
        assertEquals(2, stock.level(SHIRT, JKT).orElseThrow().onHand());
    }

    @Test
    void theAuditFindsGoodsShippedWithoutASale() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        OrderService unsynced = OrderService.builder().store(new InMemoryStore()).clock(clock).build();
        Order o = unsynced.place(order("X", PaymentMethod.VIRTUAL_ACCOUNT, 2).build()).order();
        o = unsynced.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-X"));
        for (OrderCommand c : List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-X"))) {
            o = unsynced.execute(o.tenantId(), o.id(), c);
        }
        var found = OrderStockAudit.shippedWithoutSale(List.of(o), stock);
        assertEquals(1, found.size());
        assertEquals(SHIRT, found.get(0).sku());
        assertEquals(2, found.get(0).ordered());
        assertEquals(0, found.get(0).sold());
    }

    @Test
    void theAuditCountsNoSaleOfAShipmentThatWasRolledBack() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        // The ship command sells the shirts, then a later step fails: the command rolls back.
        OrderService labelPrinterDown = OrderService.builder().store(store).clock(clock)
                .step(OrderStockStep.of(t -> stock).from(JKT))
                .step((tx, before, after, events) -> {
                    if (events.stream().anyMatch(e -> e.event() instanceof OrderEvent.Shipped)) {
                        throw new IllegalStateException("the label printer is offline");
                    }
                })
                .build();
        Order o = labelPrinterDown.place(order("RB-SHIP", PaymentMethod.VIRTUAL_ACCOUNT, 2).build()).order();
        o = labelPrinterDown.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-RB"));
        o = labelPrinterDown.execute(o.tenantId(), o.id(), new OrderCommand.StartProcessing());
        Order packed = labelPrinterDown.execute(o.tenantId(), o.id(), new OrderCommand.Pack());
        assertThrows(IllegalStateException.class, () -> labelPrinterDown.execute(packed.tenantId(), packed.id(),
                new OrderCommand.Ship("jne", "JNE-RB")));
        // The parcel then leaves by a path that skips the stock step.
        OrderService unsynced = OrderService.builder().store(store).clock(clock).build();
        Order shipped = unsynced.execute(packed.tenantId(), packed.id(), new OrderCommand.Ship("jne", "JNE-RB"));

        var found = OrderStockAudit.shippedWithoutSale(List.of(shipped), stock);

        assertEquals(1, found.size(), "the rolled-back sale does not count as a sale");
        assertEquals(2, found.get(0).ordered());
        assertEquals(0, found.get(0).sold());
        assertEquals(List.of(MovementReason.RECEIPT), stock.movements(SHIRT, JKT).stream().map(Movement::reason)
                .toList(), "the rolled-back sale left nothing in the ledger");
        assertEquals(ReservationStatus.ACTIVE, stock.reservation(OrderReservations.idOf(shipped)).orElseThrow()
                .status());
        assertTrue(stock.verify().clean());
    }

    @Test
    void stockEventsOfAnOrderCommandCarryItsIdsAndTheOrderEventThatCausedThem() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        Order o = orders.place(order("META-1", PaymentMethod.VIRTUAL_ACCOUNT, 2).build(),
                CommandMetadata.withCommandId("checkout-42").correlatedWith("web-request-42")).order();
        o = orders.handle(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-META"),
                CommandMetadata.withCommandId("va-callback-9")).order();
        o = run(o, new OrderCommand.StartProcessing());
        o = run(o, new OrderCommand.Pack());
        o = orders.handle(o.tenantId(), o.id(), new OrderCommand.Ship("jne", "JNE-META"),
                CommandMetadata.withCommandId("ship-7").correlatedWith("warehouse-batch-3")).order();

        List<EventEnvelope<OrderEvent>> history = orders.history(o.tenantId(), o.id());
        String placedId = history.stream().filter(e -> e.event() instanceof OrderEvent.Placed).findFirst()
                .orElseThrow().eventId().toString();
        String shippedId = history.stream().filter(e -> e.event() instanceof OrderEvent.Shipped).findFirst()
                .orElseThrow().eventId().toString();
        List<EventEnvelope<?>> stockEvents = store.outbox().claim("test", 1_000, clock.instant(),
                Duration.ofMinutes(1)).stream().<EventEnvelope<?>>map(e -> e.envelope())
                .filter(e -> e.event() instanceof InventoryEvent).toList();

        EventEnvelope<?> reserved = only(stockEvents, InventoryEvent.StockReserved.class);
        assertEquals(new EventMetadata(Optional.of("checkout-42"), "web-request-42", Optional.of(placedId)),
                reserved.metadata());
        EventMetadata shipping = new EventMetadata(Optional.of("ship-7"), "warehouse-batch-3", Optional.of(shippedId));
        assertEquals(shipping, only(stockEvents, InventoryEvent.ReservationCommitted.class).metadata());
        EventEnvelope<?> sale = stockEvents.stream().filter(e -> e.event() instanceof InventoryEvent.StockMoved m
                && m.movement().reason() == MovementReason.SALE).findFirst().orElseThrow();
        assertEquals(shipping, sale.metadata());
        EventEnvelope<?> receipt = stockEvents.stream().filter(e -> e.event() instanceof InventoryEvent.StockMoved m
                && m.movement().reason() == MovementReason.RECEIPT).findFirst().orElseThrow();
        assertEquals(Optional.empty(), receipt.metadata().commandId(), "a receipt outside an order has no command");
    }

    @Test
    void theReleaseOfACancelledOrderIsCausedByTheCancellation() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        Order o = orders.place(order("META-2", PaymentMethod.VIRTUAL_ACCOUNT, 2).build()).order();
        o = orders.handle(o.tenantId(), o.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"),
                CommandMetadata.withCommandId("cancel-5")).order();
        String cancelledId = orders.history(o.tenantId(), o.id()).stream()
                .filter(e -> e.event() instanceof OrderEvent.StatusChanged s && s.to() == OrderStatus.CANCELLED)
                .findFirst().orElseThrow().eventId().toString();
        List<EventEnvelope<?>> stockEvents = store.outbox().claim("test", 1_000, clock.instant(),
                Duration.ofMinutes(1)).stream().<EventEnvelope<?>>map(e -> e.envelope())
                .filter(e -> e.event() instanceof InventoryEvent).toList();
        EventMetadata released = only(stockEvents, InventoryEvent.ReservationReleased.class).metadata();
        assertEquals(Optional.of("cancel-5"), released.commandId());
        assertEquals(Optional.of(cancelledId), released.causationId());
    }

    private static EventEnvelope<?> only(List<EventEnvelope<?>> events, Class<?> type) {
        List<EventEnvelope<?>> of = events.stream().filter(e -> type.isInstance(e.event())).toList();
        assertEquals(1, of.size(), type.getSimpleName());
        return of.get(0);
    }

    @Test
    void cancellingReleasesAtOnce() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        Order o = orders.place(order("C", PaymentMethod.VIRTUAL_ACCOUNT, 2).build()).order();
        assertEquals(3, stock.available(SHIRT, JKT));
        run(o, new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
        assertEquals(5, stock.available(SHIRT, JKT));
    }

    @Test
    void aSurabayaCustomerIsServedFromSurabayaWhenThatIsWhereTheGoodsAre() {
        LocationId sby = LocationId.of("WH-SBY");
        InMemoryStore second = new InMemoryStore();
        InMemoryInventory twoWarehouses = InMemoryInventory.builder(OrderFixtures.TENANT).store(second).clock(clock)
                .sourcing(SourcingStrategies.nearest())
                .location(new SourcingLocation(JKT, 1, "DKI Jakarta", Double.NaN, Double.NaN))
                .location(new SourcingLocation(sby, 2, "Jawa Timur", Double.NaN, Double.NaN))
                .build();
        twoWarehouses.receive(SHIRT, JKT, 10, "PO-1");
        twoWarehouses.receive(SHIRT, sby, 10, "PO-2");
        OrderService sourced = OrderService.builder().store(second).clock(clock)
                .step(OrderStockStep.of(t -> twoWarehouses)).build();
        Order o = sourced.place(order("SBY-1", PaymentMethod.VIRTUAL_ACCOUNT, 2)
                .customer(dev.orderan.core.order.Customer.of(dev.orderan.core.common.CustomerId.of("C-SBY"), "Rina",
                        "rina@example.id", "0812 2222 3333", new dev.orderan.core.order.Address("Jl. Darmo 1", "Darmo",
                                "Wonokromo", "Kota Surabaya", "Jawa Timur", "60241", "")))
                .build()).order();
        assertEquals(sby, twoWarehouses.reservation(OrderReservations.idOf(o)).orElseThrow().lines().get(0).location());
    }
}
