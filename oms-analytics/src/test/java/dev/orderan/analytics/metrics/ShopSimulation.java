package dev.orderan.analytics.metrics;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PaymentTerms;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.store.OutboxEntry;
import dev.orderan.core.store.memory.InMemoryStore;
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
 * A small shop run through the public order API ({@link OrderService} on an {@link InMemoryStore}):
 * orders placed over four months on the web, app and two marketplaces, prepaid (some paid in two
 * parts, some overpaid with a bank transfer's unique code, some paid after the window closed),
 * cash on delivery and B2B on invoice; expired, cancelled by customer or seller (paid money paid
 * back), picked, packed, shipped with three couriers (sometimes another courier than the one
 * chosen), delivered late or on time, returned with reasons (some refused) and refunded in full or
 * for one line, failed deliveries. Lines carry their category, except the footwear, which only the
 * host's catalogue knows; the host also knows the campaign source, its shipping cost, address
 * corrections and wrong items. Every step happens at its own simulated time on one clock, in time
 * order across orders, and the orders' state and histories can be captured at a chosen instant.
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
    /** The courier that sometimes takes a parcel when the chosen one cannot. */
    static final String STAND_IN_COURIER = "anteraja";
    static final String[] SOURCES = {"instagram-ramadan", "google-search", "tiktok-live", "newsletter"};
    static final String[] RETURN_REASONS = {"size does not fit", "damaged in transit", "not as described"};

    final TestClock clock = new TestClock(START);
    final InMemoryStore store = new InMemoryStore();
    final OrderService service = OrderService.builder().store(store).clock(clock)
            .duplicateWindow(Duration.ZERO).build();
    final Map<String, OrderExtras> extras = new HashMap<>();
    /** The host's catalogue: only what the lines do not say (footwear is placed without a category). */
    final Map<String, String> categories = new HashMap<>();
    final List<String> orderIds = new ArrayList<>();
    final List<Order> snapshot = new ArrayList<>();
    final List<EventEnvelope<OrderEvent>> snapshotLog = new ArrayList<>();

    private record Step(Instant at, long tie, String orderId, Function<Order, OrderCommand> command) {
    }

    private final PriorityQueue<Step> queue =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::tie));
    private long ties;

    ShopSimulation() {
        for (String[] item : CATALOGUE) {
            if (item[2].equals("footwear")) {
                categories.put(item[0], item[2]);
            }
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
        snapshotLog.addAll(eventLog());
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
        double kind = r.nextDouble();
        boolean cod = kind < 0.3;
        boolean b2b = !cod && kind < 0.35;
        boolean transfer = !cod && !b2b && kind < 0.45;
        String courier = COURIERS[r.nextInt(COURIERS.length)];
        int etaDays = courier.equals("jnt") ? 2 : 3;
        long fee = 12_000 + 1_000L * r.nextInt(15);
        PlaceOrder.Builder b = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of(orderId))
                .idempotencyKey("chk-" + orderId).channel(channel).customer(customer("C-" + customerNo))
                .shipping(new ShippingMethod(courier, ServiceLevel.REGULAR, etaDays, Money.idr(fee)));
        if (cod) {
            b.type(OrderType.B2C_COD).paymentMethod(PaymentMethod.COD);
        } else if (b2b) {
            b.type(OrderType.B2B).paymentMethod(PaymentMethod.INVOICE).paymentTerms(PaymentTerms.net(30))
                    .account("CV-" + customerNo);
        } else {
            b.type(OrderType.B2C_PREPAID)
                    .paymentMethod(transfer ? PaymentMethod.BANK_TRANSFER : PaymentMethod.VIRTUAL_ACCOUNT);
        }
        int lines = 1 + (r.nextDouble() < 0.35 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int item = r.nextInt(CATALOGUE.length);
            if (used.contains(item)) {
                continue;
            }
            used.add(item);
            String[] c = CATALOGUE[item];
            OrderLine line = OrderLine.goods(Sku.of(c[0]), c[1], (b2b ? 5 : 1) + (r.nextDouble() < 0.2 ? 1 : 0),
                    Money.idr(Long.parseLong(c[3])));
            b.line(c[2].equals("footwear") ? line : line.withCategory(c[2]));
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
        boolean wrongItem = !b2b && r.nextDouble() < 0.015;
        if (wrongItem) {
            extra = extra.withWrongItem().withReturnReasonCode("WRONG_ITEM");
        }
        extras.put(orderId, extra);

        Money total = order.grandTotal();
        Instant accepted;
        boolean paidUpFront = !cod && !b2b;
        boolean sellerCancels = r.nextDouble() < 0.04;
        if (b2b) {
            Duration toApprove = hours(r, 1, 30);
            after(now, toApprove, orderId, o -> new OrderCommand.Approve("buyer-" + customerNo));
            accepted = now.plus(toApprove);
        } else if (paidUpFront) {
            double u = r.nextDouble();
            if (u < 0.07) {
                after(now, Duration.ofHours(24).plusMinutes(1), orderId, o -> new OrderCommand.ExpirePayment());
                return;
            }
            if (u < 0.085) {
                // Paid after the window closed: the order expires with the payment, which is paid back.
                Duration late = hours(r, 25, 30);
                after(now, late, orderId, o -> new OrderCommand.ConfirmPayment(total, "VA-" + orderId));
                after(now.plus(late), hours(r, 2, 20), orderId, o -> new OrderCommand.RefundExcess("RF-" + orderId,
                        "paid after the window closed"));
                return;
            }
            if (u < 0.125) {
                after(now, hours(r, 0.2, 6), orderId, o -> new OrderCommand.Cancel(CancelledBy.CUSTOMER, "changed my mind"));
                return;
            }
            Duration payDelay = hours(r, 0.05, 20);
            if (r.nextDouble() < 0.03) {
                // Paid in two parts: the order waits until the second arrives.
                Money first = total.divide(2, java.math.RoundingMode.DOWN);
                Duration firstDelay = payDelay.dividedBy(2);
                after(now, firstDelay, orderId, o -> new OrderCommand.ConfirmPayment(first, "VA1-" + orderId));
                after(now, payDelay, orderId, o -> new OrderCommand.ConfirmPayment(o.amountDue(), "VA2-" + orderId));
            } else if (transfer) {
                // A bank transfer with the unique code on top: the extra rupiah are paid back later
                // (with everything else when the shop cancels).
                Money withCode = total.plus(Money.idr(1 + r.nextInt(999)));
                after(now, payDelay, orderId, o -> new OrderCommand.ConfirmPayment(withCode, "TRF-" + orderId));
                if (!sellerCancels) {
                    after(now, payDelay.plus(hours(r, 24, 72)), orderId, o -> new OrderCommand.RefundExcess(
                            "UC-" + orderId, "unique transfer code"));
                }
            } else {
                after(now, payDelay, orderId, o -> new OrderCommand.ConfirmPayment(total, "VA-" + orderId));
            }
            accepted = now.plus(payDelay);
        } else {
            accepted = now;
        }
        if (sellerCancels) {
            Duration toCancel = hours(r, 1, 30);
            after(accepted, toCancel, orderId, o -> new OrderCommand.Cancel(CancelledBy.SELLER, "out of stock"));
            if (paidUpFront) {
                after(accepted.plus(toCancel), hours(r, 1, 24), orderId, o -> new OrderCommand.RefundAll(
                        "RF-" + orderId, "cancelled by the shop"));
            }
            return;
        }
        Duration toProcess = hours(r, 0.5, 30);
        Duration toPack = hours(r, 0.3, 8);
        Duration toShip = hours(r, 1, 26);
        Instant processed = accepted.plus(toProcess);
        Instant packed = processed.plus(toPack);
        Instant shipped = packed.plus(toShip);
        String carrier = r.nextDouble() < 0.1 ? STAND_IN_COURIER : courier;
        after(accepted, toProcess, orderId, o -> new OrderCommand.StartProcessing());
        after(processed, toPack, orderId, o -> new OrderCommand.Pack());
        after(packed, toShip, orderId, o -> new OrderCommand.Ship(carrier, "AWB" + orderId));
        if (r.nextDouble() < 0.03) {
            after(shipped, hours(r, 24, 96), orderId, o -> new OrderCommand.ReturnToSender("recipient not found"));
            return;
        }
        // jne is slower than promised more often than the others.
        double late = carrier.equals("jne") ? 0.25 : 0.08;
        Duration transit = r.nextDouble() < late ? hours(r, 24 * (etaDays + 1.2), 24 * (etaDays + 3))
                : hours(r, 20, 24 * (etaDays - 0.2));
        Instant delivered = shipped.plus(transit);
        after(shipped, transit, orderId, o -> new OrderCommand.Deliver("penerima"));
        if (cod) {
            after(delivered, Duration.ofMinutes(1), orderId, o -> new OrderCommand.ConfirmPayment(total, "COD-" + orderId));
        }
        if (b2b) {
            // The invoice is paid within its 30 days; the order completes once it is.
            Duration toPay = hours(r, 24, 24 * 30);
            after(delivered, toPay, orderId, o -> new OrderCommand.ConfirmPayment(total, "INV-" + orderId));
            after(delivered.plus(toPay), hours(r, 1, 24), orderId, o -> new OrderCommand.Complete());
            return;
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
                Duration toReceive = hours(r, 48, 150);
                after(requested, toReceive, orderId, o -> new OrderCommand.ReceiveReturn());
                boolean oneLine = r.nextDouble() < 0.5;
                after(requested.plus(toReceive), hours(r, 2, 48), orderId, o -> oneLine && o.lines().size() > 1
                        ? new OrderCommand.Refund("RF-" + orderId, unitsOfLine(o, 0), "returned: " + reason)
                        : new OrderCommand.RefundAll("RF-" + orderId, "returned: " + reason));
            }
            return;
        }
        after(delivered, hours(r, 24, 72), orderId, o -> new OrderCommand.Complete());
    }

    private static List<UnitRef> unitsOfLine(Order order, int line) {
        List<UnitRef> units = new ArrayList<>();
        for (long k = 0; k < order.lines().get(line).quantity(); k++) {
            units.add(new UnitRef(line, k));
        }
        return units;
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

    /** Every order's history of events, one order after the other, as {@link OrderService#history} gives them. */
    List<EventEnvelope<OrderEvent>> eventLog() {
        List<EventEnvelope<OrderEvent>> log = new ArrayList<>();
        for (String id : orderIds) {
            log.addAll(service.history(TENANT, OrderId.of(id)));
        }
        return log;
    }

    /**
     * The order events waiting in the store's outbox, in commit order across orders, as a relay
     * publishing to a broker claims them (and acknowledges them, so this drains the outbox).
     */
    @SuppressWarnings("unchecked")
    List<EventEnvelope<OrderEvent>> drainOutbox() {
        List<EventEnvelope<OrderEvent>> out = new ArrayList<>();
        while (true) {
            List<OutboxEntry> batch = store.outbox().claim("analytics", 500, clock.instant(), Duration.ofMinutes(5));
            if (batch.isEmpty()) {
                return out;
            }
            for (OutboxEntry e : batch) {
                if (e.envelope().event() instanceof OrderEvent) {
                    out.add((EventEnvelope<OrderEvent>) e.envelope());
                }
            }
            store.outbox().acknowledge("analytics", batch);
        }
    }

    /** The adapter a host with this shop's extra knowledge would configure. */
    OrderFacts adapter() {
        return OrderFacts.builder().extras(extras).categories(categories).zone(JAKARTA).build();
    }
}
