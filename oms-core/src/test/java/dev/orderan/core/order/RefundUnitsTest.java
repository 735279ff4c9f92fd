package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refunds of single units: the last unit of a line can be refunded; a unit index equal to the
 * line's quantity (one past the last) or a line past the last is refused naming the field, and a
 * refused refund changes nothing.
 */
class RefundUnitsTest {

    /** A paid prepaid order: two shirts (line 0) and a tote bag (line 1). */
    private static Order paid() {
        Order placed = TestOrders.placed(OrderType.B2C_PREPAID);
        return TestOrders.decider().decide(placed, new OrderCommand.ConfirmPayment(placed.amountDue(), "VA-1"),
                TestOrders.T0).order();
    }

    private static OrderCommand.Refund refund(UnitRef... units) {
        return new OrderCommand.Refund("R-1", List.of(units), "rusak");
    }

    @Test
    void theLastUnitOfALineCanBeRefundedForExactlyWhatItCost() {
        Order order = paid();
        assertEquals(2, order.price().quantity(0));
        OrderDecider.Decision last = TestOrders.decider().decide(order, refund(new UnitRef(0, 1)), TestOrders.T0);
        assertTrue(last.order().isRefunded(new UnitRef(0, 1)));
        assertFalse(last.order().isRefunded(new UnitRef(0, 0)));
        OrderEvent.Refunded event = (OrderEvent.Refunded) last.events().get(0);
        assertEquals(Money.ofMinor(order.price().paidMinor(0, 1), Money.IDR), event.amount());
    }

    @Test
    void aUnitIndexEqualToTheLineQuantityIsRefusedNamingTheFieldAndNothingChanges() {
        Order order = paid();
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> TestOrders.decider().decide(order, refund(new UnitRef(0, 2)), TestOrders.T0));
        assertEquals(List.of(new Violation("units[0].unitIndex", "Range", "must be below the line's quantity 2, was 2")),
                e.violations());
        assertTrue(order.refundedUnits().isEmpty());
        ValidationFailedException line = assertThrows(ValidationFailedException.class,
                () -> TestOrders.decider().decide(order, refund(new UnitRef(1, 0), new UnitRef(2, 0)), TestOrders.T0));
        assertEquals(List.of(new Violation("units[1].lineIndex", "Range", "must be below the order's 2 lines, was 2")),
                line.violations());
        ValidationFailedException twice = assertThrows(ValidationFailedException.class,
                () -> TestOrders.decider().decide(order, refund(new UnitRef(0, 0), new UnitRef(0, 0)), TestOrders.T0));
        assertEquals(List.of(new Violation("units[1]", "Unique", "repeats units[0]")), twice.violations());
    }

    @Test
    void aBreakdownRefusesAUnitPastTheLastNamingTheRange() {
        PriceBreakdown price = paid().price();
        IndexOutOfBoundsException unit = assertThrows(IndexOutOfBoundsException.class, () -> price.unit(0, 2));
        assertEquals("unitIndex: must be between 0 and 1, was 2", unit.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> price.paidMinor(0, -1));
        IndexOutOfBoundsException line = assertThrows(IndexOutOfBoundsException.class, () -> price.unit(2, 0));
        assertEquals("lineIndex: must be between 0 and 1, was 2", line.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> price.quantity(-1));
    }
}
