package dev.orderan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.orderan.core.store.Outbox} must guarantee: committed events are handed out
 * in commit order, claimed entries are hidden from other relays until acknowledged, released or
 * their lease runs out, one aggregate's events never overtake each other across relays, and events
 * of a rolled-back transaction never appear. Extend it and return a fresh, empty adapter from
 * {@link #newSubject()}.
 */
public abstract class OutboxContract {

    /** A fixed start time for every test. */
    protected static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    /** The adapter under test. */
    protected StoreSubject subject;
    /** The test's clock. */
    protected TestClock clock;
    /** An order service over the adapter, to produce events. */
    protected OrderService orders;

    /** A fresh, empty adapter for one test. */
    protected abstract StoreSubject newSubject();

    @BeforeEach
    void setUpSubject() {
        subject = newSubject();
        clock = new TestClock(T0);
        orders = OrderService.builder().unitOfWork(subject.unitOfWork()).orders(subject.orders())
                .processedCommands(subject.processedCommands()).clock(clock).build();
    }

    private Order place(String id) {
        return orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, id).build()).order();
    }

    private List<UUID> ids(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.envelope().eventId()).toList();
    }

    private List<UUID> history(String orderId) {
        return orders.history(OrderFixtures.TENANT, OrderFixtures.orderId(orderId)).stream()
                .map(EventEnvelope::eventId).toList();
    }

    @Test
    void committedEventsAreClaimedInCommitOrderWithTheirIdsAndMetadata() {
        Order a = place("INV-1");
        orders.execute(a.tenantId(), a.id(), new OrderCommand.ConfirmPayment(a.amountDue(), "VA-1"));
        place("INV-2");
        List<UUID> expected = new ArrayList<>(history("INV-1"));
        expected.addAll(history("INV-2"));
        List<OutboxEntry> claimed = subject.outbox().claim("relay-1", 100, T0, LEASE);
        assertEquals(expected, ids(claimed));
        assertEquals(expected.size(), subject.outbox().pending());
        EventEnvelope<?> payment = claimed.stream().filter(e -> e.envelope().event()
                instanceof dev.orderan.core.order.OrderEvent.PaymentReceived).findFirst().orElseThrow().envelope();
        assertEquals("INV-1", payment.aggregateId());
        assertTrue(payment.metadata().commandId().orElseThrow().contains("VA-1"), payment.metadata().toString());
    }

    @Test
    void aClaimedEntryIsHiddenFromOtherRelaysUntilItsLeaseRunsOut() {
        place("INV-3");
        List<OutboxEntry> first = subject.outbox().claim("relay-1", 100, T0, LEASE);
        assertTrue(!first.isEmpty());
        assertEquals(List.of(), subject.outbox().claim("relay-2", 100, T0.plusSeconds(29), LEASE));
        List<OutboxEntry> retaken = subject.outbox().claim("relay-2", 100, T0.plusSeconds(31), LEASE);
        assertEquals(ids(first), ids(retaken), "after the lease, another relay gets them again");
        assertTrue(retaken.get(0).attempts() >= 1);
        // The first relay no longer holds them: its late acknowledgement changes nothing.
        subject.outbox().acknowledge("relay-1", first);
        assertEquals(first.size(), subject.outbox().pending());
        subject.outbox().acknowledge("relay-2", retaken);
        assertEquals(0, subject.outbox().pending());
    }

    @Test
    void acknowledgedEntriesAreGoneAndReleasedOnesComeBackAtOnce() {
        place("INV-4");
        place("INV-5");
        List<OutboxEntry> batch = subject.outbox().claim("relay-1", 100, T0, LEASE);
        int half = batch.size() / 2;
        subject.outbox().acknowledge("relay-1", batch.subList(0, half));
        subject.outbox().release("relay-1", batch.subList(half, batch.size()));
        List<OutboxEntry> again = subject.outbox().claim("relay-2", 100, T0, LEASE);
        assertEquals(ids(batch.subList(half, batch.size())), ids(again));
        subject.outbox().acknowledge("relay-2", again);
        assertEquals(List.of(), subject.outbox().claim("relay-3", 100, T0.plus(Duration.ofHours(1)), LEASE));
        assertEquals(0, subject.outbox().pending());
    }

    @Test
    void anAggregatesLaterEventsAreNotHandedOutWhileAnEarlierOneIsClaimedElsewhere() {
        Order a = place("INV-6");
        List<OutboxEntry> first = subject.outbox().claim("relay-1", 1, T0, LEASE);
        assertEquals(1, first.size());
        orders.execute(a.tenantId(), a.id(), new OrderCommand.ConfirmPayment(a.amountDue(), "VA-6"));
        place("INV-7");
        List<OutboxEntry> second = subject.outbox().claim("relay-2", 100, T0, LEASE);
        assertTrue(second.stream().noneMatch(e -> e.envelope().aggregateId().equals("INV-6")),
                "INV-6's later events wait for its first one");
        assertEquals(history("INV-7"), ids(second));
        subject.outbox().acknowledge("relay-1", first);
        List<OutboxEntry> rest = subject.outbox().claim("relay-2", 100, T0, LEASE);
        assertEquals(history("INV-6").subList(1, history("INV-6").size()), ids(rest));
    }

    @Test
    void eventsOfARolledBackTransactionNeverReachTheOutbox() {
        assertThrows(IllegalStateException.class, () -> subject.unitOfWork().inTransaction(OrderFixtures.TENANT, tx -> {
            orders.place(tx, OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-8").build(), CommandMetadata.none());
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(0, subject.outbox().pending());
        assertEquals(List.of(), subject.outbox().claim("relay-1", 100, T0, LEASE));
    }

    @Test
    void everyTenantsEventsGoThroughOneOutbox() {
        place("INV-9");
        orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-9").tenant(TenantId.of("tokolain")).build());
        Set<TenantId> tenants = new HashSet<>();
        for (OutboxEntry e : subject.outbox().claim("relay-1", 100, T0, LEASE)) {
            tenants.add(e.envelope().tenantId());
        }
        assertEquals(Set.of(OrderFixtures.TENANT, TenantId.of("tokolain")), tenants);
    }

    @Test
    void theRelayDeliversEveryEventAtLeastOnceInOrderWhenThePublisherFailsNowAndThen() {
        for (int i = 0; i < 20; i++) {
            Order o = place("INV-R" + i);
            if (i % 3 == 0) {
                orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-R" + i));
            }
        }
        Map<String, List<Long>> seen = new HashMap<>();
        Set<UUID> delivered = new HashSet<>();
        int[] calls = {0};
        OutboxRelay relay = new OutboxRelay(subject.outbox(), envelope -> {
            if (++calls[0] % 7 == 0) {
                throw new IllegalStateException("broker unavailable");
            }
            seen.computeIfAbsent(envelope.aggregateId(), k -> new ArrayList<>()).add(envelope.sequence());
            delivered.add(envelope.eventId());
        }, "relay-1", 5, LEASE, clock);
        for (int round = 0; round < 1000 && subject.outbox().pending() > 0; round++) {
            try {
                relay.relayBatch();
            } catch (IllegalStateException brokerDown) {
                // The rest of the batch was released; the next round retries it.
            }
        }
        assertEquals(0, subject.outbox().pending());
        for (int i = 0; i < 20; i++) {
            List<Long> sequences = seen.get("INV-R" + i);
            for (int k = 1; k < sequences.size(); k++) {
                assertTrue(sequences.get(k) > sequences.get(k - 1), "INV-R" + i + " out of order: " + sequences);
            }
            assertEquals(history("INV-R" + i).size(), sequences.size());
            assertTrue(delivered.containsAll(history("INV-R" + i)));
        }
    }
}
