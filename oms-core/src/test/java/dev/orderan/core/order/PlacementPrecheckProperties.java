package dev.orderan.core.order;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.TaxCategory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The placement pre-check never certifies a command the Jakarta validator rejects, over commands
 * whose every field is drawn from values at and around its limits; and it does certify ordinary
 * checkouts (otherwise it would be useless).
 */
class PlacementPrecheckProperties {

    private static <T> Gen<T> oneOf(List<T> values) {
        return Generate.pick(values);
    }

    @SafeVarargs
    private static <T> Gen<T> oneOf(T... values) {
        return oneOf(Arrays.asList(values));
    }

    /**
     * Mostly one of {@code usual} (so a typical command has one or two unusual fields, the case that
     * tells most), otherwise one of {@code unusual}.
     */
    private static <T> Gen<T> mostly(List<T> usual, List<T> unusual) {
        Gen<Integer> dice = Generate.range(0, 9);
        Gen<T> a = Generate.pick(usual);
        Gen<T> b = Generate.pick(unusual);
        return in -> dice.generate(in) < 9 ? a.generate(in) : b.generate(in);
    }

    /** Ordinary, at the limit; or empty, blank, one past the limit, Unicode blanks, control characters. */
    private static Gen<String> text(int max) {
        return mostly(List.of("Siti", "x".repeat(max), " x "),
                Arrays.asList("", " ", "\t", "\u00a0", "\u2003", "a\u0000", "x".repeat(max + 1), null));
    }

    private static final List<String> EMAILS = Arrays.asList("siti@example.co.id", "SITI@EXAMPLE.CO.ID", "a+tag@b.co",
            "a%b@c.co", "a_b-c@d-e.co", "a@b", "a@localhost", ".a@b.co", "a.@b.co", "a..b@c.co", "a@-b.co",
            "a@b-.co", "a@b..co", "a@.b.co", "a@b.co.", "\"q r\"@b.co", "a@[1.2.3.4]", "a@1.2.3.4", "é@b.co",
            "a@bé.co", "a b@c.co", "a@b.co ", "x".repeat(64) + "@b.co", "x".repeat(65) + "@b.co",
            "a@" + "d".repeat(63) + ".co", "a@" + "d".repeat(64) + ".co", "a@b@c.co", "@b.co", "a@", "",
            "a@b_c.co", "a!#$&'*/=?^`{|}~@b.co", "a@xn--bcher-kva.example", "a@b.c", "a@123.co",
            "x".repeat(60) + "@" + ("d".repeat(62) + ".").repeat(3) + "co", null);

    private static final List<String> PHONES = Arrays.asList("0812-3456-7890", "+62 812 3456 7890", "0062812345678",
            "+62 (0)812 3456 7890", "12345", "", " ", "08", "+1 202 555 0100", "0812345678901234", null);

    private static final List<String> POSTAL_CODES = List.of("12240", "02240", "1224", "122400", "1224a", "", " ",
            "99999", "10000");

    private static Gen<Address> addresses() {
        Gen<String> street = text(200);
        Gen<String> name = text(100);
        Gen<String> code = mostly(List.of("12240", "99999", "10000"), POSTAL_CODES);
        Gen<String> notes = mostly(Arrays.asList("", "pagar hijau", "n".repeat(500), null), List.of("n".repeat(501)));
        return in -> {
            try {
                return new Address(street.generate(in), name.generate(in), name.generate(in), name.generate(in),
                        name.generate(in), code.generate(in), notes.generate(in));
            } catch (RuntimeException refusedByTheConstructor) {
                return null;
            }
        };
    }

    private static Gen<Money> amounts() {
        return mostly(List.of(Money.idr(150_000), Money.idr(0)), Arrays.asList(Money.idr(-1), null));
    }

