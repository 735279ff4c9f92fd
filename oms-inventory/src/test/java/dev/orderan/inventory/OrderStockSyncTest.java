package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.inventory.reservation.ReservationExpiryPolicy;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.testkit.InMemoryOrderRepository;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderStockSyncTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final InMemoryInventory stock = InMemoryInventory.builder(OrderFixtures.TENANT).clock(clock).build();
    private final OrderService orders = OrderService.builder().repository(new InMemoryOrderRepository()).clock(clock)
            .listener(new OrderStockSync(stock)).build();

    @BeforeEach
    void receiveStock() {
        stock.receive(SHIRT, JKT, 5, "PO-1");
        stock.receive(TOTE, JKT, 1, "PO-1");
    }

    private Order placeAndReserve(String orderId) {
        Order order = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, orderId).build()).order();
        OrderReservations.reserve(stock, order, ReservationExpiryPolicy.indonesianDefaults(), Optional.of(JKT));
        return order;
    }

    @Test
    void aPaidOrderKeepsItsStockPastThePaymentWindowAndSellsItOnShipment() {
        Order order = placeAndReserve("INV-1");
        assertEquals(3, stock.available(SHIRT, JKT));
        order = orders.execute(order.tenantId(), order.id(), new OrderCommand.ConfirmPayment(order.amountDue(), "VA"));
        clock.advance(Duration.ofDays(2));
        assertTrue(stock.releaseExpired(clock.instant()).isEmpty(), "held until shipment once paid");
        orders.execute(order.tenantId(), order.id(), new OrderCommand.StartProcessing());
        orders.execute(order.tenantId(), order.id(), new OrderCommand.Pack());
        orders.execute(order.tenantId(), order.id(), new OrderCommand.Ship("jne", "JNE1"));
        assertEquals(ReservationStatus.COMMITTED, stock.reservation(OrderReservations.idOf(order)).orElseThrow().status());
        assertEquals(3, stock.level(SHIRT, JKT).orElseThrow().onHand());
        assertEquals(0, stock.level(TOTE, JKT).orElseThrow().onHand());
        assertTrue(stock.verify().clean());
    }

    @Test
    void anUnpaidOrderLosesItsHoldWhenTheVirtualAccountExpiresAndACancelReleasesAtOnce() {
        placeAndReserve("INV-2");
        clock.advance(Duration.ofHours(25));
        assertEquals(1, stock.releaseExpired(clock.instant()).size());
        assertEquals(5, stock.available(SHIRT, JKT));

        Order other = placeAndReserve("INV-3");
        assertEquals(3, stock.available(SHIRT, JKT));
        orders.execute(other.tenantId(), other.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
        assertEquals(5, stock.available(SHIRT, JKT));
        assertEquals(1, stock.available(TOTE, JKT));
    }

    @Test
    void anOrderForMissingStockIsRefusedWithoutTouchingStock() {
        placeAndReserve("INV-4"); // takes the only tote bag
        Order second = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-5").build()).order();
        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> OrderReservations.reserve(
                stock, second, ReservationExpiryPolicy.indonesianDefaults(), Optional.of(JKT)));
        assertEquals(TOTE, e.sku());
        assertEquals(3, stock.available(SHIRT, JKT), "all or nothing: the shirts were not held either");
    }
}
