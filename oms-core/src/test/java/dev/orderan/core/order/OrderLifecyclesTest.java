package dev.orderan.core.order;

import static dev.orderan.core.order.OrderStatus.*;
import static dev.orderan.core.order.OrderTrigger.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.lifecycle.GuardRejectedException;
import dev.orderan.core.lifecycle.IllegalTransitionException;
import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.money.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderLifecyclesTest {

    /** A command for every trigger, with data that passes the guards of an unpaid order. */
    private static OrderCommand commandFor(OrderTrigger trigger, Order order) {
        return switch (trigger) {
            case APPROVE -> new OrderCommand.Approve("Budi");
            case REJECT -> new OrderCommand.Reject("credit limit");
            case APPROVE_DESIGN -> new OrderCommand.ApproveDesign("Budi");
            case REVISE_DESIGN -> new OrderCommand.ReviseDesign("2 mm steel");
            case CONFIRM_PAYMENT -> new OrderCommand.ConfirmPayment(order.amountDue(), "VA-1");
            case FAIL_PAYMENT -> new OrderCommand.FailPayment("insufficient balance");
            case RETRY_PAYMENT -> new OrderCommand.RetryPayment();
            case EXPIRE_PAYMENT -> new OrderCommand.ExpirePayment();
            case RECEIVE_SUPPLY -> new OrderCommand.ReceiveSupply();
            case FORWARD_TO_SUPPLIER -> new OrderCommand.ForwardToSupplier("PT Pemasok");
            case CONFIRM_BY_SUPPLIER -> new OrderCommand.ConfirmBySupplier();
            case DECLINE_BY_SUPPLIER -> new OrderCommand.DeclineBySupplier("sold out");
            case COMPLETE_STAGE -> new OrderCommand.CompleteStage(order.productionStages().isEmpty() ? "x"
                    : order.productionStages().get(0));
            case FINISH_PRODUCTION -> new OrderCommand.FinishProduction();
            case START_PROCESSING -> new OrderCommand.StartProcessing();
            case PACK -> new OrderCommand.Pack();
            case SHIP -> new OrderCommand.Ship("jne", "JNE123");
            case DELIVER -> new OrderCommand.Deliver("Siti");
            case RETURN_TO_SENDER -> new OrderCommand.ReturnToSender("address not found");
            case COMPLETE -> new OrderCommand.Complete();
            case CANCEL -> new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind");
            case REQUEST_RETURN -> new OrderCommand.RequestReturn("wrong size");
            case RECEIVE_RETURN -> new OrderCommand.ReceiveReturn();
            case REJECT_RETURN -> new OrderCommand.RejectReturn("outside window");
            case REFUND -> new OrderCommand.RefundAll("R-1", "returned");
            case ERASE_PERSONAL_DATA -> new OrderCommand.ErasePersonalData();
        };
    }

    private static OrderStatus fire(OrderType type, Order order, OrderStatus from, OrderTrigger trigger) {
        // Payment rows are fired with the payment recorded, as the decider does.
        Order seen = trigger == CONFIRM_PAYMENT ? paid(order) : order;
        OrderContext ctx = new OrderContext(seen, commandFor(trigger, order), TestOrders.T0);
        return OrderLifecycles.forType(type).fire(from, trigger, ctx).to();
    }

    private static List<OrderStatus> walk(OrderType type, Order order, OrderTrigger... triggers) {
        List<OrderStatus> seen = new ArrayList<>();
        OrderStatus s = OrderLifecycles.forType(type).initial();
        seen.add(s);
        for (OrderTrigger t : triggers) {
            s = fire(type, order, s, t);
            seen.add(s);
        }
        return seen;
    }

    private static Order paid(Order order) {
        return order.amountDue().isZero() ? order : order.apply(new OrderEvent.PaymentReceived(order.ref(),
                order.version() + 1, TestOrders.T0, order.amountDue(), "cash"));
    }

    @Test
    void b2cPrepaidGoesFromPaymentToCompletion() {
        Order o = TestOrders.placed(OrderType.B2C_PREPAID);
        assertEquals(List.of(AWAITING_PAYMENT, ACCEPTED, PROCESSING, PACKED, SHIPPED, DELIVERED, COMPLETED),
                walk(OrderType.B2C_PREPAID, o, CONFIRM_PAYMENT, START_PROCESSING, PACK, SHIP, DELIVER, COMPLETE));
    }

    @Test
    void b2cPrepaidSuspendsOnFailedPaymentAndRecoversOnRetry() {
        Order o = TestOrders.placed(OrderType.B2C_PREPAID);
        assertEquals(List.of(AWAITING_PAYMENT, PAYMENT_FAILED, AWAITING_PAYMENT, ACCEPTED),
                walk(OrderType.B2C_PREPAID, o, FAIL_PAYMENT, RETRY_PAYMENT, CONFIRM_PAYMENT));
        assertEquals(List.of(AWAITING_PAYMENT, PAYMENT_FAILED, CANCELLED),
                walk(OrderType.B2C_PREPAID, o, FAIL_PAYMENT, EXPIRE_PAYMENT));
    }

    @Test
    void anOrderNotPaidInFullDoesNotMoveOnAndTheGuardNamesTheAmounts() {
        Order o = TestOrders.placed(OrderType.B2C_PREPAID);
        Order partly = o.apply(new OrderEvent.PaymentReceived(o.ref(), o.version() + 1, TestOrders.T0,
                o.amountDue().minus(Money.idr(1)), "VA-1"));
        var ctx = new OrderContext(partly, new OrderCommand.ConfirmPayment(Money.idr(1), "VA-1"), TestOrders.T0);
        GuardRejectedException e = assertThrows(GuardRejectedException.class,
                () -> OrderLifecycles.forType(OrderType.B2C_PREPAID).fire(AWAITING_PAYMENT, CONFIRM_PAYMENT, ctx));
        assertEquals(List.of("paid in full"), e.failedGuards());
        var f = dev.orderan.core.money.MoneyFormat.english();
        assertEquals(List.of("paid " + f.format(o.amountDue().minus(Money.idr(1))) + " of " + f.format(o.amountDue())
                + "; IDR 1 missing"), e.explanations());
        assertTrue(e.getMessage().contains("IDR 1 missing"), e.getMessage());
    }

    @Test
    void returnsAndFailedDeliveriesEndInReturned() {
        Order o = TestOrders.placed(OrderType.B2C_PREPAID);
        assertEquals(RETURNED, walk(OrderType.B2C_PREPAID, o, CONFIRM_PAYMENT, START_PROCESSING, PACK, SHIP,
                RETURN_TO_SENDER).get(5));
        assertEquals(List.of(DELIVERED, RETURN_REQUESTED, DELIVERED, RETURN_REQUESTED, RETURNED),
                walk(OrderType.B2C_PREPAID, o, CONFIRM_PAYMENT, START_PROCESSING, PACK, SHIP, DELIVER, REQUEST_RETURN,
                        REJECT_RETURN, REQUEST_RETURN, RECEIVE_RETURN).subList(5, 10));
    }

    @Test
    void codIsAcceptedAtOnceAndCompletesOnlyWhenTheCashIsRemitted() {
        Order o = TestOrders.placed(OrderType.B2C_COD);
        assertEquals(List.of(ACCEPTED, PROCESSING, PACKED, SHIPPED, DELIVERED),
                walk(OrderType.B2C_COD, o, START_PROCESSING, PACK, SHIP, DELIVER));
        assertThrows(GuardRejectedException.class, () -> fire(OrderType.B2C_COD, o, DELIVERED, COMPLETE));
        assertEquals(DELIVERED, fire(OrderType.B2C_COD, o, DELIVERED, CONFIRM_PAYMENT), "cash collection keeps the status");
        assertEquals(COMPLETED, fire(OrderType.B2C_COD, paid(o), DELIVERED, COMPLETE));
        assertThrows(IllegalTransitionException.class, () -> fire(OrderType.B2C_COD, o, ACCEPTED, CONFIRM_PAYMENT),
                "the table has no payment row before shipping (the decider still records such a payment)");
    }

    @Test
    void b2bNeedsApprovalAndIsPaidOnTermsBeforeCompletion() {
        Order o = TestOrders.placed(OrderType.B2B);
        assertEquals(List.of(PENDING_APPROVAL, ACCEPTED, PROCESSING, PACKED, SHIPPED, DELIVERED),
                walk(OrderType.B2B, o, APPROVE, START_PROCESSING, PACK, SHIP, DELIVER));
        assertEquals(CANCELLED, fire(OrderType.B2B, o, PENDING_APPROVAL, REJECT));
        assertThrows(GuardRejectedException.class, () -> fire(OrderType.B2B, o, DELIVERED, COMPLETE));
        assertEquals(COMPLETED, fire(OrderType.B2B, paid(o), DELIVERED, COMPLETE));
        for (OrderStatus s : List.of(ACCEPTED, PROCESSING, PACKED, SHIPPED, DELIVERED)) {
            assertEquals(s, fire(OrderType.B2B, o, s, CONFIRM_PAYMENT), "invoice paid in " + s);
        }
    }

    @Test
    void dropshipIsForwardedToTheSupplierWhoShips() {
        Order o = TestOrders.placed(OrderType.DROPSHIP);
        assertEquals(List.of(AWAITING_PAYMENT, ACCEPTED, AWAITING_SUPPLIER, PROCESSING, SHIPPED, DELIVERED, COMPLETED),
                walk(OrderType.DROPSHIP, o, CONFIRM_PAYMENT, FORWARD_TO_SUPPLIER, CONFIRM_BY_SUPPLIER, SHIP, DELIVER,
                        COMPLETE));
        assertEquals(CANCELLED, fire(OrderType.DROPSHIP, o, AWAITING_SUPPLIER, DECLINE_BY_SUPPLIER));
        assertThrows(IllegalTransitionException.class, () -> fire(OrderType.DROPSHIP, o, PROCESSING, PACK));
    }

    @Test
    void preOrderWaitsForSupplyAfterPayment() {
        Order o = TestOrders.placed(OrderType.PRE_ORDER);
        assertEquals(List.of(AWAITING_PAYMENT, AWAITING_SUPPLY, ACCEPTED, PROCESSING),
                walk(OrderType.PRE_ORDER, o, CONFIRM_PAYMENT, RECEIVE_SUPPLY, START_PROCESSING));
        assertEquals(CANCELLED, fire(OrderType.PRE_ORDER, o, AWAITING_SUPPLY, CANCEL));
    }

    @Test
    void madeToOrderNeedsDesignApprovalPaymentAndEveryStage() {
        Order o = TestOrders.placed(OrderType.MADE_TO_ORDER);
        assertEquals(List.of(AWAITING_DESIGN_APPROVAL, AWAITING_DESIGN_APPROVAL, AWAITING_PAYMENT, IN_PRODUCTION,
                        IN_PRODUCTION),
                walk(OrderType.MADE_TO_ORDER, o, REVISE_DESIGN, APPROVE_DESIGN, CONFIRM_PAYMENT, COMPLETE_STAGE));
        assertThrows(GuardRejectedException.class, () -> fire(OrderType.MADE_TO_ORDER, o, IN_PRODUCTION, FINISH_PRODUCTION));
        Order done = o;
        for (String stage : o.productionStages()) {
            done = done.apply(new OrderEvent.StageCompleted(o.ref(), done.version() + 1, TestOrders.T0, stage));
        }
        assertEquals(PACKED, fire(OrderType.MADE_TO_ORDER, done, IN_PRODUCTION, FINISH_PRODUCTION));
        Order finished = done;
        assertThrows(GuardRejectedException.class, () -> fire(OrderType.MADE_TO_ORDER, finished, IN_PRODUCTION,
                COMPLETE_STAGE), "a stage is completed only once");
    }

    @Test
    void subscriptionWithNothingToShipCompletesRightAfterPayment() {
        Order goods = TestOrders.placed(OrderType.SUBSCRIPTION);
        assertThrows(GuardRejectedException.class, () -> fire(OrderType.SUBSCRIPTION, goods, ACCEPTED, COMPLETE));
        Order digital = TestOrders.placed(TestOrders.placement(OrderType.SUBSCRIPTION)
                .shipping(ShippingMethod.none(Money.idr(0))).build());
        assertEquals(List.of(AWAITING_PAYMENT, ACCEPTED, COMPLETED),
                walk(OrderType.SUBSCRIPTION, digital, CONFIRM_PAYMENT, COMPLETE));
        assertEquals(List.of(AWAITING_PAYMENT, PAYMENT_FAILED, AWAITING_PAYMENT, PAYMENT_FAILED, CANCELLED),
                walk(OrderType.SUBSCRIPTION, digital, FAIL_PAYMENT, RETRY_PAYMENT, FAIL_PAYMENT, EXPIRE_PAYMENT),
                "dunning: retries, then the renewal lapses");
    }

    static Stream<Arguments> everyUndeclaredStateAndTrigger() {
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<OrderType, Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> e
                : OrderLifecycles.builtIn().entrySet()) {
            for (OrderStatus s : e.getValue().states()) {
                for (OrderTrigger t : OrderTrigger.values()) {
                    if (!e.getValue().allowedTriggers(s).contains(t)) {
                        cases.add(Arguments.of(e.getKey(), s, t));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} in {1} is illegal")
    @MethodSource("everyUndeclaredStateAndTrigger")
    void everyTriggerAStateDoesNotDeclareIsRefusedWithTheAllowedOnesNamed(OrderType type, OrderStatus state,
                                                                       OrderTrigger trigger) {
        Order o = TestOrders.placed(type);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> fire(type, o, state, trigger));
        assertEquals(OrderLifecycles.forType(type).name(), e.machine());
        assertEquals(state, e.from());
        assertEquals(trigger, e.trigger());
        assertEquals(OrderLifecycles.forType(type).allowedTriggers(state), e.allowedTriggers());
        assertTrue(!(e instanceof GuardRejectedException));
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void finalStatesAreTheSameForEveryTypeAndAllowNothing(OrderType type) {
        var lifecycle = OrderLifecycles.forType(type);
        assertEquals(EnumSet.of(COMPLETED, CANCELLED, RETURNED), lifecycle.terminalStates());
        for (OrderStatus s : lifecycle.terminalStates()) {
            assertEquals(Set.of(), lifecycle.allowedTriggers(s));
        }
        assertTrue(lifecycle.states().contains(COMPLETED) && lifecycle.states().contains(CANCELLED));
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void everyStatusChangeEmitsAStatusChangedEventWithTheNextSequence(OrderType type) {
        Order o = TestOrders.placed(type);
        var lifecycle = OrderLifecycles.forType(type);
        for (var t : lifecycle.transitions()) {
            if (t.isInternal()) {
                continue;
            }
            OrderContext ctx = new OrderContext(o, commandFor(t.trigger(), o), TestOrders.T0);
            OrderEvent event = t.createEvent(ctx);
            assertEquals(new OrderEvent.StatusChanged(o.ref(), o.version() + 1, TestOrders.T0, t.from(), t.to(),
                    t.trigger()), event);
        }
    }

    @Test
    void customerFacingLabelsExistInIndonesianAndEnglish() {
        assertEquals("Menunggu Pembayaran", AWAITING_PAYMENT.customerStatus().indonesian());
        assertEquals("Awaiting payment", AWAITING_PAYMENT.customerStatus().english());
        assertEquals("Dikemas", PACKED.customerStatus().label(java.util.Locale.forLanguageTag("id")));
        assertEquals("Shipped", SHIPPED.customerStatus().label(java.util.Locale.ENGLISH));
        assertEquals(CustomerStatus.DIKEMBALIKAN, RETURNED.customerStatus());
        assertEquals(CustomerStatus.SELESAI, COMPLETED.customerStatus());
    }
}
