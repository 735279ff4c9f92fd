package dev.orderan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderPersonalData;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.DuplicateCommandException;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.core.store.Versioned;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.orderan.core.order.OrderStore} (with its unit of work, processed commands
 * and outbox) must guarantee: everything {@link AggregateStoreContract} checks, with orders as the
 * aggregate (placed orders with further events as test data), plus what the order service relies
 * on (its queries, processed commands, personal data). Extend it in your adapter's tests and
 * return a fresh, empty adapter from {@link #newSubject()}:
 *
 * <pre>{@code
 * class MyOrderStoreTest extends OrderStoreContract {
 *     protected StoreSubject newSubject() {
 *         MyDatabase db = MyDatabase.startEmpty();
 *         return new StoreSubject(db.unitOfWork(), db.orders(), db.processedCommands(), db.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class OrderStoreContract extends AggregateStoreContract<Order, OrderEvent> {

    private static final TenantId OTHER = TenantId.of("tokolain");

    /** The adapter under test. */
    protected StoreSubject subject;
    /** The test's clock. */
    protected TestClock clock;
    /** An order service over the adapter. */
    protected OrderService orders;

    /** A placed order's events and personal data: the start of each generic test's order. */
    private record Sample(List<OrderEvent> placement, OrderPersonalData personalData) {
    }

    /** The generic tests' placements, made once per tenant and order id. */
    private final Map<String, Sample> samples = new ConcurrentHashMap<>();

    /** A fresh, empty adapter for one test. */
    protected abstract StoreSubject newSubject();

    /**
     * The generic kit's subject: the order store of the adapter {@link #newSubject()} returns (this
     * also sets {@link #subject}, before {@link AggregateStoreContract}'s set-up hands it on).
     */
    @Override
    protected final AggregateSubject<Order, OrderEvent> newAggregateSubject() {
        subject = newSubject();
        return new AggregateSubject<>(subject.unitOfWork(), subject.orders(), subject.outbox());
    }

    @BeforeEach
    void setUpOrderService() {
        clock = new TestClock(T0);
        orders = OrderService.builder().unitOfWork(subject.unitOfWork()).orders(subject.orders())
                .processedCommands(subject.processedCommands()).clock(clock).build();
    }

    /**
     * The generic tests' orders: a placed order (its placement events first) followed by failed
     * payment attempts, one event each.
     */
    @Override
    protected final OrderEvent eventAt(TenantId tenant, String aggregateId, long sequence) {
        List<OrderEvent> placement = sample(tenant, aggregateId).placement();
        if (sequence <= placement.size()) {
            return placement.get((int) sequence - 1);
        }
        return new OrderEvent.PaymentFailed(new OrderRef(tenant, OrderId.of(aggregateId)), sequence, T0,
                "card declined, attempt " + sequence);
    }

    @Override
    protected final Order stateAt(TenantId tenant, String aggregateId, long version) {
        List<OrderEvent> events = new ArrayList<>();
        for (long s = 1; s <= version; s++) {
            events.add(eventAt(tenant, aggregateId, s));
        }
        return Order.replay(events, sample(tenant, aggregateId).personalData());
    }

    /** The placement of a fixture order, made by an order service over a store of its own (not the adapter's). */
    private Sample sample(TenantId tenant, String aggregateId) {
        return samples.computeIfAbsent(tenant.value() + "/" + aggregateId, k -> {
            OrderService scratch = OrderService.builder().store(new InMemoryStore()).clock(new TestClock(T0)).build();
            Order placed = scratch.place(OrderFixtures.placement(OrderType.B2C_PREPAID, aggregateId).tenant(tenant)
                    .build()).order();
            return new Sample(scratch.history(tenant, placed.id()).stream().map(EventEnvelope::event).toList(),
                    placed.personalData());
        });
    }

    private Order place(String id) {
        return orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, id).build()).order();
    }

    private Optional<Versioned<Order>> load(TenantId tenant, String id) {
        return subject.unitOfWork().inTransaction(tenant, tx -> subject.orders().load(tx, id));
    }

    private List<EventEnvelope<OrderEvent>> events(TenantId tenant, String id) {
        return subject.unitOfWork().inTransaction(tenant, tx -> subject.orders().events(tx, id));
    }

    @Test
    void aPlacedOrderLoadsBackEqualWithItsWholeHistoryInSequence() {
        Order placed = place("INV-1");
        Order paid = orders.execute(placed.tenantId(), placed.id(),
                new OrderCommand.ConfirmPayment(placed.amountDue(), "VA-1"));
        Versioned<Order> loaded = load(OrderFixtures.TENANT, "INV-1").orElseThrow();
        assertEquals(paid, loaded.state());
        assertEquals(paid.version(), loaded.version());
        List<EventEnvelope<OrderEvent>> history = events(OrderFixtures.TENANT, "INV-1");
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).sequence(), "gapless sequence");
        }
        assertEquals(paid.version(), history.size());
        assertEquals(paid, Order.replay(history.stream().map(EventEnvelope::event).toList(), paid.personalData()));
        assertEquals(OrderEvent.Placed.TYPE, history.get(0).type());
    }

    @Test
    void twoWritersOnOneOrderOneWinsAndTheOtherGetsConcurrentModificationWithNoLostUpdate() throws Exception {
        Order placed = place("INV-3");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (String reason : List.of("writer A", "writer B")) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        orders.execute(OrderFixtures.TENANT, placed.id(), placed.version(),
                                new OrderCommand.Cancel(CancelledBy.SELLER, reason));
                        return "won";
                    } catch (ConcurrentModificationException lost) {
                        return "lost";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
            Order after = load(OrderFixtures.TENANT, "INV-3").orElseThrow().state();
            assertEquals(OrderStatus.CANCELLED, after.status());
            assertEquals(placed.version() + 2, after.version(), "one cancellation: its data event and status change");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoOrderNoProcessedCommandAndNoEvent() {
        long pending = subject.outbox().pending();
        RuntimeException boom = new IllegalStateException("boom");
        RuntimeException thrown = assertThrows(IllegalStateException.class,
                () -> subject.unitOfWork().inTransaction(OrderFixtures.TENANT, tx -> {
                    orders.place(tx, OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-4").build(),
                            dev.orderan.core.order.CommandMetadata.none());
                    throw boom;
                }));
        assertEquals(boom, thrown);
        assertTrue(load(OrderFixtures.TENANT, "INV-4").isEmpty());
        assertTrue(events(OrderFixtures.TENANT, "INV-4").isEmpty());
        assertEquals(pending, subject.outbox().pending());
        // The same placement goes through afterwards: its key was not left behind.
        assertFalse(orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-4").build()).replayed());
    }

    @Test
    void oneTenantNeverSeesOrChangesAnothersOrdersOrCommands() {
        Order placed = place("INV-6");
        assertTrue(load(OTHER, "INV-6").isEmpty());
        assertTrue(events(OTHER, "INV-6").isEmpty());
        assertTrue(subject.unitOfWork().inTransaction(OTHER,
                tx -> subject.orders().placedSince(tx, placed.customerId(), T0.minusSeconds(1))).isEmpty());
        assertTrue(subject.unitOfWork().inTransaction(OTHER,
                tx -> subject.orders().paymentOverdue(tx, T0.plus(Duration.ofDays(30)), 10)).isEmpty());
        String key = subject.unitOfWork().inTransaction(OrderFixtures.TENANT, tx -> {
            ProcessedCommand c = new ProcessedCommand("k-1", "f", "order", "INV-6", 1, T0);
            subject.processedCommands().record(tx, c);
            return c.key();
        });
        assertTrue(subject.unitOfWork().inTransaction(OTHER, tx -> subject.processedCommands().find(tx, key)).isEmpty());
        // The same order number in another tenant is another order.
        assertFalse(orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-6").tenant(OTHER).build())
                .replayed());
        assertEquals(placed, load(OrderFixtures.TENANT, "INV-6").orElseThrow().state());
    }

    @Test
    void aCustomersRecentOrdersComeNewestFirstAndOverduePaymentsOldestDeadlineFirst() {
        Order first = place("INV-7");
        clock.advance(Duration.ofMinutes(20));
        Order second = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-8")
                .paymentMethod(dev.orderan.core.order.PaymentMethod.QRIS).build()).order();
        CustomerId customer = first.customerId();
        List<Order> recent = subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().placedSince(tx, customer, T0));
        assertEquals(List.of(second.id(), first.id()), recent.stream().map(Order::id).toList());
        assertEquals(List.of(second.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().placedSince(tx, customer, T0.plusSeconds(60))).stream().map(Order::id).toList());
        // QRIS has 15 minutes, the virtual account 24 hours.
        Instant later = T0.plus(Duration.ofHours(25));
        assertEquals(List.of(second.id(), first.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().paymentOverdue(tx, later, 10)));
        assertEquals(List.of(second.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().paymentOverdue(tx, T0.plus(Duration.ofHours(1)), 10)));
        orders.execute(OrderFixtures.TENANT, first.id(), new OrderCommand.ConfirmPayment(first.amountDue(), "VA-7"));
        assertEquals(List.of(second.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().paymentOverdue(tx, later, 10)), "a paid order is not overdue");
        assertEquals(List.of(), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.orders().paymentOverdue(tx, later, 0)));
    }

    @Test
    void queriesSeeOnlyCommittedWritesAfterARollback() {
        Order waiting = place("INV-10");
        CustomerId customer = waiting.customerId();
        Instant later = T0.plus(Duration.ofHours(25));
        // The first query runs inside a transaction that is rolled back after it paid INV-10 and
        // placed INV-11; then again with the queries warmed up before the transaction.
        for (String placedInRollback : List.of("INV-11", "INV-12")) {
            assertThrows(IllegalStateException.class, () -> subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                    tx -> {
                        orders.handle(tx, waiting.id(), new OrderCommand.ConfirmPayment(waiting.amountDue(), "VA-10"),
                                dev.orderan.core.order.CommandMetadata.none());
                        orders.place(tx, OrderFixtures.placement(OrderType.B2C_PREPAID, placedInRollback).build(),
                                dev.orderan.core.order.CommandMetadata.none());
                        assertEquals(List.of(OrderId.of(placedInRollback)), subject.orders().paymentOverdue(tx, later, 10),
                                "inside the transaction its own writes count");
                        assertEquals(2, subject.orders().placedSince(tx, customer, T0).size());
                        throw new IllegalStateException("rolled back");
                    }));
            assertEquals(List.of(waiting.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                    tx -> subject.orders().paymentOverdue(tx, later, 10)));
            assertEquals(List.of(waiting.id()), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                    tx -> subject.orders().placedSince(tx, customer, T0)).stream().map(Order::id).toList());
        }
    }

    @Test
    void aProcessedCommandKeyIsRecordedOncePerTenantAndPurgedAfterItsRetention() {
        ProcessedCommand c = new ProcessedCommand("order|INV-9|payment|VA-1", "fp", "order", "INV-9", 3, T0);
        subject.unitOfWork().inTransaction(OrderFixtures.TENANT, tx -> {
            subject.processedCommands().record(tx, c);
            return null;
        });
        assertEquals(Optional.of(c), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.processedCommands().find(tx, c.key())));
        assertThrows(DuplicateCommandException.class, () -> subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> {
                    subject.processedCommands().record(tx, new ProcessedCommand(c.key(), "other", "order", "INV-9", 4,
                            T0));
                    return null;
                }));
        assertEquals(Optional.of(c), subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.processedCommands().find(tx, c.key())), "the first record stays");
        subject.unitOfWork().inTransaction(OTHER, tx -> {
            subject.processedCommands().record(tx, c);
            return null;
        });
        assertEquals(0, subject.processedCommands().purgeProcessedBefore(T0));
        assertEquals(2, subject.processedCommands().purgeProcessedBefore(T0.plus(Duration.ofHours(24))));
        assertTrue(subject.unitOfWork().inTransaction(OrderFixtures.TENANT,
                tx -> subject.processedCommands().find(tx, c.key())).isEmpty());
    }

    @Test
    void eventsHoldNoPersonalDataAndErasureRemovesItFromTheStoredOrder() {
        Order placed = place("INV-10");
        Order erased = orders.erasePersonalData(OrderFixtures.TENANT, placed.id());
        Order stored = load(OrderFixtures.TENANT, "INV-10").orElseThrow().state();
        assertEquals(erased, stored);
        String name = placed.customer().name();
        String email = placed.customer().email();
        String phone = placed.customer().phone();
        String street = placed.customer().shippingAddress().street();
        for (Object holder : List.of(stored.snapshot(), events(OrderFixtures.TENANT, "INV-10"))) {
            String text = holder.toString() + deepText(holder);
            for (String personal : List.of(name, email, phone, street)) {
                assertFalse(text.contains(personal), personal + " is still stored in " + holder.getClass().getSimpleName());
            }
        }
        assertEquals(placed.customerId(), stored.customerId());
        assertEquals(placed.customer().shippingAddress().postalCode(), stored.customer().shippingAddress().postalCode());
    }

    /** The text of every record component, unmasked, to look for personal data. */
    private static String deepText(Object o) {
        StringBuilder sb = new StringBuilder();
        deep(o, sb, 0);
        return sb.toString();
    }

    private static void deep(Object o, StringBuilder sb, int depth) {
        if (o == null || depth > 8) {
            return;
        }
        if (o instanceof Iterable<?> it) {
            for (Object x : it) {
                deep(x, sb, depth + 1);
            }
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(x -> deep(x, sb, depth + 1));
        } else if (o.getClass().isRecord()) {
            for (var c : o.getClass().getRecordComponents()) {
                try {
                    deep(c.getAccessor().invoke(o), sb, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            sb.append(o).append('\n');
        }
    }

    /** The id of an order of the fixtures. */
    protected static OrderId id(String value) {
        return OrderId.of(value);
    }
}
