package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderStep;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.order.OrderReservations;
import dev.orderan.inventory.order.OrderStockAudit;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An order and its stock in one PostgreSQL transaction: the reservation, the sale and the release
 * commit or roll back with the order, and their events reach the same outbox.
 */
class OrderStockOnPostgresTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final PostgresStore store = TestDatabase.emptyStore();
    private final InventoryService stock = InventoryService.builder(store.inventory(OrderFixtures.TENANT))
            .clock(clock).build();
    private final OrderService orders = service(null);

    private OrderService service(OrderStep after) {
        OrderService.Builder b = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).voucherRedemptions(store.voucherRedemptions())
                .clock(clock).step(OrderStockStep.of(t -> stock).from(JKT));
        if (after != null) {
            b.step(after);
        }
        return b.build();
    }

    private PlaceOrder order(String id, PaymentMethod method, long shirts) {
        return PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-" + id))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", shirts, Money.idr(150_000)))
                .paymentMethod(method).shipping(OrderFixtures.jneRegular()).build();
    }

    private Order run(OrderService service, Order o, OrderCommand c) {
        return service.execute(o.tenantId(), o.id(), c);
    }

    /** The outbox rows of a tenant, as "aggregatetype type", in insert order. */
    private List<String> outbox() {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT aggregatetype, type FROM " + TestDatabase.SCHEMA
                        + ".outbox WHERE tenant_id = ? ORDER BY position")) {
            ps.setString(1, OrderFixtures.TENANT.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void placingAnOrderReservesItsGoodsAndBothReachTheOutboxTogether() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        Order o = orders.place(order("INV-1", PaymentMethod.VIRTUAL_ACCOUNT, 2)).order();
        orders.place(order("INV-1", PaymentMethod.VIRTUAL_ACCOUNT, 2));
        Reservation r = stock.reservation(OrderReservations.idOf(o)).orElseThrow();
        assertEquals(List.of(new ReservedLine(0, SHIRT, JKT, 2)), r.lines());
        assertEquals(3, stock.available(SHIRT, JKT), "placing twice reserves once");
        List<String> rows = outbox();
        assertTrue(rows.contains("order order.placed"), rows.toString());
        assertTrue(rows.contains("reservation reservation.reserved"), rows.toString());
        assertTrue(rows.contains("stock-ledger stock.moved"), rows.toString());
    }

    @Test
    void aFailureAfterTheReservationRollsBackTheOrderAndTheStock() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        List<String> outboxBefore = outbox();
        long ledgerBefore = stock.lastMovementSequence();
        OrderService fraudCheckDown = service((tx, before, after, events) -> {
            if (events.stream().anyMatch(e -> e.event() instanceof OrderEvent.Placed)) {
                // The stock step has reserved the shirts in this transaction by now.
                assertEquals(1, stock.reservationsOf(after.id()).size(), "reserved inside the order's transaction");
                throw new IllegalStateException("the fraud check is unreachable");
            }
        });
        assertThrows(IllegalStateException.class, () -> fraudCheckDown.place(order("RB-1", PaymentMethod.QRIS, 2)));
        assertTrue(orders.find(OrderFixtures.TENANT, OrderId.of("RB-1")).isEmpty(), "no order stored");
        assertEquals(5, stock.available(SHIRT, JKT), "no units held");
        assertTrue(stock.reservationsOf(OrderId.of("RB-1")).isEmpty(), "no reservation stored");
        assertEquals(outboxBefore, outbox(), "no event of the order or the stock published");
        assertEquals(ledgerBefore, stock.lastMovementSequence());
        assertTrue(stock.verify().clean());
        // The same placement goes through once the check is back.
        Order o = orders.place(order("RB-1", PaymentMethod.QRIS, 2)).order();
        assertEquals(3, stock.available(SHIRT, JKT));
        assertEquals(ReservationStatus.ACTIVE, stock.reservation(OrderReservations.idOf(o)).orElseThrow().status());
    }

    @Test
    void aShipmentThatFailsAfterTheSaleLeavesTheReservationHeldAndNoSaleInTheLedger() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        OrderService labelPrinterDown = service((tx, before, after, events) -> {
            if (events.stream().anyMatch(e -> e.event() instanceof OrderEvent.Shipped)) {
                throw new IllegalStateException("the label printer is offline");
            }
        });
        Order o = labelPrinterDown.place(order("RB-SHIP", PaymentMethod.VIRTUAL_ACCOUNT, 2)).order();
        o = run(labelPrinterDown, o, new OrderCommand.ConfirmPayment(o.amountDue(), "VA-RB"));
        o = run(labelPrinterDown, o, new OrderCommand.StartProcessing());
        Order packed = run(labelPrinterDown, o, new OrderCommand.Pack());
        assertThrows(IllegalStateException.class, () -> run(labelPrinterDown, packed,
                new OrderCommand.Ship("jne", "JNE-RB")));
        assertEquals(OrderStatus.PACKED, orders.find(OrderFixtures.TENANT, packed.id()).orElseThrow().status());
        assertEquals(List.of(MovementReason.RECEIPT), stock.movements(SHIRT, JKT).stream().map(Movement::reason)
                .toList(), "the rolled-back sale left nothing in the ledger");
        assertEquals(ReservationStatus.ACTIVE, stock.reservation(OrderReservations.idOf(packed)).orElseThrow().status());
        assertEquals(5, stock.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(2, stock.level(SHIRT, JKT).orElseThrow().reserved());
        assertTrue(stock.verify().clean());
        // Shipped for real: one sale, nothing shipped without it.
        Order shipped = run(orders, packed, new OrderCommand.Ship("jne", "JNE-RB"));
        assertEquals(3, stock.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(List.of(), OrderStockAudit.shippedWithoutSale(List.of(shipped), stock));
        assertTrue(stock.verify().clean());
    }

    @Test
    void theLastUnitsAreNotSoldTwiceWhenAPaymentWindowLapsesAndTheLatePaymentIsDueBack() {
        stock.receive(SHIRT, JKT, 2, "PO-1");
        Order a = orders.place(order("A", PaymentMethod.E_WALLET, 2)).order();
        clock.advance(Duration.ofMinutes(16));
        assertTrue(stock.releaseExpired(clock.instant()).isEmpty(), "the stock does not lapse on a timer of its own");
        assertThrows(InsufficientStockException.class, () -> orders.place(order("B", PaymentMethod.QRIS, 2)),
                "B cannot take A's shirts while A's order still holds them");
        // The order sweeper expires A and releases its stock in the same transaction.
        assertEquals(List.of(a.id()), orders.expireOverdue(OrderFixtures.TENANT, 10).stream().map(Order::id).toList());
        assertEquals(ReservationStatus.RELEASED, stock.reservation(OrderReservations.idOf(a)).orElseThrow().status());
        Order b = orders.place(order("B", PaymentMethod.QRIS, 2)).order();
        // A's payment arrives late: recorded and due back, and A never ships.
        Order late = run(orders, a, new OrderCommand.ConfirmPayment(a.grandTotal(), "OVO-LATE"));
        assertEquals(OrderStatus.CANCELLED, late.status());
        assertEquals(a.grandTotal(), late.refundDue());
        assertThrows(IllegalTransitionException.class, () -> run(orders, late, new OrderCommand.StartProcessing()));
        // B pays and ships: the sale comes from B's reservation.
        b = run(orders, b, new OrderCommand.ConfirmPayment(b.amountDue(), "QRIS-B"));
        for (OrderCommand c : List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-B"))) {
            b = run(orders, b, c);
        }
        assertEquals(0, stock.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.SALE), stock.movements(SHIRT, JKT).stream()
                .map(Movement::reason).toList());
        assertTrue(stock.verify().clean());
        assertEquals(List.of(), OrderStockAudit.shippedWithoutSale(List.of(late, b), stock));
    }

    @Test
    void aLatePaymentBeforeTheSweeperRanReleasesTheStockInTheSameTransaction() {
        stock.receive(SHIRT, JKT, 2, "PO-1");
        Order a = orders.place(order("A2", PaymentMethod.E_WALLET, 2)).order();
        clock.advance(Duration.ofMinutes(20));
        Order late = run(orders, a, new OrderCommand.ConfirmPayment(a.grandTotal(), "OVO-LATE-2"));
        assertEquals(OrderStatus.CANCELLED, late.status());
        assertEquals(ReservationStatus.RELEASED, stock.reservation(OrderReservations.idOf(a)).orElseThrow().status());
        assertEquals(2, stock.available(SHIRT, JKT));
        List<String> rows = outbox();
        assertTrue(rows.contains("reservation reservation.released"), rows.toString());
    }
}
