package dev.orderan.testkit;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PaymentTerms;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import java.time.LocalDate;

/** Ready-made, valid order data for tests and examples: a Jakarta customer and a small fashion order. */
public final class OrderFixtures {

    /** The tenant used by fixtures. */
    public static final TenantId TENANT = TenantId.of("gayalokal");

    private OrderFixtures() {
    }

    /** An order id. */
    public static OrderId orderId(String value) {
        return OrderId.of(value);
    }

    /** A valid address in South Jakarta. */
    public static Address jakartaAddress() {
        return new Address("Jl. Melati No. 5 RT 03/RW 05", "Kebayoran Lama Utara", "Kebayoran Lama",
                "Kota Jakarta Selatan", "DKI Jakarta", "12240", "pagar hijau");
    }

    /** A valid customer with the given id. */
    public static Customer customer(String id) {
        return Customer.of(CustomerId.of(id), "Siti Rahayu", "siti@example.co.id", "0812-3456-7890", jakartaAddress());
    }

    /** JNE regular, 3 days, Rp 18.000. */
    public static ShippingMethod jneRegular() {
        return new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000));
    }

    /**
     * A valid placement of the given type: two batik shirts and a tote bag, with the payment method,
     * terms, promise date or production stages the type needs.
     */
    public static PlaceOrder.Builder placement(OrderType type, String orderId) {
        PlaceOrder.Builder b = PlaceOrder.builder()
                .tenant(TENANT)
                .orderId(OrderId.of(orderId))
                .idempotencyKey("checkout-" + orderId)
                .type(type)
                .customer(customer("C-001"))
                .line(OrderLine.goods(Sku.of("KMJ-BTK-M"), "Kemeja Batik Parang (M)", 2, Money.idr(150_000)))
                .line(OrderLine.goods(Sku.of("TOTE-01"), "Tote bag kanvas", 1, Money.idr(75_000)))
                .shipping(jneRegular())
                .paymentMethod(switch (type) {
                    case B2C_COD -> PaymentMethod.COD;
                    case B2B -> PaymentMethod.INVOICE;
                    default -> PaymentMethod.VIRTUAL_ACCOUNT;
                });
        switch (type) {
            case B2B -> b.paymentTerms(PaymentTerms.net(30));
            case PRE_ORDER -> b.promisedDate(LocalDate.of(2026, 12, 20));
            case MADE_TO_ORDER -> b.productionStages("cutting", "welding", "painting");
            default -> { }
        }
        return b;
    }
}