    private static Gen<OrderLine> lines() {
        Gen<String> productName = text(200);
        Gen<String> description = mostly(List.of("", "katun", "d".repeat(2000)), Arrays.asList("d".repeat(2001), null));
        Gen<Long> quantity = mostly(List.of(1L, 2L, 1_000_000L), List.of(0L, -1L, 1_000_001L));
        Gen<Money> price = amounts();
        Gen<Optional<String>> category = mostly(List.of(Optional.empty(), Optional.of("fashion"),
                Optional.of("c".repeat(100))), Arrays.asList(Optional.of(""), Optional.of(" "), Optional.of("\t\u2003"),
                Optional.of("c".repeat(101)), null));
        Gen<Optional<ServiceDetails>> service = mostly(List.of(Optional.empty(),
                Optional.of(new ServiceDetails("jahit", Duration.ofHours(2), "")),
                Optional.of(new ServiceDetails("jahit", Duration.ofHours(2), "s".repeat(4000)))), Arrays.asList(
                Optional.of(new ServiceDetails(" ", Duration.ofHours(2), "")),
                Optional.of(new ServiceDetails("jahit", null, "")),
                Optional.of(new ServiceDetails("jahit", Duration.ofHours(2), "s".repeat(4001))), null));
        Gen<TaxCategory> tax = mostly(List.of(TaxCategory.STANDARD), Arrays.asList((TaxCategory) null));
        return in -> {
            try {
                return new OrderLine(Sku.of("KMJ-BTK-M"), productName.generate(in), description.generate(in),
                        quantity.generate(in), price.generate(in), price.generate(in), tax.generate(in),
                        category.generate(in), service.generate(in));
            } catch (RuntimeException refusedByTheConstructor) {
                return null;
            }
        };
    }

    private static Gen<PlaceOrder> commands() {
        Gen<String> key = text(128);
        Gen<String> name = text(200);
        Gen<String> email = mostly(List.of("siti@example.co.id"), EMAILS);
        Gen<String> phone = mostly(List.of("0812-3456-7890"), PHONES);
        Gen<Address> address = addresses();
        Gen<Boolean> sameBilling = oneOf(true, false);
        Gen<OrderLine> line = lines();
        Gen<Integer> lineCount = mostly(List.of(1, 2, 3), List.of(0));
        Gen<Money> discount = amounts();
        Gen<Integer> discountCount = oneOf(0, 1, 2);
        Gen<String> courier = text(50);
        Gen<Integer> eta = mostly(List.of(0, 3), List.of(-1));
        Gen<Optional<PaymentTerms>> terms = mostly(List.of(Optional.empty(), Optional.of(new PaymentTerms(30)),
                Optional.of(new PaymentTerms(365)), Optional.of(new PaymentTerms(0))),
                List.of(Optional.of(new PaymentTerms(366)), Optional.of(new PaymentTerms(-1))));
        Gen<List<String>> stages = mostly(List.of(List.of(), List.of("cutting", "welding"),
                java.util.Collections.nCopies(50, "stage")), List.of(List.of(" "), List.of("s".repeat(101)),
                java.util.Collections.nCopies(51, "stage")));
        Gen<String> notes = mostly(List.of("", "tolong dibungkus", "n".repeat(2000)), List.of("n".repeat(2001)));
        Gen<List<String>> vouchers = mostly(List.of(List.of(), List.of("HEMAT10"), java.util.Collections.nCopies(10, "V")),
                List.of(List.of(""), List.of("v".repeat(51)), java.util.Collections.nCopies(11, "V")));
        Gen<List<String>> groups = mostly(List.of(List.of(), List.of("vip")), List.of(List.of(" "),
                List.of("g".repeat(101))));
        Gen<Optional<String>> account = mostly(List.of(Optional.empty(), Optional.of("PT Maju")),
                List.of(Optional.of(""), Optional.of("\t"), Optional.of("a".repeat(101)), Optional.of("\u2003")));
        AtomicInteger ids = new AtomicInteger();
        return in -> {
            Customer customer;
            try {
                Address shipping = address.generate(in);
                customer = new Customer(CustomerId.of("C-1"), name.generate(in), email.generate(in),
                        phone.generate(in), shipping, sameBilling.generate(in) ? shipping : address.generate(in));
            } catch (RuntimeException refusedByTheConstructor) {
                customer = null;
            }
            List<OrderLine> ls = new ArrayList<>();
            for (int i = lineCount.generate(in); i > 0; i--) {
                ls.add(line.generate(in));
            }
            PlaceOrder.Builder b = PlaceOrder.builder()
                    .tenant(TestOrders.TENANT)
                    .orderId(OrderId.of("INV-" + ids.incrementAndGet()))
                    .idempotencyKey(key.generate(in))
                    .customer(customer)
                    .paymentMethod(PaymentMethod.VIRTUAL_ACCOUNT)
                    .shipping(new ShippingMethod(courier.generate(in), ServiceLevel.REGULAR, eta.generate(in),
                            discount.generate(in)))
                    .notes(notes.generate(in));
            for (OrderLine l : ls) {
                b.line(l);
            }
            for (int i = discountCount.generate(in); i > 0; i--) {
                b.orderDiscount(discount.generate(in));
            }
            terms.generate(in).ifPresent(b::paymentTerms);
            List<String> s = stages.generate(in);
            if (!s.isEmpty()) {
                b.productionStages(s.toArray(String[]::new));
            }
            for (String v : vouchers.generate(in)) {
                b.voucher(v);
            }
            for (String g : groups.generate(in)) {
                b.customerGroup(g);
            }
            account.generate(in).ifPresent(b::account);
            try {
                return b.build();
            } catch (RuntimeException refusedByTheBuilder) {
                return null;
            }
        };
    }

