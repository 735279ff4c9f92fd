package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceDetails;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.order.OrderStockAudit;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reporting views show orders, order lines, stock levels and movements with their documented,
 * stable column names, money both in minor and in whole units, one tenant's rows at a time.
 */
class ReportingViewsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final TenantId OTHER = TenantId.of("tokolain");
    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");

    private final PostgresStore store = TestDatabase.emptyStore();
    private final TestClock clock = new TestClock(T0);
    private final InventoryService stock = InventoryService.builder(store.inventory(OrderFixtures.TENANT))
            .clock(clock).build();
    private final OrderService orders = OrderService.builder().unitOfWork(store).orders(store.orders())
            .processedCommands(store.processedCommands()).voucherRedemptions(store.voucherRedemptions()).clock(clock)
            .step(OrderStockStep.of(t -> t.equals(OrderFixtures.TENANT) ? stock
                    : InventoryService.builder(store.inventory(t)).clock(clock).build()).from(JKT))
            .build();

    /** The rows of a view for one tenant, each column by name, in the given order. */
    private static List<Map<String, Object>> rows(String view, TenantId tenant, String orderBy) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TestDatabase.SCHEMA + "." + view
                        + " WHERE tenant_id = ? ORDER BY " + orderBy)) {
            ps.setString(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static List<String> columns(String view) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TestDatabase.SCHEMA + "." + view
                        + " WHERE false");
                ResultSet rs = ps.executeQuery()) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i));
            }
        }
        return out;
    }

    private PlaceOrder placement(TenantId tenant, String id) {
        return PlaceOrder.builder().tenant(tenant).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-" + id))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 2, Money.idr(150_000)))
                .line(OrderLine.goods(TOTE, "Tote bag", 1, Money.idr(75_000)))
                .orderDiscount(Money.idr(25_000))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT).shipping(OrderFixtures.jneRegular()).build();
    }

    @Test
    void everyViewKeepsItsDocumentedColumns() throws SQLException {
        assertEquals(List.of("tenant_id", "order_id", "order_type", "lifecycle", "status", "channel", "customer_id",
                "payment_method", "placed_at", "placed_on_utc", "updated_at", "awaiting_payment", "payment_deadline",
                "currency", "grand_total_minor", "grand_total", "amount_paid_minor", "amount_paid",
                "amount_refunded_minor", "amount_refunded", "amount_due_minor", "amount_due", "line_count", "version"),
                columns("orderan_report_orders"));
        assertEquals(List.of("tenant_id", "order_id", "line_number", "sku", "product_name", "quantity", "is_service",
                "order_status", "placed_at", "currency", "unit_price_minor", "unit_price", "discount_minor", "discount",
                "net_amount_minor", "net_amount", "tax_minor", "tax", "shipping_minor", "shipping"),
                columns("orderan_report_order_lines"));
        assertEquals(List.of("tenant_id", "sku", "location", "on_hand", "reserved", "safety_stock", "available",
                "inbound", "last_movement_at"), columns("orderan_report_stock_levels"));
        assertEquals(List.of("tenant_id", "sequence", "sku", "location", "delta", "units_in", "units_out", "reason",
                "reference", "occurred_at", "occurred_on_utc"), columns("orderan_report_stock_movements"));
        assertEquals(List.of("tenant_id", "order_id", "order_status", "sku", "ordered", "sold"),
                columns("orderan_report_shipped_without_sale"));
    }

    @Test
    void goodsShippedWithoutASaleAreListedAsTheAuditFindsThem() throws SQLException {
        stock.receive(SHIRT, JKT, 10, "PO-1");
        stock.receive(TOTE, JKT, 5, "PO-1");
        List<OrderCommand> toShipment = List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-1"));
        // Shipped through the stock step: sold from its reservation.
        Order sold = orders.place(placement(OrderFixtures.TENANT, "INV-SOLD")).order();
        sold = orders.execute(sold.tenantId(), sold.id(), new OrderCommand.ConfirmPayment(sold.amountDue(), "VA-1"));
        for (OrderCommand c : toShipment) {
            sold = orders.execute(sold.tenantId(), sold.id(), c);
        }
        // Shipped by a service without the stock step: the goods left, the ledger never sold them.
        OrderService unsynced = OrderService.builder().unitOfWork(store).orders(store.orders())
                .processedCommands(store.processedCommands()).clock(clock).build();
        Order leaked = unsynced.place(PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of("INV-LEAK"))
                .idempotencyKey("k-leak").customer(OrderFixtures.customer("C-9"))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 2, Money.idr(150_000)))
                .line(OrderLine.service(Sku.of("JAHIT"), "Permak", 1, Money.idr(20_000),
                        new ServiceDetails("tailoring", java.time.Duration.ofHours(1), "shorten sleeves")))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT).shipping(OrderFixtures.jneRegular()).build()).order();
        leaked = unsynced.execute(leaked.tenantId(), leaked.id(),
                new OrderCommand.ConfirmPayment(leaked.amountDue(), "VA-9"));
        for (OrderCommand c : toShipment) {
            leaked = unsynced.execute(leaked.tenantId(), leaked.id(), c);
        }

        List<Map<String, Object>> found = rows("orderan_report_shipped_without_sale", OrderFixtures.TENANT,
                "order_id, sku");
        List<String> fromView = found.stream().map(r -> r.get("order_id") + " " + r.get("sku") + " " + r.get("ordered")
                + " " + r.get("sold")).toList();
        List<String> fromAudit = OrderStockAudit.shippedWithoutSale(List.of(sold, leaked), stock).stream()
                .map(w -> w.order().id().value() + " " + w.sku().value() + " " + w.ordered() + " " + w.sold()).toList();
        assertEquals(List.of("INV-LEAK KMJ-BTK-M 2 0"), fromView, "the goods line only; the service holds no stock");
        assertEquals(fromAudit, fromView);
        assertEquals("SHIPPED", found.get(0).get("order_status"));
        List<Map<String, Object>> lines = rows("orderan_report_order_lines", OrderFixtures.TENANT,
                "order_id, line_number");
        assertEquals(List.of(false, true, false, false), lines.stream().map(l -> l.get("is_service")).toList(),
                "INV-LEAK's second line is a service");
    }

    @Test
    void ordersAndTheirLinesShowMoneyInMinorAndWholeUnitsForOneTenant() throws SQLException {
        stock.receive(SHIRT, JKT, 10, "PO-1");
        stock.receive(TOTE, JKT, 5, "PO-1");
        InventoryService other = InventoryService.builder(store.inventory(OTHER)).clock(clock).build();
        other.receive(SHIRT, JKT, 10, "PO-1");
        other.receive(TOTE, JKT, 5, "PO-1");
        Order o = orders.place(placement(OrderFixtures.TENANT, "INV-1")).order();
        o = orders.execute(o.tenantId(), o.id(), new OrderCommand.ConfirmPayment(o.amountDue(), "VA-1"));
        orders.place(placement(OTHER, "INV-1"));

        List<Map<String, Object>> list = rows("orderan_report_orders", OrderFixtures.TENANT, "order_id");
        assertEquals(1, list.size(), "only the tenant's own order");
        Map<String, Object> row = list.get(0);
        assertEquals("INV-1", row.get("order_id"));
        assertEquals(o.status().name(), row.get("status"));
        assertEquals("IDR", row.get("currency"));
        assertEquals(o.grandTotal().minor(), row.get("grand_total_minor"));
        assertEquals(BigDecimal.valueOf(o.grandTotal().minor(), 2), row.get("grand_total"), "IDR has two decimals");
        assertEquals(o.amountPaid().minor(), row.get("amount_paid_minor"));
        assertEquals(BigDecimal.valueOf(o.amountPaid().minor(), 2), row.get("amount_paid"));
        assertEquals(0L, row.get("amount_due_minor"));
        assertEquals(2, row.get("line_count"));
        assertEquals(LocalDate.of(2026, 11, 25), ((java.sql.Date) row.get("placed_on_utc")).toLocalDate());

        List<Map<String, Object>> lines = rows("orderan_report_order_lines", OrderFixtures.TENANT,
                "order_id, line_number");
        assertEquals(2, lines.size());
        Map<String, Object> shirts = lines.get(0);
        assertEquals(0, shirts.get("line_number"));
        assertEquals("KMJ-BTK-M", shirts.get("sku"));
        assertEquals("Kemeja Batik", shirts.get("product_name"));
        assertEquals(2L, shirts.get("quantity"));
        assertEquals(false, shirts.get("is_service"));
        assertEquals(15_000_000L, shirts.get("unit_price_minor"));
        assertEquals(new BigDecimal("150000.00"), shirts.get("unit_price"));
        assertEquals(2_000_000L, shirts.get("discount_minor"), "its share of the Rp 25.000 order discount");
        assertEquals(28_000_000L, shirts.get("net_amount_minor"));
        assertEquals(new BigDecimal("280000.00"), shirts.get("net_amount"));
        Map<String, Object> tote = lines.get(1);
        assertEquals(1, tote.get("line_number"));
        assertEquals("TOTE-01", tote.get("sku"));
        assertEquals(500_000L, tote.get("discount_minor"));
        assertEquals(7_000_000L, tote.get("net_amount_minor"));
        long total = 0;
        for (Map<String, Object> l : lines) {
            total += (Long) l.get("net_amount_minor") + (Long) l.get("tax_minor") + (Long) l.get("shipping_minor");
        }
        assertEquals(o.grandTotal().minor(), total, "the lines' net, tax and shipping add up to the grand total");
    }

    @Test
    void stockLevelsAndMovementsShowTheLedgerForOneTenant() throws SQLException {
        clock.advance(java.time.Duration.ofHours(1));
        stock.receive(SHIRT, JKT, 10, "PO-1");
        stock.adjust(SHIRT, JKT, -1, MovementReason.DAMAGE, "DMG-1");
        stock.setSafetyStock(SHIRT, JKT, 2);
        stock.expectInbound(new InboundSupply("PO-2", SHIRT, JKT, 6, LocalDate.of(2026, 12, 1)));
        orders.place(PlaceOrder.builder().tenant(OrderFixtures.TENANT).orderId(OrderId.of("INV-2"))
                .idempotencyKey("k-2").customer(OrderFixtures.customer("C-2"))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 3, Money.idr(150_000)))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT).shipping(OrderFixtures.jneRegular()).build());
        InventoryService other = InventoryService.builder(store.inventory(OTHER)).clock(clock).build();
        other.receive(SHIRT, JKT, 99, "PO-1");

        List<Map<String, Object>> levels = rows("orderan_report_stock_levels", OrderFixtures.TENANT, "sku, location");
        assertEquals(1, levels.size());
        Map<String, Object> l = levels.get(0);
        assertEquals("KMJ-BTK-M", l.get("sku"));
        assertEquals("WH-JKT", l.get("location"));
        assertEquals(9L, l.get("on_hand"));
        assertEquals(3L, l.get("reserved"));
        assertEquals(2L, l.get("safety_stock"));
        assertEquals(4L, l.get("available"));
        assertEquals(6L, l.get("inbound"));
        assertEquals(T0.plusSeconds(3600), ((java.sql.Timestamp) l.get("last_movement_at")).toInstant(),
                "the time of the latest movement");

        List<Map<String, Object>> moves = rows("orderan_report_stock_movements", OrderFixtures.TENANT, "sequence");
        assertEquals(2, moves.size());
        assertEquals(1L, moves.get(0).get("sequence"));
        assertEquals("RECEIPT", moves.get(0).get("reason"));
        assertEquals(10L, moves.get(0).get("units_in"));
        assertEquals(0L, moves.get(0).get("units_out"));
        assertEquals("DAMAGE", moves.get(1).get("reason"));
        assertEquals(-1L, moves.get(1).get("delta"));
        assertEquals(1L, moves.get(1).get("units_out"));
        assertEquals("DMG-1", moves.get(1).get("reference"));
        assertTrue(rows("orderan_report_stock_movements", OTHER, "sequence").stream()
                .allMatch(m -> m.get("tenant_id").equals(OTHER.value())));
    }

    @Test
    void wholeUnitsFollowTheCurrencysDecimals() throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + TestDatabase.SCHEMA + ".orderan_whole_units(1234, 'IDR'), "
                        + TestDatabase.SCHEMA + ".orderan_whole_units(1234, 'JPY'), "
                        + TestDatabase.SCHEMA + ".orderan_whole_units(1234, 'KWD'), "
                        + TestDatabase.SCHEMA + ".orderan_whole_units(-5, 'USD')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(new BigDecimal("12.34"), rs.getBigDecimal(1));
            assertEquals(new BigDecimal("1234"), rs.getBigDecimal(2));
            assertEquals(new BigDecimal("1.234"), rs.getBigDecimal(3));
            assertEquals(new BigDecimal("-0.05"), rs.getBigDecimal(4));
        }
    }
}
