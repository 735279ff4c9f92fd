package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.pricing.PricingEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Orders for oms-core tests, built from events (no repository needed). */
final class TestOrders {

    static final TenantId TENANT = TenantId.of("gayalokal");
    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    /** One validator for every test of the package: building one takes a while. */
    static final dev.orderan.core.validation.Validation VALIDATION =
            dev.orderan.core.validation.Validation.with(dev.orderan.core.validation.Validators.createDefault());

    private TestOrders() {
    }

    static Address address() {
        return new Address("Jl. Melati No. 5 RT 03/RW 05", "Kebayoran Lama Utara", "Kebayoran Lama",
                "Kota Jakarta Selatan", "DKI Jakarta", "12240", "pagar hijau");
    }

    static Customer customer() {
        return Customer.of(CustomerId.of("C-1"), "Siti Rahayu", "Siti@Example.co.id", "0812-3456-7890", address());
    }

    static PlaceOrder.Builder placement(OrderType type) {
        PlaceOrder.Builder b = PlaceOrder.builder()
                .tenant(TENANT)
                .orderId(OrderId.of("INV-1"))
                .idempotencyKey("checkout-1")
                .type(type)
                .customer(customer())
                .line(OrderLine.goods(Sku.of("KMJ-BTK-M"), "Kemeja Batik", 2, Money.idr(150_000)))
                .line(OrderLine.goods(Sku.of("TOTE-01"), "Tote bag", 1, Money.idr(75_000)))
                .paymentMethod(type == OrderType.B2C_COD ? PaymentMethod.COD
                        : type == OrderType.B2B ? PaymentMethod.INVOICE : PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000)));
        if (type == OrderType.B2B) {
            b.paymentTerms(PaymentTerms.net(30));
        }
        if (type == OrderType.PRE_ORDER) {
            b.promisedDate(LocalDate.of(2026, 12, 20));
        }
        if (type == OrderType.MADE_TO_ORDER) {
            b.productionStages("cutting", "welding", "painting");
        }
        return b;
    }

    /** A decider for the built-in lifecycles. */
    static OrderDecider decider() {
        Map<String, dev.orderan.core.lifecycle.Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent>> byName =
                new HashMap<>();
        OrderLifecycles.builtIn().values().forEach(l -> byName.put(l.name(), l));
        return new OrderDecider(byName);
    }

    /** The events that place the command's order at T0 (no payment window, no duplicate). */
    static OrderDecider.Decision placement(PlaceOrder c) {
        List<PricingRequest.Line> lines = new ArrayList<>();
        for (OrderLine l : c.lines()) {
            lines.add(new PricingRequest.Line(l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.taxCategory()));
        }
        var price = PricingEngine.standard().price(new PricingRequest(Money.IDR, lines, c.orderDiscounts(),
                c.shipping().fee(), T0));
        return decider().place(new OrderDecider.Placement(c, price, OrderLifecycles.forType(c.type()),
                Optional.empty(), Optional.empty()), T0);
    }

    /** An order as placed by the command, with its lifecycle's initial status. */
    static Order placed(PlaceOrder c) {
        OrderDecider.Decision d = placement(c);
        return Order.replay(d.events(), d.personalData().orElseThrow());
    }

    static Order placed(OrderType type) {
        return placed(placement(type).build());
    }
}
