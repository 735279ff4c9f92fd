package dev.orderan.analytics.metrics;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderRepository;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.testkit.InMemoryOrderRepository;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A small shop run through the public order API: orders placed over four months on the web,
 * app and two marketplaces, prepaid and cash on delivery, paid, expired, cancelled by customer or
 * seller, picked, packed, shipped with three couriers, delivered late or on time, returned with
 * reasons (some refused), failed deliveries; the host knows the campaign source, its shipping
 * cost, address corrections and wrong items. Every step happens at its own simulated time on one
 * clock, in time order across orders, and the orders' state can be captured at a chosen instant.
 */
final class ShopSimulation {

    static final TenantId TENANT = TenantId.of("batik-sari");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    static final String[][] CATALOGUE = {
        {"KMJ-BTK-M", "Kemeja batik (M)", "fashion", "150000"},
        {"KMJ-BTK-L", "Kemeja batik (L)", "fashion", "155000"},
        {"DRS-TNN-01", "Dress tenun", "fashion", "320000"},
        {"TOTE-01", "Tote bag kanvas", "bags", "75000"},
        {"SLP-KLT-01", "Sling bag kulit", "bags", "245000"},
        {"MSK-BTK-03", "Masker batik (3 pcs)", "accessories", "30000"},
        {"SYL-SUT-01", "Selendang sutra", "accessories", "185000"},
        {"SND-01", "Sandal anyaman", "footwear", "120000"},
    };
    static final String[] COURIERS = {"jne", "sicepat", "jnt"};
    static final String[] SOURCES = {"instagram-ramadan", "google-search", "tiktok-live", "newsletter"};
    static final String[] RETURN_REASONS = {"size does not fit", "damaged in transit", "not as described"};

    final TestClock clock = new TestClock(START);
    final InMemoryOrderRepository repository = new InMemoryOrderRepository();
    final OrderService service = OrderService.builder().repository(repository).clock(clock)
            .duplicateWindow(Duration.ZERO).build();
    final Map<String, OrderExtras> extras = new HashMap<>();
    final Map<String, String> categories = new HashMap<>();
    final List<String> orderIds = new ArrayList<>();
    final List<Order> snapshot = new ArrayList<>();

    private record Step(Instant at, long tie, String orderId, Function<Order, OrderCommand> command) {
    }

