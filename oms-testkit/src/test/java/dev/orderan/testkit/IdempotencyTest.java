package dev.orderan.testkit;

import static dev.orderan.testkit.OrderFixtures.TENANT;
import static dev.orderan.testkit.OrderFixtures.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.CommandResult;
import dev.orderan.core.order.DuplicateOrderIdException;
import dev.orderan.core.order.IdempotencyConflictException;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.PlacementResult;
import dev.orderan.core.store.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every command from outside is carried out once, however often it arrives. */
class IdempotencyTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final OrderService orders = OrderService.builder().store(store).clock(clock).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void repeatingAPlacementWithTheSameKeyReturnsTheFirstOrderAndStoresNothingNew() {
        PlaceOrder command = placement(OrderType.B2C_PREPAID, "I-1").build();
        Order first = orders.place(command).order();
        long pending = store.outbox().pending();
        clock.advance(java.time.Duration.ofMinutes(1));
        PlacementResult again = orders.place(command);
        assertTrue(again.replayed());
        assertEquals(first, again.order());
        assertEquals(pending, store.outbox().pending());
    }

    @Test
    void reusingAKeyWithOtherContentOrAnIdWithAnotherKeyIsRefused() {
        orders.place(placement(OrderType.B2C_PREPAID, "I-2").idempotencyKey("cart-77").build());
        PlaceOrder different = placement(OrderType.B2C_PREPAID, "I-3").idempotencyKey("cart-77")
                .line(OrderLine.goods(Sku.of("EXTRA"), "Extra", 1, Money.idr(5_000))).build();
        IdempotencyConflictException e = assertThrows(IdempotencyConflictException.class, () -> orders.place(different));
        assertEquals(OrderId.of("I-2"), e.existingOrder());
        assertThrows(DuplicateOrderIdException.class,
                () -> orders.place(placement(OrderType.B2C_PREPAID, "I-2").idempotencyKey("cart-78").build()));
    }

    @Test
    void productionStagesThatOnlyLookAlikeWhenJoinedAreDifferentContent() {
        orders.place(PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("I-4")).idempotencyKey("mto-1")
                .type(OrderType.MADE_TO_ORDER).customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(Sku.of("PAGAR"), "Pagar besi", 1, Money.idr(2_000_000)))
                .paymentMethod(dev.orderan.core.order.PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(OrderFixtures.jneRegular())
                .productionStages("cut\u0001weld").build());
        PlaceOrder lookalike = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("I-4")).idempotencyKey("mto-1")
                .type(OrderType.MADE_TO_ORDER).customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(Sku.of("PAGAR"), "Pagar besi", 1, Money.idr(2_000_000)))
                .paymentMethod(dev.orderan.core.order.PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(OrderFixtures.jneRegular())
                .productionStages("cut", "weld").build();
        assertThrows(IdempotencyConflictException.class, () -> orders.place(lookalike),
                "a different placement is never silently replayed");
    }

    @Test
    void identicalPlacementsRacingAlwaysGetTheFirstResultNeverAFalseDuplicateId() throws Exception {
        for (int round = 0; round < 200; round++) {
            PlaceOrder command = placement(OrderType.B2C_PREPAID, "RACE-" + round).build();
            List<PlacementResult> results = race(() -> orders.place(command), 4);
            assertEquals(1, results.stream().filter(r -> !r.replayed()).count(), "round " + round);
            for (PlacementResult r : results) {
                assertEquals(results.get(0).order().id(), r.order().id());
            }
        }
    }

    @Test
    void aDifferentPlacementRacingForTheSameKeyIsAlwaysAConflict() throws Exception {
        for (int round = 0; round < 200; round++) {
            String key = "race-key-" + round;
            PlaceOrder a = placement(OrderType.B2C_PREPAID, "RA-" + round).idempotencyKey(key).build();
            PlaceOrder b = placement(OrderType.B2C_PREPAID, "RA-" + round).idempotencyKey(key)
                    .line(OrderLine.goods(Sku.of("EXTRA"), "Extra", 1, Money.idr(5_000))).build();
            CountDownLatch start = new CountDownLatch(1);
            Future<Object> fa = pool.submit(() -> attempt(start, a));
            Future<Object> fb = pool.submit(() -> attempt(start, b));
            start.countDown();
            List<Object> outcomes = List.of(fa.get(10, TimeUnit.SECONDS), fb.get(10, TimeUnit.SECONDS));
            assertEquals(1, outcomes.stream().filter(o -> o instanceof PlacementResult).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o instanceof IdempotencyConflictException).count(),
                    "round " + round + ": " + outcomes);
        }
    }

    private Object attempt(CountDownLatch start, PlaceOrder command) throws InterruptedException {
        start.await();
        try {
            return orders.place(command);
        } catch (IdempotencyConflictException | DuplicateOrderIdException e) {
            return e;
        }
    }

    private <T> List<T> race(Callable<T> task, int n) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(10, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void aCommandWithTheCallersIdIsCarriedOutOnceAndItsEventsCarryTheIds() {
        Order order = orders.place(placement(OrderType.B2C_PREPAID, "I-5").build()).order();
        CommandMetadata meta = CommandMetadata.withCommandId("hook-1").correlatedWith("checkout-7");
        CommandResult first = orders.handle(TENANT, order.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "x"), meta);
        assertFalse(first.replayed());
        assertEquals("hook-1", first.events().get(0).metadata().commandId().orElseThrow());
        assertEquals("checkout-7", first.events().get(0).metadata().correlationId());
        CommandResult again = orders.handle(TENANT, order.id(), new OrderCommand.Cancel(CancelledBy.CUSTOMER, "x"), meta);
        assertTrue(again.replayed());
        assertEquals(first.order(), again.order());
        assertThrows(IdempotencyConflictException.class, () -> orders.handle(TENANT, order.id(),
                new OrderCommand.Cancel(CancelledBy.SELLER, "other"), meta));
    }
}
