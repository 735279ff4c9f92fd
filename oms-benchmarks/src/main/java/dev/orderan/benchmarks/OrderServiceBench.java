package dev.orderan.benchmarks;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.validation.Validation;
import dev.orderan.core.validation.Validators;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.order.OrderStockStep;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The order service as a host runs it: {@link OrderService} on an {@link InMemoryStore}, every event
 * through the outbox to a relay (drained every {@value #RELAY_EVERY} orders, the consumer a
 * {@link Blackhole}), a new store for every iteration so the heap holds at most one second of orders.
 * The checkout is a prepaid order of two lines (a shirt and a tote bag, by 1 of 100,000 customers) with
 * a discount and shipping, paid by virtual account.
 *
 * <ul>
 *   <li>{@code place}: one checkout: validation of the command (Bean Validation), pricing with PPN,
 *   the duplicate check against the customer's recent orders, the idempotency record, the order
 *   and its events saved, one transaction. Microseconds per order.</li>
 *   <li>{@code execute}: one command on a placed order, the next of pay, start processing, pack,
 *   ship, deliver, complete: load, validate, decide, apply, save with its processed-command record
 *   where the command has a natural key (payment reference, tracking number). Nanoseconds per
 *   command, over 6 commands on each of {@value #EXECUTE_ORDERS} orders placed before the
 *   measurement.</li>
 *   <li>{@code e2e_*}: place → pay → start → pack → ship → deliver → complete, seven transactions,
 *   in orders per second: one thread; two threads each with a tenant of its own (shops in one
 *   process); two threads in one tenant (the in-memory store runs one transaction per tenant at a
 *   time, so this shows what that lock costs); and with stock: the shop's inventory on the same
 *   store, stock reserved at placement and sold at shipment in the order's transactions. The
 *   {@code _parallelGc} variants run the same work in a JVM with the parallel collector instead of
 *   the default G1: the in-memory store keeps every order, so each young collection copies a
 *   second's worth of surviving orders, and how a collector copies them decides much of the
 *   throughput.</li>
 *   <li>{@code validatePlaceOrder} and {@code validateCommandReflectively}: what Bean Validation of a
 *   checkout costs inside {@code place}, and what validating a command by reflection would add to
 *   {@code execute} (which validates its commands by hand).</li>
 * </ul>
 *
 * <p>Full run: {@code java -jar oms-benchmarks/target/benchmarks.jar OrderServiceBench -f 1};
 * quick comparison: {@code scripts/bench-quick orders}.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrderServiceBench {

    static final int RELAY_EVERY = 100;
    static final int EXECUTE_ORDERS = 10_000;
    static final int CUSTOMERS = 100_000;
    static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    static final Sku TOTE = Sku.of("TOTE-01");
    static final LocationId WAREHOUSE = LocationId.of("WH-JKT");
    static final ShippingMethod JNE = new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000));
    static final OrderLine SHIRTS = OrderLine.goods(SHIRT, "Kemeja Batik Parang (M)", 2, Money.idr(150_000));
    static final OrderLine BAG = OrderLine.goods(TOTE, "Tote bag kanvas", 1, Money.idr(75_000));
    static final Customer[] CUSTOMER = new Customer[CUSTOMERS];
    /** One validator for the process, as a host has: its metadata is built once, not per store. */
    static final Validator VALIDATOR = Validators.createDefault();

    static {
        Address address = new Address("Jl. Melati No. 5 RT 03/RW 05", "Kebayoran Lama Utara", "Kebayoran Lama",
                "Kota Jakarta Selatan", "DKI Jakarta", "12240", "pagar hijau");
        for (int i = 0; i < CUSTOMERS; i++) {
            CUSTOMER[i] = Customer.of(CustomerId.of("C-" + i), "Siti Rahayu", "siti" + i + "@example.co.id",
                    "0812-3456-7890", address);
        }
    }

    /** A shop: its store, order service and relay; one per thread, or one shared by all threads. */
    public static class Shop {
        final TenantId tenant;
        final boolean withStock;
        InMemoryStore store;
        OrderService orders;
        final AtomicInteger relayIds = new AtomicInteger();

        Shop(TenantId tenant, boolean withStock) {
            this.tenant = tenant;
            this.withStock = withStock;
        }

        void open() {
            store = new InMemoryStore();
            OrderService.Builder b = OrderService.builder().store(store).clock(Clock.systemUTC())
                    .validator(VALIDATOR);
            if (withStock) {
                InMemoryInventory stock = InMemoryInventory.builder(tenant).store(store).build();
                stock.receive(SHIRT, WAREHOUSE, 1_000_000_000L, "PO-1");
                stock.receive(TOTE, WAREHOUSE, 1_000_000_000L, "PO-1");
                b.step(OrderStockStep.of(t -> stock).from(WAREHOUSE));
            }
            orders = b.build();
        }

        OutboxRelay relay(Blackhole bh) {
            return new OutboxRelay(store.outbox(), bh::consume, "relay-" + relayIds.incrementAndGet(), 1_000,
                    Duration.ofSeconds(30), Clock.systemUTC());
        }
    }

    /** One shop per thread, each with a tenant of its own. */
    @State(Scope.Thread)
    public static class OwnShop extends Shop {
        static final AtomicInteger TENANTS = new AtomicInteger();

        public OwnShop() {
            super(TenantId.of("shop-" + TENANTS.incrementAndGet()), false);
        }

        @Setup(Level.Iteration)
        public void setUp() {
            open();
        }
    }

    /** One shop shared by all threads. */
    @State(Scope.Benchmark)
    public static class SharedShop extends Shop {
        public SharedShop() {
            super(TenantId.of("shared-shop"), false);
        }

        @Setup(Level.Iteration)
        public void setUp() {
            open();
        }
    }

    /** One shop per thread with its stock on the same store. */
    @State(Scope.Thread)
    public static class StockedShop extends Shop {
        public StockedShop() {
            super(TenantId.of("stocked-shop"), true);
        }

        @Setup(Level.Iteration)
        public void setUp() {
            open();
        }
    }

    /** A thread's order numbers and its outbox relay. */
    @State(Scope.Thread)
    public static class Checkout {
        static final AtomicInteger THREADS = new AtomicInteger();
        final String prefix = "INV-" + THREADS.incrementAndGet() + "-";
        long next;
        OutboxRelay relay;
        InMemoryStore relayOf;

        PlaceOrder order(Shop shop) {
            long n = next++;
            return PlaceOrder.builder()
                    .tenant(shop.tenant)
                    .orderId(OrderId.of(prefix + n))
                    .idempotencyKey(prefix + n)
                    .customer(CUSTOMER[(int) (n % CUSTOMERS)])
                    .line(SHIRTS)
                    .line(BAG)
                    .orderDiscount(Money.idr(25_000))
                    .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                    .shipping(JNE)
                    .build();
        }

        void relayIfDue(Shop shop, Blackhole bh) {
            if (relayOf != shop.store) {
                relay = shop.relay(bh);
                relayOf = shop.store;
            }
            if (next % RELAY_EVERY == 0) {
                relay.drain();
            }
        }
    }

    /** Orders placed before an execute measurement, each waiting for its 6 commands. */
    @State(Scope.Thread)
    public static class Placed {
        final OwnShop shop = new OwnShop();
        final Checkout checkout = new Checkout();
        Order[] orders;

        @Setup(Level.Iteration)
        public void setUp() {
            shop.open();
            orders = new Order[EXECUTE_ORDERS];
            for (int i = 0; i < EXECUTE_ORDERS; i++) {
                orders[i] = shop.orders.place(checkout.order(shop)).order();
            }
        }
    }

    /** The validator and inputs of the validation figures. */
    @State(Scope.Benchmark)
    public static class Inputs {
        final Validation validation = Validation.with(VALIDATOR);
        final Checkout checkout = new Checkout();
        final OwnShop shop = new OwnShop();
        PlaceOrder order;
        final OrderCommand command = new OrderCommand.ConfirmPayment(Money.idr(468_720), "BCA-VA-8808123456");

        @Setup
        public void setUp() {
            order = checkout.order(shop);
        }
    }

    private static Order lifecycle(Shop shop, Checkout checkout, Blackhole bh) {
        Order order = shop.orders.place(checkout.order(shop)).order();
        TenantId tenant = shop.tenant;
        OrderId id = order.id();
        String n = id.value();
        OrderService s = shop.orders;
        CommandMetadata none = CommandMetadata.none();
        s.handle(tenant, id, new OrderCommand.ConfirmPayment(order.amountDue(), "VA-" + n), none);
        s.handle(tenant, id, new OrderCommand.StartProcessing(), none);
        s.handle(tenant, id, new OrderCommand.Pack(), none);
        s.handle(tenant, id, new OrderCommand.Ship("jne", "JNE" + n), none);
        s.handle(tenant, id, new OrderCommand.Deliver("Siti"), none);
        Order done = s.handle(tenant, id, new OrderCommand.Complete(), none).order();
        checkout.relayIfDue(shop, bh);
        return done;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Order place(OwnShop shop, Checkout checkout, Blackhole bh) {
        Order order = shop.orders.place(checkout.order(shop)).order();
        checkout.relayIfDue(shop, bh);
        return order;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(6 * EXECUTE_ORDERS)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public void execute(Placed placed, Blackhole bh) {
        OrderService s = placed.shop.orders;
        TenantId tenant = placed.shop.tenant;
        CommandMetadata none = CommandMetadata.none();
        List<OrderCommand> steps = List.of(new OrderCommand.StartProcessing(), new OrderCommand.Pack(),
                new OrderCommand.Ship("jne", "JNE-1"), new OrderCommand.Deliver("Siti"), new OrderCommand.Complete());
        for (Order o : placed.orders) {
            OrderId id = o.id();
            bh.consume(s.handle(tenant, id, new OrderCommand.ConfirmPayment(o.amountDue(), "VA-" + id.value()), none));
            for (OrderCommand step : steps) {
                bh.consume(s.handle(tenant, id, step, none));
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Order e2e_1t(OwnShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Order e2e_2t_tenantPerThread(OwnShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Order e2e_2t_oneTenant(SharedShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
    public Order e2e_1t_parallelGc(OwnShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    @Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
    public Order e2e_2t_tenantPerThread_parallelGc(OwnShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Order e2e_withStock_1t(StockedShop shop, Checkout checkout, Blackhole bh) {
        return lifecycle(shop, checkout, bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object validatePlaceOrder(Inputs in) {
        return in.validation.violationsOf(in.order);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object validateCommandReflectively(Inputs in) {
        return in.validation.violationsOf(in.command);
    }
}
