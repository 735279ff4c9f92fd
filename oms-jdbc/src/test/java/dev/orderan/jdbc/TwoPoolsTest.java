package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.validation.Validators;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one database, each with a connection pool of its own: writers on
 * one order never lose an update, and relays of both share the outbox without handing an event
 * out twice.
 */
class TwoPoolsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final Validator VALIDATOR = Validators.createDefault();

    private HikariDataSource poolA;
    private HikariDataSource poolB;
    private PostgresStore storeA;
    private PostgresStore storeB;
    private OrderService ordersA;
    private OrderService ordersB;
    private ExecutorService threads;

    @BeforeEach
    void twoInstances() {
        TestDatabase.emptyStore();
        poolA = TestDatabase.newPool("instance-a", 4);
        poolB = TestDatabase.newPool("instance-b", 4);
        storeA = TestDatabase.store(poolA);
        storeB = TestDatabase.store(poolB);
        TestClock clock = new TestClock(T0);
        ordersA = service(storeA, clock);
        ordersB = service(storeB, clock);
        threads = Executors.newFixedThreadPool(4);
    }

    private static OrderService service(PostgresStore store, Clock clock) {
        return OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).clock(clock).validator(VALIDATOR).build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        poolA.close();
        poolB.close();
    }

    @Test
    void twoWritersOnOneOrderThroughTwoPoolsOneWinsTheOtherGetsConcurrentModification() throws Exception {
        for (int round = 0; round < 8; round++) {
            Order placed = ordersA.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-W" + round).build())
                    .order();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (OrderService writer : List.of(ordersA, ordersB)) {
                outcomes.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        writer.execute(placed.tenantId(), placed.id(), placed.version(),
                                new OrderCommand.Cancel(CancelledBy.SELLER, writer == ordersA ? "A" : "B"));
                        return "won";
                    } catch (ConcurrentModificationException e) {
                        assertEquals(placed.version(), e.expectedVersion());
                        return "lost";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
            Order after = ordersB.find(placed.tenantId(), placed.id()).orElseThrow();
            assertEquals(OrderStatus.CANCELLED, after.status());
            assertEquals(placed.version() + 2, after.version());
            assertEquals(1, ordersA.history(placed.tenantId(), placed.id()).stream()
                    .filter(e -> e.event() instanceof OrderEvent.Cancelled).count());
        }
    }

    @Test
    void concurrentPaymentsThroughTwoPoolsAreAllKeptNoUpdateIsLost() throws Exception {
        Order placed = ordersA.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-P").build()).order();
        int writers = 4;
        int each = 10;
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            OrderService service = w % 2 == 0 ? ordersA : ordersB;
            int writer = w;
            done.add(threads.submit(() -> {
                int retries = 0;
                for (int i = 0; i < each; i++) {
                    OrderCommand pay = new OrderCommand.ConfirmPayment(Money.idr(1_000), "TRF-" + writer + "-" + i);
                    while (true) {
                        try {
                            service.execute(placed.tenantId(), placed.id(), pay);
                            break;
                        } catch (ConcurrentModificationException raced) {
                            retries++; // three attempts inside execute were not enough; try again
                        }
                    }
                }
                return retries;
            }));
        }
        for (Future<Integer> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        Order after = ordersB.find(placed.tenantId(), placed.id()).orElseThrow();
        assertEquals(Money.idr(1_000L * writers * each), after.amountPaid());
        List<EventEnvelope<OrderEvent>> history = ordersA.history(placed.tenantId(), placed.id());
        assertEquals(writers * each, history.stream().filter(e -> e.event() instanceof OrderEvent.PaymentReceived)
                .count());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).sequence());
        }
        assertEquals(after.version(), history.size());
    }

    @Test
    void relaysOfTwoInstancesShareTheOutboxWithoutHandingAnEventOutTwice() throws Exception {
        for (int i = 0; i < 40; i++) {
            OrderService service = i % 2 == 0 ? ordersA : ordersB;
            Order o = service.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-R" + i).build()).order();
            if (i % 3 == 0) {
                service.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + i));
            }
        }
        long total = storeA.outbox().pending();
        assertTrue(total >= 100, "events: " + total);
        Map<java.util.UUID, AtomicInteger> published = new ConcurrentHashMap<>();
        Map<String, List<Long>> sequences = new HashMap<>();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC); // leases of ten minutes never run out here
        List<Future<Integer>> relays = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            PostgresStore store = r % 2 == 0 ? storeA : storeB;
            OutboxRelay relay = new OutboxRelay(store.outbox(), e -> {
                published.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
                synchronized (sequences) {
                    sequences.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e.sequence());
                }
            }, "relay-" + r, 7, Duration.ofMinutes(10), clock);
            relays.add(threads.submit(() -> {
                int sent = 0;
                for (int round = 0; round < 5_000 && store.outbox().pending() > 0; round++) {
                    int n = relay.relayBatch();
                    sent += n;
                    if (n == 0) {
                        Thread.sleep(1); // what is left is claimed by another relay right now
                    }
                }
                return sent;
            }));
        }
        int sent = 0;
        for (Future<Integer> f : relays) {
            sent += f.get(120, TimeUnit.SECONDS);
        }
        assertEquals(0, storeB.outbox().pending());
        assertEquals(total, sent);
        assertEquals(total, published.size());
        assertTrue(published.values().stream().allMatch(n -> n.get() == 1), "an event was published twice");
        for (Map.Entry<String, List<Long>> e : sequences.entrySet()) {
            List<Long> s = e.getValue();
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i + 1, s.get(i), e.getKey() + " out of order: " + s);
            }
        }
    }
}