    private final PriorityQueue<Step> queue =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::tie));
    private long ties;

    ShopSimulation() {
        for (String[] item : CATALOGUE) {
            categories.put(item[0], item[2]);
        }
    }

    /** Runs the shop for {@code days} days with about {@code ordersPerDay} orders a day, capturing state at {@code snapshotAt}. */
    static ShopSimulation run(long seed, int days, int ordersPerDay, Instant snapshotAt) {
        ShopSimulation s = new ShopSimulation();
        SplittableRandom random = new SplittableRandom(seed);
        int n = 0;
        for (int d = 0; d < days; d++) {
            int today = ordersPerDay / 2 + random.nextInt(ordersPerDay + 1);
            for (int k = 0; k < today; k++) {
                // Evening peak: most orders between 19:00 and 22:00 Jakarta time.
                int hour = random.nextDouble() < 0.45 ? 19 + random.nextInt(4) : random.nextInt(24);
                Instant at = START.plus(Duration.ofDays(d)).atZone(JAKARTA).withHour(hour)
                        .withMinute(random.nextInt(60)).toInstant();
                if (at.isBefore(START)) {
                    at = START;
                }
                s.schedulePlacement(random.split(), at, "SO-" + (++n));
            }
        }
        s.runUntilEmpty(snapshotAt);
        return s;
    }

    private void schedulePlacement(SplittableRandom random, Instant at, String orderId) {
        queue.add(new Step(at, ties++, orderId, null));
        placementPlans.put(orderId, random);
    }

    private final Map<String, SplittableRandom> placementPlans = new HashMap<>();

    private void runUntilEmpty(Instant snapshotAt) {
        boolean captured = false;
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (!captured && step.at().isAfter(snapshotAt)) {
                captureSnapshot();
                captured = true;
            }
            advanceTo(step.at());
            if (step.command() == null) {
                place(step.orderId(), placementPlans.remove(step.orderId()));
            } else {
                Order current = service.find(TENANT, OrderId.of(step.orderId())).orElseThrow();
                service.execute(TENANT, current.id(), step.command().apply(current));
            }
        }
        if (!captured) {
            captureSnapshot();
        }
    }

    private void captureSnapshot() {
        for (String id : orderIds) {
            snapshot.add(service.find(TENANT, OrderId.of(id)).orElseThrow());
        }
    }

    private void advanceTo(Instant at) {
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            clock.advance(Duration.between(now, at));
        }
    }

    private void after(Instant base, Duration delay, String orderId, Function<Order, OrderCommand> command) {
        queue.add(new Step(base.plus(delay), ties++, orderId, command));
    }

    private static Duration hours(SplittableRandom r, double min, double max) {
        return Duration.ofSeconds((long) ((min + (max - min) * r.nextDouble()) * 3600));
    }

    private void place(String orderId, SplittableRandom r) {
        Instant now = clock.instant();
        int customerNo = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * 400); // some customers buy often
        SalesChannel channel = new SalesChannel[] {SalesChannel.WEB, SalesChannel.APP, SalesChannel.TOKOPEDIA,
            SalesChannel.SHOPEE}[r.nextInt(4)];
        boolean cod = r.nextDouble() < 0.3;
        String courier = COURIERS[r.nextInt(COURIERS.length)];
        int etaDays = courier.equals("jnt") ? 2 : 3;
        long fee = 12_000 + 1_000L * r.nextInt(15);
        PlaceOrder.Builder b = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of(orderId))
                .idempotencyKey("chk-" + orderId).type(cod ? OrderType.B2C_COD : OrderType.B2C_PREPAID)
                .channel(channel).customer(customer("C-" + customerNo))
                .paymentMethod(cod ? PaymentMethod.COD : PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod(courier, ServiceLevel.REGULAR, etaDays, Money.idr(fee)));
        int lines = 1 + (r.nextDouble() < 0.35 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int item = r.nextInt(CATALOGUE.length);
            if (used.contains(item)) {
                continue;
            }
            used.add(item);
            String[] c = CATALOGUE[item];
            b.line(OrderLine.goods(Sku.of(c[0]), c[1], 1 + (r.nextDouble() < 0.2 ? 1 : 0), Money.idr(Long.parseLong(c[3]))));
        }
        Order order = service.place(b.build()).order();
        orderIds.add(orderId);

        OrderExtras extra = OrderExtras.NONE;
        if (r.nextDouble() < 0.6) {
            extra = extra.withSource(SOURCES[r.nextInt(SOURCES.length)]);
        }
        if (r.nextDouble() < 0.5) {
            extra = extra.withShippingCostMinor((fee - 2_000) * 100);
        }
        if (r.nextDouble() < 0.03) {
            extra = extra.withAddressCorrected();
        }
        boolean wrongItem = r.nextDouble() < 0.015;
        if (wrongItem) {
            extra = extra.withWrongItem().withReturnReasonCode("WRONG_ITEM");
        }
        extras.put(orderId, extra);

        Money total = order.grandTotal();
        Instant accepted;
        if (!cod) {
            double u = r.nextDouble();
            if (u < 0.08) {
                after(now, Duration.ofHours(24), orderId, o -> new OrderCommand.ExpirePayment());
                return;
            }
            if (u < 0.12) {
                after(now, hours(r, 0.2, 6), orderId, o -> new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed my mind"));
                return;
            }
            Duration payDelay = hours(r, 0.05, 20);
            after(now, payDelay, orderId, o -> new OrderCommand.ConfirmPayment(total, "VA-" + orderId));
            accepted = now.plus(payDelay);
        } else {
            accepted = now;
        }
        if (r.nextDouble() < 0.04) {
            after(accepted, hours(r, 1, 30), orderId, o -> new OrderCommand.Cancel(CancelledBy.SELLER, "out of stock"));
            return;
        }
        Duration toProcess = hours(r, 0.5, 30);
        Duration toPack = hours(r, 0.3, 8);
        Duration toShip = hours(r, 1, 26);
        Instant processed = accepted.plus(toProcess);
        Instant packed = processed.plus(toPack);
        Instant shipped = packed.plus(toShip);
        after(accepted, toProcess, orderId, o -> new OrderCommand.StartProcessing());
        after(processed, toPack, orderId, o -> new OrderCommand.Pack());
        after(packed, toShip, orderId, o -> new OrderCommand.Ship(courier, "AWB" + orderId));
        if (r.nextDouble() < 0.03) {
            after(shipped, hours(r, 24, 96), orderId, o -> new OrderCommand.ReturnToSender("recipient not found"));
            return;
        }
        // jne is slower than promised more often than the others.
        double late = courier.equals("jne") ? 0.25 : 0.08;
        Duration transit = r.nextDouble() < late ? hours(r, 24 * (etaDays + 1.2), 24 * (etaDays + 3))
                : hours(r, 20, 24 * (etaDays - 0.2));
        Instant delivered = shipped.plus(transit);
        after(shipped, transit, orderId, o -> new OrderCommand.Deliver("penerima"));
        if (cod) {
            after(delivered, Duration.ofMinutes(1), orderId, o -> new OrderCommand.ConfirmPayment(total, "COD-" + orderId));
        }
        double returnChance = wrongItem ? 0.9 : 0.07;
        if (r.nextDouble() < returnChance) {
            String reason = wrongItem ? "received another item" : RETURN_REASONS[r.nextInt(RETURN_REASONS.length)];
            Duration toRequest = hours(r, 12, 96);
            Instant requested = delivered.plus(toRequest);
            after(delivered, toRequest, orderId, o -> new OrderCommand.RequestReturn(reason));
            if (r.nextDouble() < 0.2) {
                Duration toReject = hours(r, 4, 48);
                after(requested, toReject, orderId, o -> new OrderCommand.RejectReturn("outside return policy"));
                after(requested.plus(toReject), hours(r, 24, 48), orderId, o -> new OrderCommand.Complete());
            } else {
                after(requested, hours(r, 48, 150), orderId, o -> new OrderCommand.ReceiveReturn());
            }
            return;
        }
        after(delivered, hours(r, 24, 72), orderId, o -> new OrderCommand.Complete());
    }

    private static Customer customer(String id) {
        return Customer.of(CustomerId.of(id), "Pelanggan " + id, id.toLowerCase() + "@example.co.id", "0812-3456-7890",
                OrderFixtures.jakartaAddress());
    }

    /** The orders in their final state. */
    List<Order> orders() {
        List<Order> out = new ArrayList<>();
        for (String id : orderIds) {
            out.add(service.find(TENANT, OrderId.of(id)).orElseThrow());
        }
        return out;
    }

    /** The tenant's event log, as a relay or projection reads it. */
    List<OrderEvent> eventLog() {
        List<OrderEvent> log = new ArrayList<>();
        long after = 0;
        while (true) {
            List<OrderRepository.RecordedEvent> page = repository.readEvents(TENANT, after, 500);
            if (page.isEmpty()) {
                return log;
            }
            for (OrderRepository.RecordedEvent e : page) {
                log.add(e.event());
                after = e.position();
            }
        }
    }

    /** The adapter a host with this shop's extra knowledge would configure. */
    OrderFacts adapter() {
        return OrderFacts.builder().extras(extras).categories(categories).zone(JAKARTA).build();
    }
}
