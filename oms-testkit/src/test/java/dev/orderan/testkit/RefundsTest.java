package dev.orderan.testkit;

import static dev.orderan.testkit.OrderFixtures.TENANT;
import static dev.orderan.testkit.OrderFixtures.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.IdempotencyConflictException;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentStatus;
import dev.orderan.core.order.RefundRejectedException;
import dev.orderan.core.pricing.UnitAlreadyRefundedException;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refunds are commands and events of the order, with amounts from the exact unit allocation. */
class RefundsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock).build();

    private Order run(Order order, OrderCommand command) {
        return orders.execute(TENANT, order.id(), command);
    }

    private Order delivered(String id) {
        Order o = orders.place(placement(OrderType.B2C_PREPAID, id).orderDiscount(Money.idr(25_000)).build()).order();
        o = run(o, new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + id));
        for (OrderCommand c : List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-" + id), new OrderCommand.Deliver("Siti"))) {
            o = run(o, c);
        }
        return o;
    }

    private List<OrderEvent> events(Order o) {
        return orders.history(TENANT, o.id()).stream().map(EventEnvelope::event).toList();
    }

    @Test
    void refundingOneUnitPaysBackExactlyWhatItCostAndTheHistoryRemembersIt() {
        Order order = delivered("R-1");
        UnitRef shirt = new UnitRef(0, 1);
        Money unitPaid = Money.ofMinor(order.price().paidMinor(0, 1), Money.IDR);
        Order after = run(order, new OrderCommand.Refund("RF-1", List.of(shirt), "wrong size"));
        assertEquals(unitPaid, after.amountRefunded());
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, after.paymentStatus());
        assertEquals(order.amountPaid().minus(unitPaid), after.netPaid());
        assertTrue(after.isRefunded(shirt));
        assertEquals(OrderStatus.DELIVERED, after.status(), "refunds never change the status");
        OrderEvent.Refunded event = (OrderEvent.Refunded) events(after).get(events(after).size() - 1);
        assertEquals(List.of(new OrderEvent.RefundedUnits(0, 1, 1, unitPaid)), event.units());
        assertEquals(OrderEvent.Refunded.TYPE, event.type());
        assertEquals(after, Order.replay(events(after), after.personalData()), "replay keeps the refund");
    }

    @Test
    void aUnitIsRefundedOnceAndARepeatedRefundIdReturnsTheFirstResult() {
        Order order = delivered("R-2");
        Order first = run(order, new OrderCommand.Refund("RF-2", List.of(new UnitRef(0, 0)), "damaged"));
        assertEquals(first, run(first, new OrderCommand.Refund("RF-2", List.of(new UnitRef(0, 0)), "damaged")));
        assertThrows(UnitAlreadyRefundedException.class,
                () -> run(first, new OrderCommand.Refund("RF-3", List.of(new UnitRef(0, 1), new UnitRef(0, 0)), "x")));
        assertEquals(first, orders.find(TENANT, order.id()).orElseThrow(), "a refused refund changes nothing");
    }

    @Test
    void unitsTheOrderDoesNotHaveAreNamedByTheirPath() {
        Order order = delivered("R-3");
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> run(order, new OrderCommand.Refund("RF-4", List.of(new UnitRef(0, 0), new UnitRef(0, 2),
                        new UnitRef(5, 0), new UnitRef(0, 0)), "x")));
        assertEquals(List.of("units[1].unitIndex", "units[2].lineIndex", "units[3]"),
                e.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void theSameRefundWithItsUnitsListedInAnotherOrderIsARepeatNotAConflict() {
        Order order = delivered("R-12");
        Order first = run(order, new OrderCommand.Refund("RF-13",
                List.of(new UnitRef(1, 0), new UnitRef(0, 1), new UnitRef(0, 0)), "parcel damaged"));
        int eventsAfterFirst = events(first).size();
        Order repeat = run(first, new OrderCommand.Refund("RF-13",
                List.of(new UnitRef(0, 0), new UnitRef(1, 0), new UnitRef(0, 1)), "parcel damaged"));
        assertEquals(first, repeat, "the first result");
        assertEquals(eventsAfterFirst, events(repeat).size(), "nothing refunded twice");
        // Other units under the same refund id are other content.
        assertThrows(IdempotencyConflictException.class, () -> run(first, new OrderCommand.Refund("RF-13",
                List.of(new UnitRef(0, 1), new UnitRef(0, 0)), "parcel damaged")));
    }

    @Test
    void aRepeatedRefundIsHeldToTheRulesOfRefundsBeforeItIsRecognised() {
        Order order = delivered("R-13");
        Order first = run(order, new OrderCommand.Refund("RF-14", List.of(new UnitRef(0, 0), new UnitRef(0, 1)),
                "wrong colour"));
        // A unit named twice is refused the same way whether or not the refund id was seen before.
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> run(first,
                new OrderCommand.Refund("RF-14", List.of(new UnitRef(0, 1), new UnitRef(0, 0), new UnitRef(0, 1)),
                        "wrong colour")));
        assertEquals(List.of("units[2]"), e.violations().stream().map(v -> v.path()).toList());
        assertEquals(first, orders.find(TENANT, order.id()).orElseThrow());
    }

    @Test
    void refundingEverythingOfAReturnedOrderPaysBackTheGrandTotal() {
        Order order = delivered("R-5");
        order = run(order, new OrderCommand.RequestReturn("does not fit"));
        order = run(order, new OrderCommand.ReceiveReturn());
        order = run(order, new OrderCommand.Refund("RF-5", List.of(new UnitRef(1, 0)), "tote returned"));
        order = run(order, new OrderCommand.RefundAll("RF-6", "everything returned"));
        assertEquals(OrderStatus.RETURNED, order.status());
        assertEquals(order.grandTotal(), order.amountRefunded(), "unit by unit, the refunds add up to the total");
        assertEquals(PaymentStatus.REFUNDED, order.paymentStatus());
        assertTrue(order.netPaid().isZero());
        Order done = order;
        assertThrows(RefundRejectedException.class, () -> run(done, new OrderCommand.RefundAll("RF-7", "again")));
    }

    @Test
    void aRefundNeverPaysBackMoreThanWasReceived() {
        Order cod = orders.place(placement(OrderType.B2C_COD, "R-8").build()).order();
        RefundRejectedException e = assertThrows(RefundRejectedException.class,
                () -> run(cod, new OrderCommand.Refund("RF-8", List.of(new UnitRef(0, 0)), "unpaid")));
        assertTrue(e.getMessage().contains("only IDR 0 was received"), e.getMessage());
        assertEquals(Money.idr(0), e.available());
        Order partly = run(cod, new OrderCommand.ConfirmPayment(Money.idr(10_000), "COD-PART"));
        assertThrows(RefundRejectedException.class,
                () -> run(partly, new OrderCommand.Refund("RF-9", List.of(new UnitRef(0, 0)), "too much")));
    }

    @Test
    void theExcessOfAnOverpaymentOrOfACancelledOrderIsPaidBack() {
        Order over = orders.place(placement(OrderType.B2C_PREPAID, "R-10").build()).order();
        over = run(over, new OrderCommand.ConfirmPayment(over.grandTotal().plus(Money.idr(347)), "TRF-347"));
        over = run(over, new OrderCommand.RefundExcess("RF-10", "unique transfer code"));
        assertEquals(Money.idr(347), over.amountRefunded());
        assertTrue(over.refundDue().isZero());
        assertEquals(OrderStatus.ACCEPTED, over.status());

        Order cancelled = orders.place(placement(OrderType.B2C_PREPAID, "R-11").build()).order();
        cancelled = run(cancelled, new OrderCommand.ConfirmPayment(cancelled.grandTotal(), "VA-11"));
        cancelled = run(cancelled, new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
        assertEquals(cancelled.grandTotal(), cancelled.refundDue());
        cancelled = run(cancelled, new OrderCommand.RefundAll("RF-11", "cancelled after payment"));
        assertEquals(cancelled.grandTotal(), cancelled.amountRefunded());
        assertEquals(PaymentStatus.REFUNDED, cancelled.paymentStatus());
        Order nothingLeft = cancelled;
        assertThrows(RefundRejectedException.class,
                () -> run(nothingLeft, new OrderCommand.RefundExcess("RF-12", "again")));
    }
}
