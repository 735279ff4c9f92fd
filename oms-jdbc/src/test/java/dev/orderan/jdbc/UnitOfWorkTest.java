package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.core.validation.Validators;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The unit of work on PostgreSQL: nested calls as savepoints, the idempotent consumer over the
 * processed-event table, voucher limits under contention, retention purges.
 */
class UnitOfWorkTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final TenantId TENANT = OrderFixtures.TENANT;

    private final PostgresStore store = TestDatabase.emptyStore();
    private final OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
            .processedCommands(store.processedCommands()).clock(new TestClock(T0)).build();

    private boolean exists(String orderId) {
        return store.inTransaction(TENANT, tx -> store.orders().load(tx, orderId)).isPresent();
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWrites() {
        IllegalStateException inner = new IllegalStateException("inner");
        store.inTransaction(TENANT, tx -> {
            orders.place(tx, OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-OUTER").build(), CommandMetadata.none());
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT,
                    nested -> {
                        assertSame(tx, nested, "the nested call joins the open transaction");
                        orders.place(nested, OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-INNER").build(),
                                CommandMetadata.none());
                        throw inner;
                    }));
            assertSame(inner, thrown);
            store.inTransaction(TENANT, nested -> orders.place(nested,
                    OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-INNER-2").build(), CommandMetadata.none()));
            return null;
        });
        assertTrue(exists("INV-OUTER"));
        assertFalse(exists("INV-INNER"));
        assertTrue(exists("INV-INNER-2"));
        assertEquals(orders.history(TENANT, OrderFixtures.orderId("INV-OUTER")).size()
                + orders.history(TENANT, OrderFixtures.orderId("INV-INNER-2")).size(), store.outbox().pending(),
                "only the committed orders' events wait in the outbox");
    }

    @Test
    void aFailedOuterCallUndoesTheNestedCallsToo() {
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            store.inTransaction(TENANT, nested -> orders.place(nested,
                    OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-N").build(), CommandMetadata.none()));
            throw new IllegalStateException("outer");
        }));
        assertFalse(exists("INV-N"));
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void theIdempotentConsumerAppliesEachEventOnceAcrossRedeliveriesFailuresAndRaces() throws Exception {
        orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-C").build());
        EventEnvelope<OrderEvent> first = orders.history(TENANT, OrderFixtures.orderId("INV-C")).get(0);
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger(1);
        IdempotentConsumer consumer = new IdempotentConsumer("mailer", store, store.processedEvents(), (tx, e) -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("mail server down");
            }
            // The effect is written through the same transaction as the mark.
            store.processedCommands().record(tx, new ProcessedCommand("mail|" + e.eventId(), "f", "order",
                    e.aggregateId(), e.sequence(), T0));
            applied.incrementAndGet();
        });
        assertThrows(IllegalStateException.class, () -> consumer.accept(first));
        assertTrue(consumer.accept(first), "a failed attempt left no mark");
        assertFalse(consumer.accept(first));
        EventEnvelope<OrderEvent> second = orders.history(TENANT, OrderFixtures.orderId("INV-C")).get(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return consumer.accept(second);
                }));
            }
            int firstTimes = 0;
            for (Future<Boolean> f : results) {
                firstTimes += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, firstTimes);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, applied.get());
        assertEquals(0, store.purgeProcessedEventsBefore(Instant.now().minus(Duration.ofHours(1))));
        assertEquals(2, store.purgeProcessedEventsBefore(Instant.now().plus(Duration.ofHours(1))));
    }

    @Test
    void voucherLimitsHoldUnderContentionAndARolledBackRedemptionIsNotCounted() throws Exception {
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, tx -> {
            assertTrue(store.voucherRedemptions().redeem(tx, " hemat10 ", OrderFixtures.customer("C-1").id(), "INV-0",
                    OptionalLong.of(3), OptionalLong.empty()));
            throw new IllegalStateException("placement failed");
        }));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier together = new CyclicBarrier(8);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String customer = "C-" + (i % 2);
                String order = "INV-" + i;
                results.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return store.inTransaction(TENANT, tx -> store.voucherRedemptions().redeem(tx, "HEMAT10",
                            dev.orderan.core.common.CustomerId.of(customer), order, OptionalLong.of(3),
                            OptionalLong.of(2)));
                }));
            }
            int redeemed = 0;
            for (Future<Boolean> f : results) {
                redeemed += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(3, redeemed, "the total limit, whoever came first");
        } finally {
            threads.shutdownNow();
        }
        assertFalse((boolean) store.<Boolean>inTransaction(TENANT, tx -> store.voucherRedemptions().redeem(tx, "hemat10",
                dev.orderan.core.common.CustomerId.of("C-9"), "INV-9", OptionalLong.of(3), OptionalLong.empty())));
        assertTrue((boolean) store.<Boolean>inTransaction(TENANT, tx -> store.voucherRedemptions().redeem(tx, "OTHER",
                dev.orderan.core.common.CustomerId.of("C-9"), "INV-9", OptionalLong.of(1), OptionalLong.of(1))));
    }

    @Test
    void theEventsOfAnOrderAreStoredAsTheirJsonEnvelopes() {
        orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-J").build());
        EventEnvelope<OrderEvent> placed = orders.history(TENANT, OrderFixtures.orderId("INV-J")).get(0);
        EventMetadata m = placed.metadata();
        assertEquals(Optional.of("placement|checkout-INV-J"), m.commandId());
        String payload = store.withConnection("reading", c -> {
            try (var ps = c.prepareStatement("SELECT payload::text FROM " + store.table("outbox")
                    + " WHERE id = ?")) {
                ps.setObject(1, placed.eventId());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertEquals(placed, store.json().readEnvelope(payload));
        assertTrue(payload.contains("\"type\": \"order.placed\""), payload);
        UUID id = placed.eventId();
        assertEquals(id, store.outbox().claim("r", 1, T0, Duration.ofSeconds(5)).get(0).envelope().eventId());
    }
}
