package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.testkit.OrderFixtures;
import org.junit.jupiter.api.Test;

/** Connecting by JDBC URL, into a schema of one's choosing, migrated on build and again harmlessly. */
class ConnectTest {

    @Test
    void aStoreBuiltFromAJdbcUrlMigratesItsSchemaAndKeepsOrders() {
        String url = TestDatabase.jdbcUrl();
        try (PostgresStore store = PostgresStore.builder().jdbcUrl(url, "postgres", "postgres").schema("shop_two")
                .maximumPoolSize(2).build()) {
            store.migrate(); // a second run finds nothing to do
            OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
                    .processedCommands(store.processedCommands()).build();
            Order placed = orders.place(OrderFixtures.placement(OrderType.B2B, "PO-1").build()).order();
            assertEquals(placed, orders.find(placed.tenantId(), placed.id()).orElseThrow());
            assertEquals("shop_two", store.schema());
            assertTrue(store.outbox().pending() >= 2);
        }
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresStore.builder().schema("Shop-1"))
                .getMessage().startsWith("schema:"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> PostgresStore.builder().jdbcUrl("jdbc:mysql://x/y", "u", "p")).getMessage().startsWith("url:"));
        assertThrows(IllegalStateException.class, () -> PostgresStore.builder().build());
    }
}
