package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderReplayTest {

    @Test
    void replayingTheHistoryRebuildsAnEqualOrder() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        OrderRef ref = placed.ref();
        Instant t = TestOrders.T0;
        List<OrderEvent> history = new ArrayList<>(List.of(new OrderEvent.Placed(ref, 1, t, placed.type(),
                placed.lifecycle(), placed.channel(), placed.customer(), placed.lines(), placed.orderDiscounts(),
                placed.price(), placed.paymentMethod(), placed.shipping(), placed.paymentTerms(), placed.promisedDate(),
                placed.productionStages(), placed.notes(), placed.idempotencyKey(), placed.fingerprint(),
                placed.probableDuplicateOf(), placed.status())));
        history.add(new OrderEvent.PaymentConfirmed(ref, 2, t.plusSeconds(60), placed.amountDue(), "VA-88"));
        history.add(new OrderEvent.StatusChanged(ref, 3, t.plusSeconds(60), OrderStatus.AWAITING_PAYMENT,
                OrderStatus.ACCEPTED, OrderTrigger.CONFIRM_PAYMENT));
        history.add(new OrderEvent.Shipped(ref, 4, t.plusSeconds(120), "jne", "JNE0001"));

        Order order = placed;
        for (OrderEvent e : history.subList(1, history.size())) {
            order = order.apply(e);
        }
        assertEquals(order, Order.replay(history));
        assertEquals(4, order.version());
        assertEquals(PaymentStatus.PAID, order.paymentStatus());
        assertEquals(Money.zero(Money.IDR), order.amountDue());
        assertEquals("JNE0001", order.trackingNumber().orElseThrow());
        assertEquals(t.plusSeconds(60), order.statusTimestamps().get(OrderStatus.ACCEPTED));
        assertNotEquals(placed, order);
    }

    @Test
    void aHistoryWithAGapOrAForeignEventIsRefused() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        var gap = new OrderEvent.PaymentFailed(placed.ref(), 3, TestOrders.T0, "x");
        assertThrows(IllegalArgumentException.class, () -> placed.apply(gap));
        var foreign = new OrderEvent.PaymentFailed(new OrderRef(placed.tenantId(), OrderId.of("OTHER")), 2,
                TestOrders.T0, "x");
        assertThrows(IllegalArgumentException.class, () -> placed.apply(foreign));
        assertThrows(IllegalArgumentException.class, () -> Order.replay(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Order.replay(List.of(gap)));
    }

    @Test
    void eventIdsAreDeterministicAndDifferPerTenantOrderAndSequence() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        var a = new OrderEvent.PaymentFailed(placed.ref(), 2, TestOrders.T0, "x");
        var sameAgain = new OrderEvent.PaymentFailed(placed.ref(), 2, TestOrders.T0.plusSeconds(5), "y");
        var otherTenant = new OrderEvent.PaymentFailed(new OrderRef(dev.orderan.core.common.TenantId.of("other"),
                placed.id()), 2, TestOrders.T0, "x");
        assertEquals(a.eventId(), sameAgain.eventId());
        assertNotEquals(a.eventId(), otherTenant.eventId());
        assertNotEquals(a.eventId(), new OrderEvent.PaymentFailed(placed.ref(), 3, TestOrders.T0, "x").eventId());
    }
}
