package dev.orderan.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The code sample of README.md, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void theReadmeSampleTakesAnOrderFromPlacementToCompletion() {
        OrderService orders = OrderService.builder()
                .store(new InMemoryStore())                             // or your own stores: docs/stores.md
                .build();
        TenantId shop = TenantId.of("gayalokal");
        Order order = orders.place(PlaceOrder.builder()
                .tenant(shop).orderId(OrderId.of("INV-2026-0001")).idempotencyKey("checkout-8f2c")
                .customer(Customer.of(CustomerId.of("C-001"), "Siti Rahayu", "siti@example.co.id", "0812-3456-7890",
                        Address.of("Jl. Melati No. 5", "Kebayoran Lama Utara", "Kebayoran Lama",
                                "Kota Jakarta Selatan", "DKI Jakarta", "12240")))
                .line(OrderLine.goods(Sku.of("KMJ-BTK-M"), "Kemeja Batik Parang (M)", 2, Money.idr(150_000)))
                .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000)))
                .build()).order();                                      // AWAITING_PAYMENT, PPN included
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());

        order = orders.execute(shop, order.id(), new OrderCommand.ConfirmPayment(order.amountDue(), "BCA-VA-88081"));
        order = orders.execute(shop, order.id(), new OrderCommand.StartProcessing());
        order = orders.execute(shop, order.id(), new OrderCommand.Pack());
        order = orders.execute(shop, order.id(), new OrderCommand.Ship("jne", "JNE0123456789"));
        order = orders.execute(shop, order.id(), new OrderCommand.Deliver("Siti"));
        order = orders.execute(shop, order.id(), new OrderCommand.Complete());   // COMPLETED, "Selesai"

        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals("Selesai", order.customerStatus().indonesian());
    }
}
