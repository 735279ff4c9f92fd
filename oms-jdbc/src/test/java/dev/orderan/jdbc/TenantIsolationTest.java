package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventIds;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A store bound to tenant A never reads or changes tenant B's rows: B's rows are byte for byte the
 * same after everything A's transactions do with the same order id, command key, consumer and
 * voucher code, and nothing A reads holds B's data.
 */
class TenantIsolationTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final TenantId A = TenantId.of("toko-a");
    private static final TenantId B = TenantId.of("toko-b");
    private static final List<String> TABLES = List.of("orders", "order_personal_data", "events", "outbox",
            "processed_commands", "processed_events", "voucher_redemptions");

    private final PostgresStore store = TestDatabase.emptyStore();
    private final TestClock clock = new TestClock(T0);
    private final OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
            .processedCommands(store.processedCommands()).voucherRedemptions(store.voucherRedemptions())
            .clock(clock).build();

    private Order place(TenantId tenant, String customerName) {
        Customer c = OrderFixtures.customer("C-1");
        c = new Customer(c.id(), customerName, c.email(), c.phone(), c.shippingAddress(), c.billingAddress());
        return orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-1").tenant(tenant).customer(c).build())
                .order();
    }

    private List<String> rowsOf(TenantId tenant) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM " + TestDatabase.SCHEMA + "." + table
                        + " t WHERE tenant_id = '" + tenant.value() + "' ORDER BY t::text")) {
                    while (rs.next()) {
                        rows.add(table + ": " + rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void aStoreBoundToTenantANeverReadsOrChangesTenantBsRows() throws SQLException {
        Order b = place(B, "Budi Santoso");
        store.inTransaction(B, tx -> {
            store.processedCommands().record(tx, new ProcessedCommand("k-1", "fp-b", "order", "INV-1", 1, T0));
            store.processedEvents().markProcessed(tx, "mailer", new UUID(1, 1));
            return store.voucherRedemptions().redeem(tx, "HEMAT", b.customerId(), "INV-1", OptionalLong.of(1),
                    OptionalLong.of(1));
        });
        List<String> before = rowsOf(B);
        assertTrue(before.size() > 10, before.toString());

        Order a = place(A, "Ani Wijaya");
        assertEquals("Ani Wijaya", orders.find(A, a.id()).orElseThrow().customer().name());
        assertEquals(a.version(), orders.history(A, a.id()).size());
        orders.execute(A, a.id(), new OrderCommand.ConfirmPayment(a.amountDue(), "VA-1"));
        orders.execute(A, a.id(), new OrderCommand.Cancel(CancelledBy.SELLER, "stok habis"));
        orders.erasePersonalData(A, a.id());
        store.inTransaction(A, tx -> {
            assertTrue(store.processedCommands().find(tx, "k-1").isEmpty(), "B's command key");
            store.processedCommands().record(tx, new ProcessedCommand("k-1", "fp-a", "order", "INV-1", 9, T0));
            assertTrue(store.processedEvents().markProcessed(tx, "mailer", new UUID(1, 1)), "B's processed event");
            assertTrue(store.voucherRedemptions().redeem(tx, "HEMAT", b.customerId(), "INV-1", OptionalLong.of(1),
                    OptionalLong.of(1)), "B's voucher count");
            assertTrue(store.orders().placedSince(tx, CustomerId.of("C-1"), T0.minusSeconds(1)).stream()
                    .allMatch(o -> o.tenantId().equals(A)));
            assertEquals(List.of(), store.orders().paymentOverdue(tx, T0.plus(Duration.ofDays(9)), 10));
            return null;
        });
        // An event of B's order handed to A's transaction is refused, and nothing is written.
        OrderEvent foreign = new OrderEvent.StatusChanged(b.ref(), b.version() + 1, T0, b.status(),
                OrderStatus.CANCELLED, OrderTrigger.CANCEL);
        assertThrows(IllegalArgumentException.class, () -> store.inTransaction(A, tx -> {
            store.orders().save(tx, "INV-1", b.version(), b, List.of(new EventEnvelope<>(EventIds.timeOrdered(T0),
                    foreign, new EventMetadata(Optional.empty(), "x", Optional.empty()))));
            return null;
        }));
        // B's order cannot be reached through a transaction of A, not even nested.
        assertThrows(IllegalStateException.class, () -> store.inTransaction(A, tx -> store.inTransaction(B,
                inner -> store.orders().load(inner, "INV-1"))));

        assertEquals(before, rowsOf(B));
        Order stillB = orders.find(B, OrderId.of("INV-1")).orElseThrow();
        assertEquals(b, stillB);
        assertFalse(rowsOf(A).stream().anyMatch(r -> r.contains("Budi")), "B's customer in A's rows");
    }

    @Test
    void storesRefuseTransactionsOfAnotherStore() {
        PostgresStore other = TestDatabase.store(TestDatabase.dataSource());
        assertThrows(IllegalArgumentException.class, () -> other.inTransaction(A,
                tx -> store.orders().load(tx, "INV-1")));
        assertThrows(IllegalArgumentException.class, () -> store.inTransaction(A,
                tx -> other.processedCommands().find(tx, "k")));
    }
}
