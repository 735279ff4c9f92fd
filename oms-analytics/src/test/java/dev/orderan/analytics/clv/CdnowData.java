package dev.orderan.analytics.clv;

import dev.orderan.analytics.metrics.OrderFact;
import dev.orderan.analytics.metrics.OrderFacts;
import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.UsSalesTax;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The CDNOW sample (Fader, Hardie and Lee's 1/10 sample of the customers who first bought at CDNOW
 * in the first quarter of 1997), imported as Orderan orders through the public API: every purchase
 * record becomes an order placed with {@link OrderService} (on an in-memory store, priced in US
 * dollars, CDs tax-exempt) at noon UTC of its date and paid, and the facts are read back from the
 * orders' event histories through {@link OrderFacts}, as a user would. Loaded once per JVM; the
 * import takes a few seconds.
 */
final class CdnowData {

    static final TenantId TENANT = TenantId.of("cdnow");
    static final CurrencyUnit USD = Currencies.USD;
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    /** One line of the file. */
    record Purchase(int index, String customer, LocalDate date, int cds, long cents) {
    }

    private static List<OrderFact> facts;
    private static int records;

    private CdnowData() {
    }

    static synchronized List<OrderFact> facts() {
        if (facts == null) {
            List<Purchase> purchases = read();
            records = purchases.size();
            facts = importThroughOrderService(purchases);
        }
        return facts;
    }

    static synchronized int records() {
        facts();
        return records;
    }

    static List<Purchase> read() {
        List<Purchase> out = new ArrayList<>();
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CdnowData.class.getResourceAsStream("/cdnow/CDNOW_sample.txt"), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length != 5) {
                    continue;
                }
                long cents = new BigDecimal(f[4]).movePointRight(2).longValueExact();
                out.add(new Purchase(out.size(), f[1], LocalDate.parse(f[2], basic), Integer.parseInt(f[3]), cents));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<OrderFact> importThroughOrderService(List<Purchase> purchases) {
        List<Purchase> byDate = new ArrayList<>(purchases);
        byDate.sort(Comparator.comparing(Purchase::date).thenComparingInt(Purchase::index));
        Instant start = byDate.get(0).date().atStartOfDay(ZoneOffset.UTC).toInstant();
        TestClock clock = new TestClock(start);
        OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock)
                .pricing(PricingEngine.builder().taxEngine(UsSalesTax.builder().build()).build())
                .duplicateWindow(Duration.ZERO).build();
        List<OrderId> ids = new ArrayList<>(byDate.size());
        Instant now = start;
        for (Purchase p : byDate) {
            Instant noon = p.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
            if (noon.isAfter(now)) {
                clock.advance(Duration.between(now, noon));
                now = noon;
            }
            // Keep the number of CDs as the quantity: unit price rounded up, the rounding given back as a line discount.
            long unit = (p.cents() + p.cds() - 1) / p.cds();
            long discount = unit * p.cds() - p.cents();
            OrderLine line = new OrderLine(Sku.of("CD"), "CDs", "", p.cds(), Money.ofMinor(unit, USD),
                    Money.ofMinor(discount, USD), TaxCategory.EXEMPT, java.util.Optional.of("music"),
                    java.util.Optional.empty());
            Customer customer = Customer.of(CustomerId.of("cdnow-" + p.customer()), "CDNOW customer " + p.customer(),
                    "customer" + p.customer() + "@example.com", "0812-3456-7890", OrderFixtures.jakartaAddress());
            OrderId id = OrderId.of("CDNOW-" + p.index());
            orders.place(PlaceOrder.builder().tenant(TENANT).orderId(id)
                    .idempotencyKey("cdnow-" + p.index()).type(OrderType.B2C_PREPAID).channel(SalesChannel.WEB)
                    .customer(customer).line(line).paymentMethod(PaymentMethod.CARD)
                    .shipping(ShippingMethod.none(Money.zero(USD))).build());
            if (p.cents() > 0) { // the sample's eight free purchases have nothing to pay and move on at once
                orders.execute(TENANT, id, new OrderCommand.ConfirmPayment(Money.ofMinor(p.cents(), USD),
                        "card-" + p.index()));
            }
            ids.add(id);
        }
        List<EventEnvelope<OrderEvent>> log = new ArrayList<>();
        for (OrderId id : ids) {
            log.addAll(orders.history(TENANT, id));
        }
        return OrderFacts.standard().fromEvents(log);
    }
}
