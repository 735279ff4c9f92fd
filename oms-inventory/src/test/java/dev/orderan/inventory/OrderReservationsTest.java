package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderLifecycles;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ServiceDetails;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationExpiryPolicy;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderReservationsTest {

    static final TenantId TENANT = TenantId.of("gayalokal");
    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    static final LocationId JKT = LocationId.of("JKT");
    static final Sku KEMEJA = Sku.of("KMJ-BTK-M");
    static final Sku TOTE = Sku.of("TOTE-01");

    static Order order(PaymentMethod method, List<OrderLine> lines) {
        Address address = new Address("Jl. Melati No. 5", "Kebayoran Lama Utara", "Kebayoran Lama",
                "Kota Jakarta Selatan", "DKI Jakarta", "12240", "");
        Customer customer = Customer.of(CustomerId.of("C-1"), "Siti Rahayu", "siti@example.co.id", "0812-3456-7890",
                address);
        List<PricingRequest.Line> priced = new ArrayList<>();
        for (OrderLine l : lines) {
            priced.add(new PricingRequest.Line(l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.taxCategory()));
        }
        ShippingMethod shipping = new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000));
        var price = PricingEngine.standard().price(new PricingRequest(Money.IDR, priced, List.of(), shipping.fee(), T0));
        var lifecycle = OrderLifecycles.forType(OrderType.B2C_PREPAID);
        return Order.placed(new OrderEvent.Placed(new OrderRef(TENANT, OrderId.of("INV-1")), 1, T0,
                OrderType.B2C_PREPAID, lifecycle.name(), SalesChannel.WEB, customer, lines, List.of(), price, method,
                shipping, Optional.empty(), Optional.empty(), List.of(), "", "checkout-1", "fp", Optional.empty(),
                lifecycle.initial()));
    }

    static final List<OrderLine> LINES = List.of(
            OrderLine.goods(KEMEJA, "Kemeja Batik", 2, Money.idr(150_000)),
            OrderLine.service(Sku.of("JAHIT"), "Permak", 1, Money.idr(20_000),
                    new ServiceDetails("tailoring", Duration.ofHours(1), "shorten sleeves")),
            OrderLine.goods(TOTE, "Tote bag", 1, Money.idr(75_000)));

    @Test
    void placingAnOrderReservesItsGoodsLinesOnceWithTheExpiryOfItsPaymentMethod() {
        InMemoryInventory inv = InMemoryInventory.builder(TENANT).build();
        inv.receive(KEMEJA, JKT, 5, "PO-1");
        inv.receive(TOTE, JKT, 5, "PO-1");
        Order order = order(PaymentMethod.E_WALLET, LINES);

        Reservation r = OrderReservations.reserve(inv, order, ReservationExpiryPolicy.indonesianDefaults(),
                Optional.of(JKT)).orElseThrow();
        OrderReservations.reserve(inv, order, ReservationExpiryPolicy.indonesianDefaults(), Optional.of(JKT));

        assertEquals(List.of(new ReservedLine(1, KEMEJA, JKT, 2), new ReservedLine(3, TOTE, JKT, 1)), r.lines());
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), r.expiresAt());
        assertEquals(3, inv.available(KEMEJA, JKT), "placing twice reserves once");
        assertEquals(List.of(r), inv.reservationsOf(OrderId.of("INV-1")));
    }

    @Test
    void anOrderForMoreThanIsInStockReservesNothing() {
        InMemoryInventory inv = InMemoryInventory.builder(TENANT).build();
        inv.receive(KEMEJA, JKT, 5, "PO-1");
        inv.receive(TOTE, JKT, 0 + 1, "PO-1");
        Order order = order(PaymentMethod.COD, List.of(OrderLine.goods(KEMEJA, "Kemeja Batik", 2, Money.idr(150_000)),
                OrderLine.goods(TOTE, "Tote bag", 2, Money.idr(75_000))));

        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> OrderReservations
                .reserve(inv, order, ReservationExpiryPolicy.indonesianDefaults(), Optional.empty()));

        assertEquals(TOTE, e.sku());
        assertEquals(5, inv.available(KEMEJA));
        assertTrue(inv.reservationsOf(OrderId.of("INV-1")).isEmpty());
    }

    @Test
    void anotherTenantsEngineIsRefused() {
        InMemoryInventory other = InMemoryInventory.builder(TenantId.of("other")).build();
        assertThrows(IllegalArgumentException.class, () -> OrderReservations.reserve(other,
                order(PaymentMethod.COD, LINES), ReservationExpiryPolicy.indonesianDefaults(), Optional.empty()));
    }
}