    @Test
    void neverCertifiesACommandTheValidatorRejects() {
        AtomicInteger certified = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        int n = examples(10_000);
        qt().withExamples(n).forAll(commands()).checkAssert(c -> {
            if (c == null) {
                return;
            }
            boolean valid = TestOrders.VALIDATION.violationsOf(c).isEmpty();
            if (!valid) {
                rejected.incrementAndGet();
            }
            if (PlacementPrecheck.certainlyValid(c)) {
                certified.incrementAndGet();
                assertTrue(valid, () -> "certified but the validator says " + TestOrders.VALIDATION.violationsOf(c));
            }
        });
        // Not vacuous: many commands are certified (over 1.5 %), and many (over 30 %) break exactly the
        // kind of rule checked.
        assertTrue(certified.get() > n * 15L / 1_000, "certified: " + certified + " of " + n);
        assertTrue(rejected.get() > n * 3L / 10, "rejected by the validator: " + rejected + " of " + n);
    }

    @Test
    void anOrdinaryCheckoutIsCertified() {
        for (OrderType type : OrderType.values()) {
            assertTrue(PlacementPrecheck.certainlyValid(TestOrders.placement(type).build()), type.name());
        }
    }

    @Test
    void plainAddressesAreASubsetOfWhatTheValidatorAccepts() {
        assertTrue(PlacementPrecheck.plainEmail("siti.rahayu+toko@mail.example.co.id"));
        assertFalse(PlacementPrecheck.plainEmail("siti@localhost"), "single-label domains go to the validator");
        assertFalse(PlacementPrecheck.plainEmail("\"siti\"@example.co.id"), "quoted local parts go to the validator");
        assertFalse(PlacementPrecheck.plainEmail("siti..r@example.co.id"));
        assertFalse(PlacementPrecheck.plainEmail("siti@-example.co.id"));
    }

    @Test
    void aPromisedDateInThePastIsLeftToThePlacementRules() {
        // The pre-check covers the annotations only; the service's own rules still run after it.
        PlaceOrder c = TestOrders.placement(OrderType.PRE_ORDER).promisedDate(LocalDate.of(2020, 1, 1)).build();
        assertTrue(PlacementPrecheck.certainlyValid(c));
        assertEquals(List.of("promisedDate"), PlacementRules.check(c, LocalDate.of(2026, 11, 25)).stream()
                .map(dev.orderan.core.validation.Violation::path).toList());
    }
}
