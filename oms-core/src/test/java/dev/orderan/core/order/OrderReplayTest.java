package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.EventType;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderReplayTest {

    @Test
    void replayingTheHistoryRebuildsAnEqualOrder() {
        PlaceOrder command = TestOrders.placement(OrderType.B2C_PREPAID).build();
        OrderDecider.Decision placement = TestOrders.placement(command);
        OrderPersonalData personal = placement.personalData().orElseThrow();
        Order placed = Order.replay(placement.events(), personal);
        OrderRef ref = placed.ref();
        Instant t = TestOrders.T0;
        List<OrderEvent> history = new ArrayList<>(placement.events());
        history.add(new OrderEvent.PaymentReceived(ref, 2, t.plusSeconds(60), placed.amountDue(), "VA-88"));
        history.add(new OrderEvent.StatusChanged(ref, 3, t.plusSeconds(60), OrderStatus.AWAITING_PAYMENT,
                OrderStatus.ACCEPTED, OrderTrigger.CONFIRM_PAYMENT));
        history.add(new OrderEvent.Shipped(ref, 4, t.plusSeconds(120), "jne", "JNE0001"));

        Order order = placed;
        for (OrderEvent e : history.subList(1, history.size())) {
            order = order.apply(e);
        }
        assertEquals(order, Order.replay(history, personal));
        assertEquals(order, placed.applyAll(history.subList(1, history.size())), "all at once = one by one");
        assertEquals(order.statusTimestamps(), placed.applyAll(history.subList(1, history.size())).statusTimestamps());
        assertEquals(Map.of(OrderStatus.AWAITING_PAYMENT, t), placed.statusTimestamps(),
                "a later status never shows in an earlier version");
        assertEquals(4, order.version());
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        assertEquals(Money.zero(Money.IDR), order.amountDue());
        assertEquals("JNE0001", order.trackingNumber().orElseThrow());
        assertEquals(t.plusSeconds(60), order.statusTimestamps().get(OrderStatus.ACCEPTED));
        assertNotEquals(placed, order);
    }

    @Test
    void aSnapshotRestoresAnEqualOrder() {
        Order placed = TestOrders.placed(OrderType.MADE_TO_ORDER);
        Order paid = placed.apply(new OrderEvent.PaymentReceived(placed.ref(), placed.version() + 1, TestOrders.T0,
                Money.idr(1_000), "VA-1"));
        assertEquals(paid, Order.restore(paid.snapshot()));
        assertEquals(paid.snapshot(), Order.restore(paid.snapshot()).snapshot());
    }

    @Test
    void aHistoryWithAGapOrAForeignEventIsRefused() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        var gap = new OrderEvent.PaymentFailed(placed.ref(), 3, TestOrders.T0, "x");
        assertThrows(IllegalArgumentException.class, () -> placed.apply(gap));
        var foreign = new OrderEvent.PaymentFailed(new OrderRef(placed.tenantId(), OrderId.of("OTHER")), 2,
                TestOrders.T0, "x");
        assertThrows(IllegalArgumentException.class, () -> placed.apply(foreign));
        var next = new OrderEvent.PaymentFailed(placed.ref(), 2, TestOrders.T0, "x");
        var skipsThree = new OrderEvent.PaymentFailed(placed.ref(), 4, TestOrders.T0, "x");
        assertThrows(IllegalArgumentException.class, () -> placed.applyAll(List.of(next, skipsThree)),
                "a gap after a good event");
        assertEquals(1, placed.version());
        assertThrows(IllegalArgumentException.class, () -> Order.replay(List.of(), placed.personalData()));
        assertThrows(IllegalArgumentException.class, () -> Order.replay(List.of(gap), placed.personalData()));
    }

    @Test
    void eventsHaveStableTypeNamesThatAreNotJavaClassNames() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        var failed = new OrderEvent.PaymentFailed(placed.ref(), 2, TestOrders.T0, "x");
        assertEquals(new EventType("order.payment-failed", 1), failed.type());
        assertEquals("order", failed.aggregateType());
        assertEquals("INV-1", failed.aggregateId());
        for (Class<?> c : OrderEvent.class.getPermittedSubclasses()) {
            assertTrue(c.isRecord(), c + " is a record");
        }
    }
}
