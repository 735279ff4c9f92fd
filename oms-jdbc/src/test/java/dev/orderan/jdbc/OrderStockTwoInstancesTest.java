package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two application instances, each with its own pool, order service and inventory over one database,
 * sell the last units of a SKU at the same time: exactly as many orders are stored as the stock
 * covers, every refused placement stored nothing, and cancelled orders give their units to later
 * buyers of either instance.
 */
class OrderStockTwoInstancesTest {

    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final long UNITS = 12;

    private static OrderService instance(PostgresStore store, TestClock clock) {
        InventoryService stock = InventoryService.builder(store.inventory(OrderFixtures.TENANT)).clock(clock).build();
        return OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).voucherRedemptions(store.voucherRedemptions())
                .clock(clock).step(OrderStockStep.of(t -> stock).from(JKT)).build();
    }

    private static PlaceOrder order(String id) {
        return PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-" + id))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 2, Money.idr(150_000)))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT).shipping(OrderFixtures.jneRegular()).build();
    }

    /** Places {@code ids} from both instances at once; returns the ids that were placed. */
    private static List<String> placeAtOnce(List<OrderService> instances, List<String> ids, ExecutorService threads)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OrderService service = instances.get(i % 2);
            String id = ids.get(i);
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    service.place(order(id));
                    return id;
                } catch (InsufficientStockException refused) {
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> placed = new ArrayList<>();
        for (Future<String> f : outcomes) {
            String id = f.get(60, TimeUnit.SECONDS);
            if (id != null) {
                placed.add(id);
            }
        }
        return placed;
    }

    private static long storedOrders() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + TestDatabase.SCHEMA
                        + ".orders WHERE tenant_id = ?")) {
            ps.setString(1, OrderFixtures.TENANT.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void twoInstancesSellingTheLastUnitsStoreExactlyTheOrdersTheStockCovers() throws Exception {
        PostgresStore shared = TestDatabase.emptyStore();
        TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
        InventoryService stock = InventoryService.builder(shared.inventory(OrderFixtures.TENANT)).clock(clock).build();
        stock.receive(SHIRT, JKT, UNITS, "PO-1");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (HikariDataSource poolA = TestDatabase.newPool("shop-a", 4);
                HikariDataSource poolB = TestDatabase.newPool("shop-b", 4)) {
            List<OrderService> instances = List.of(instance(TestDatabase.store(poolA), clock),
                    instance(TestDatabase.store(poolB), clock));
            List<String> first = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                first.add("INV-" + i);
            }
            List<String> placed = placeAtOnce(instances, first, threads);
            assertEquals(UNITS / 2, placed.size(), "two shirts each, twelve in stock: " + placed);
            assertEquals(placed.size(), storedOrders(), "a refused placement stored no order");
            StockLevel sold = stock.level(SHIRT, JKT).orElseThrow();
            assertEquals(UNITS, sold.reserved());
            assertEquals(0, sold.available());

            // Half are cancelled, alternately by the other instance; their units go to new buyers.
            for (int i = 0; i < placed.size(); i += 2) {
                instances.get((i + 1) % 2).execute(OrderFixtures.TENANT, OrderId.of(placed.get(i)),
                        new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed mind"));
            }
            List<String> second = new ArrayList<>();
            for (int i = 16; i < 28; i++) {
                second.add("INV-" + i);
            }
            List<String> placedAgain = placeAtOnce(instances, second, threads);
            assertEquals(UNITS / 4, placedAgain.size(), "the six freed shirts went to three orders: " + placedAgain);
            assertEquals(placed.size() + placedAgain.size(), storedOrders());
            StockLevel after = stock.level(SHIRT, JKT).orElseThrow();
            assertEquals(UNITS, after.reserved());
            assertTrue(after.reserved() <= after.onHand());
            assertTrue(stock.verify().clean(), stock.verify().toString());
        } finally {
            threads.shutdownNow();
        }
    }
}
