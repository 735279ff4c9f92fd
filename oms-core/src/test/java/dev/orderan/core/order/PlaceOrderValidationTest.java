package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class PlaceOrderValidationTest {

    private static List<String> paths(PlaceOrder c) {
        List<Violation> all = new ArrayList<>(TestOrders.VALIDATION.violationsOf(c));
        all.addAll(PlacementRules.check(c, java.time.LocalDate.of(2026, 11, 25)));
        return all.stream().map(v -> v.path() + " " + v.rule()).sorted().toList();
    }

    @Test
    void aValidPlacementHasNoViolations() {
        for (OrderType type : OrderType.values()) {
            assertEquals(List.of(), paths(TestOrders.placement(type).build()), type.name());
        }
    }

    @Test
    void everyBrokenFieldIsReportedWithItsPathAndRule() {
        Address bad = new Address(" ", "v", "d", "c", "p", "1234", null);
        PlaceOrder c = TestOrders.placement(OrderType.B2C_PREPAID)
                .customer(new Customer(CustomerId.of("C-1"), "", "not-an-email", "12", bad, TestOrders.address()))
                .line(new OrderLine(Sku.of("X"), "", "", 0, Money.idr(-1), Money.idr(0), null, Optional.empty(),
                        Optional.empty()))
                .orderDiscount(Money.idr(-5))
                .idempotencyKey(" ")
                .build();
        assertEquals(List.of(
                "customer.email Email",
                "customer.name NotBlank",
                "customer.phone IndonesianPhone",
                "customer.shippingAddress.postalCode Pattern",
                "customer.shippingAddress.street NotBlank",
                "idempotencyKey NotBlank",
                "lines[2].productName NotBlank",
                "lines[2].quantity Positive",
                "lines[2].taxCategory NotNull",
                "lines[2].unitPrice NonNegative",
                "orderDiscounts[0] NonNegative"), paths(c));
    }

    @Test
    void crossFieldRulesNameTheFieldAndTheRule() {
        PlaceOrder mixed = TestOrders.placement(OrderType.B2C_PREPAID)
                .line(OrderLine.goods(Sku.of("USD-1"), "Imported", 1, Money.of(10, Monetary.getCurrency("USD"))))
                .line(OrderLine.goods(Sku.of("A"), "A", 1, Money.idr(1_000)).withDiscount(Money.idr(2_000)))
                .paymentMethod(PaymentMethod.COD)
                .build();
        assertEquals(List.of("lines[2].unitPrice SameCurrency", "lines[3].discount AtMostLineAmount",
                "paymentMethod CodMatchesType"), paths(mixed));

        PlaceOrder b2bWithoutTerms = PlaceOrder.builder().tenant(TestOrders.TENANT)
                .orderId(dev.orderan.core.common.OrderId.of("B-1")).idempotencyKey("k").type(OrderType.B2B)
                .customer(TestOrders.customer()).line(OrderLine.goods(Sku.of("A"), "A", 1, Money.idr(1_000)))
                .paymentMethod(PaymentMethod.INVOICE)
                .shipping(new ShippingMethod("jne", ServiceLevel.CARGO, 5, Money.idr(0))).build();
        assertEquals(List.of("paymentTerms RequiredForType"), paths(b2bWithoutTerms));

        PlaceOrder tooMuchDiscount = TestOrders.placement(OrderType.B2C_PREPAID).orderDiscount(Money.idr(10_000_000)).build();
        assertEquals(List.of("orderDiscounts AtMostNetAmount"), paths(tooMuchDiscount));
    }

    @Test
    void typeSpecificDataIsRequired() {
        PlaceOrder preOrder = TestOrders.placement(OrderType.B2C_PREPAID).type(OrderType.PRE_ORDER).build();
        assertEquals(List.of("promisedDate RequiredForType"), paths(preOrder));
        PlaceOrder mto = TestOrders.placement(OrderType.B2C_PREPAID).type(OrderType.MADE_TO_ORDER).build();
        assertEquals(List.of("productionStages RequiredForType"), paths(mto));
        PlaceOrder repeatedStage = TestOrders.placement(OrderType.MADE_TO_ORDER).productionStages("cutting").build();
        assertEquals(List.of("productionStages Unique"), paths(repeatedStage));
    }

    @Test
    void customerDataIsNormalisedAndMaskedInToString() {
        Customer c = TestOrders.customer();
        assertEquals("+6281234567890", c.phone());
        assertEquals("siti@example.co.id", c.email());
        String shown = c.toString() + " " + TestOrders.placed(OrderType.B2C_PREPAID);
        assertFalse(shown.contains("Siti Rahayu"), shown);
        assertFalse(shown.contains("siti@"), shown);
        assertFalse(shown.contains("81234567890"), shown);
        assertFalse(shown.contains("Melati"), shown);
        assertTrue(shown.contains("S*** R***") && shown.contains("***@example.co.id") && shown.contains("***890"), shown);
    }

    @Test
    void addressesNeedAFiveDigitPostalCodeAndEveryAdministrativeLevel() {
        Address ok = TestOrders.address();
        assertEquals(List.of(), TestOrders.VALIDATION.violationsOf(ok));
        Address missing = new Address("Jl. Mawar 1", "", "Coblong", "Kota Bandung", "Jawa Barat", "01234", "");
        assertEquals(List.of("postalCode", "village"),
                TestOrders.VALIDATION.violationsOf(missing).stream().map(Violation::path).toList());
        assertEquals(List.of(), TestOrders.VALIDATION.violationsOf(new Address(" Jl. Mawar 1 ", "Dago", "Coblong", "Kota Bandung",
                "Jawa Barat", " 40135 ", null)));
    }

    @Test
    void serviceLinesCarryTypeDurationAndSpecification() {
        OrderLine course = OrderLine.service(Sku.of("KURSUS-JAVA"), "Kursus Java", 1, Money.idr(500_000),
                new ServiceDetails("online course", java.time.Duration.ofDays(30), "monthly plan"));
        assertTrue(course.isService());
        assertEquals(TaxCategory.STANDARD, course.taxCategory());
        OrderLine badService = OrderLine.service(Sku.of("X"), "X", 1, Money.idr(1),
                new ServiceDetails("", null, "spec"));
        assertEquals(List.of("service.duration", "service.serviceType"),
                TestOrders.VALIDATION.violationsOf(badService).stream().map(Violation::path).toList());
    }

    @Test
    void limitsOfTheCrossFieldRulesAreInclusiveAndOnePastIsRefused() {
        // Promised for today is fine, yesterday is not.
        assertEquals(List.of(), paths(TestOrders.placement(OrderType.PRE_ORDER)
                .promisedDate(java.time.LocalDate.of(2026, 11, 25)).build()));
        assertEquals(List.of("promisedDate FutureOrPresent"), paths(TestOrders.placement(OrderType.PRE_ORDER)
                .promisedDate(java.time.LocalDate.of(2026, 11, 24)).build()));
        // A line discount of the whole line amount, and order discounts of the whole discounted subtotal.
        assertEquals(List.of(), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .line(OrderLine.goods(Sku.of("A"), "A", 2, Money.idr(1_000)).withDiscount(Money.idr(2_000))).build()));
        assertEquals(List.of("lines[2].discount AtMostLineAmount"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .line(OrderLine.goods(Sku.of("A"), "A", 2, Money.idr(1_000)).withDiscount(Money.of("2000.01", Money.IDR)))
                .build()));
        // 2 × 150,000 + 75,000 = 375,000.
        assertEquals(List.of(), paths(TestOrders.placement(OrderType.B2C_PREPAID).orderDiscount(Money.idr(300_000))
                .orderDiscount(Money.idr(75_000)).build()));
        assertEquals(List.of("orderDiscounts AtMostNetAmount"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .orderDiscount(Money.idr(300_000)).orderDiscount(Money.of("75000.01", Money.IDR)).build()));
    }

    @Test
    void amountsInAnotherCurrencyAndRepeatedVoucherCodesAreRefusedNamingTheField() {
        javax.money.CurrencyUnit usd = Monetary.getCurrency("USD");
        assertEquals(List.of("lines[2].discount SameCurrency"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .line(OrderLine.goods(Sku.of("A"), "A", 1, Money.idr(1_000)).withDiscount(Money.zero(usd))).build()));
        assertEquals(List.of("orderDiscounts[1] SameCurrency"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .orderDiscount(Money.idr(1_000)).orderDiscount(Money.of(1, usd)).build()));
        assertEquals(List.of("shipping.fee SameCurrency"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.of(5, usd))).build()));
        assertEquals(List.of("voucherCodes Unique"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .voucher("payday").voucher(" PAYDAY ").build()));
        assertEquals(List.of(), paths(TestOrders.placement(OrderType.B2C_PREPAID).voucher("payday").voucher("gajian")
                .build()));
        assertEquals(List.of("lines[2].unitPrice Range"), paths(TestOrders.placement(OrderType.B2C_PREPAID)
                .line(OrderLine.goods(Sku.of("A"), "A", 1_000_000, Money.ofMinor(Long.MAX_VALUE / 100, Money.IDR)))
                .build()));
    }
}
