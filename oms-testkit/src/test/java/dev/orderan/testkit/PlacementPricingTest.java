package dev.orderan.testkit;

import static dev.orderan.testkit.OrderFixtures.TENANT;
import static dev.orderan.testkit.OrderFixtures.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.order.VoucherNotAppliedException;
import dev.orderan.core.pricing.Discount;
import dev.orderan.core.pricing.DiscountEffect;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.InMemoryVoucherRedemptions;
import dev.orderan.core.pricing.InvalidPricingRequestException;
import dev.orderan.core.pricing.PriceBook;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PriceList;
import dev.orderan.core.pricing.PriceListScope;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.pricing.PricingContext;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.pricing.TaxInvoice;
import dev.orderan.core.pricing.Voucher;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.tax.Npwp;
import dev.orderan.core.validation.ValidationFailedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Everything pricing knows reaches the placed order, and the order says what was charged. */
class PlacementPricingTest {

    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();

    private OrderService service(PricingEngine engine) {
        return OrderService.builder().store(store).clock(clock).pricing(engine).build();
    }

    private static PlaceOrder.Builder shirts(String id, long unitPrice) {
        return PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of(id)).idempotencyKey("k-" + id)
                .customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(SHIRT, "Kemeja Batik", 2, Money.idr(unitPrice)))
                .paymentMethod(dev.orderan.core.order.PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(0)));
    }

    @Test
    void aLineCarriesThePriceChargedAndAnInvoicePrintedFromTheOrderIsRight() {
        PriceBook book = PriceBook.of(PriceList.builder("retail-2026", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE,
                Money.IDR).price(SHIRT, Money.idr(99_000)).build());
        OrderService orders = service(PricingEngine.builder().priceBook(book).build());
        Order order = orders.place(shirts("PL-1", 75_000).build()).order();
        assertEquals(Money.idr(99_000), order.lines().get(0).unitPrice(), "the price charged, not the caller's");
        assertEquals(Money.idr(75_000), order.price().lines().get(0).requestedUnitPrice());
        assertEquals("retail-2026", order.price().lines().get(0).priceSource());
        TaxInvoice invoice = TaxInvoice.of(order.price(), Npwp.parse("01.234.567.8-901.000"), Optional.empty());
        assertEquals(Money.idr(198_000), invoice.lines().get(0).sellingPrice());
        assertEquals(order.price().taxTotal(), invoice.totalPpn());
    }

    @Test
    void aTaxInclusivePriceIsChargedAsListedToTheRupiah() {
        PriceBook book = PriceBook.of(PriceList.builder("b2c", PriceListScope.retail(), PriceMode.TAX_INCLUSIVE, Money.IDR)
                .price(SHIRT, Money.idr(149_900)).build());
        OrderService orders = service(PricingEngine.builder().priceBook(book).build());
        Order order = orders.place(shirts("PL-2", 149_900).priceMode(PriceMode.TAX_INCLUSIVE).build()).order();
        assertEquals(Money.idr(299_800), order.grandTotal(), "2 x Rp 149.900, not Rp 149.899");
        assertEquals(PriceMode.TAX_INCLUSIVE, order.price().priceMode());
        assertEquals(Money.idr(29_709), order.price().taxTotal(), "PPN inside: 299.800 x 11/111, rounded down");
    }

    @Test
    void customerGroupAndContractPricesApplyFromThePlacement() {
        PriceBook book = PriceBook.of(
                PriceList.builder("retail", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .price(SHIRT, Money.idr(150_000)).build(),
                PriceList.builder("gold", PriceListScope.customerGroup("member-gold"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .price(SHIRT, Money.idr(135_000)).build(),
                PriceList.builder("pt-maju", PriceListScope.contract("PT-MAJU"), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                        .price(SHIRT, Money.idr(120_000)).build());
        OrderService orders = service(PricingEngine.builder().priceBook(book).build());
        Order gold = orders.place(shirts("PL-3", 150_000).customerGroup("member-gold").build()).order();
        assertEquals(Money.idr(135_000), gold.lines().get(0).unitPrice());
        assertEquals(List.of("member-gold"), gold.customerGroups());
        Order contract = orders.place(shirts("PL-4", 150_000).account("PT-MAJU").build()).order();
        assertEquals(Money.idr(120_000), contract.lines().get(0).unitPrice());
        assertEquals("PT-MAJU", contract.account().orElseThrow());
    }

    @Test
    void aCategoryPromotionReachesTheLinesOfThatCategory() {
        OrderService orders = service(PricingEngine.builder()
                .discount(Discount.builder("TOPS10", new DiscountEffect.PercentOff(1_000)).category("tops").build())
                .build());
        Order order = orders.place(shirts("PL-5", 100_000)
                .line(OrderLine.goods(Sku.of("HAT-1"), "Hat", 1, Money.idr(50_000)).withCategory("accessories"))
                .build()).order();
        assertTrue(order.price().discountTotal().isZero(), "the shirt line has no category yet");
        Order tops = orders.place(PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("PL-6")).idempotencyKey("k-PL-6")
                .customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(SHIRT, "Kemeja", 2, Money.idr(100_000)).withCategory("tops"))
                .line(OrderLine.goods(Sku.of("HAT-1"), "Hat", 1, Money.idr(50_000)).withCategory("accessories"))
                .paymentMethod(dev.orderan.core.order.PaymentMethod.VIRTUAL_ACCOUNT)
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(0))).build()).order();
        assertEquals(Money.idr(20_000), tops.lines().get(0).discount());
        assertTrue(tops.lines().get(1).discount().isZero());
        assertEquals("tops", tops.lines().get(0).category().orElseThrow());
    }

    private OrderService voucherService() {
        InMemoryVoucherRedemptions redemptions = InMemoryVoucherRedemptions.of(store);
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("PAYDAY", new DiscountEffect.AmountOff(Money.idr(25_000), DiscountEffect.Per.ORDER))
                        .requiresVoucher().build())
                .voucher(Voucher.of("PAYDAY25", "PAYDAY").withLimits(100, 1))
                .voucherUsage(redemptions.usage(TENANT))
                .build();
        return OrderService.builder().store(store).voucherRedemptions(redemptions).clock(clock).pricing(engine).build();
    }

    @Test
    void aVoucherIsRedeemedWithThePlacementAndItsPerCustomerLimitHolds() {
        OrderService orders = voucherService();
        Order first = orders.place(shirts("V-1", 100_000).voucher(" payday25 ").build()).order();
        assertEquals(Money.idr(25_000), first.price().discountTotal());
        assertEquals(List.of(" payday25 "), first.voucherCodes());
        VoucherNotAppliedException again = assertThrows(VoucherNotAppliedException.class,
                () -> orders.place(shirts("V-2", 100_000).voucher("PAYDAY25").build()));
        assertEquals(DiscountOutcome.Reason.VOUCHER_CUSTOMER_LIMIT_REACHED, again.reason());
        assertTrue(orders.find(TENANT, OrderId.of("V-2")).isEmpty(), "refused, not placed at another price");
        VoucherNotAppliedException unknown = assertThrows(VoucherNotAppliedException.class,
                () -> orders.place(shirts("V-3", 100_000).voucher("NOPE").build()));
        assertEquals(DiscountOutcome.Reason.UNKNOWN_VOUCHER_CODE, unknown.reason());
    }

    @Test
    void aQuoteAfterAVouchersLimitIsReachedNoLongerOffersTheVoucher() {
        PricingEngine engine = PricingEngine.builder()
                .discount(Discount.builder("PAYDAY", new DiscountEffect.AmountOff(Money.idr(25_000), DiscountEffect.Per.ORDER))
                        .requiresVoucher().build())
                .voucher(Voucher.of("PAYDAY25", "PAYDAY").withLimits(1, 1))
                .voucherUsage(InMemoryVoucherRedemptions.of(store).usage(TENANT))
                .build();
        // The obvious wiring: the service gets the store only, no redemptions of its own.
        OrderService orders = service(engine);
        PricingRequest quote = new PricingRequest(Money.IDR, List.of(PricingRequest.Line.of(SHIRT, 2,
                Money.idr(100_000), "tops")), List.of(), Money.idr(0), clock.instant(),
                PricingContext.builder().customer(CustomerId.of("C-002")).voucher("payday25").build());
        assertEquals(Money.idr(25_000), engine.price(quote).discountTotal(), "offered while nobody has used it");

        orders.place(shirts("VQ-1", 100_000).voucher("PAYDAY25").build());

        PriceBreakdown after = engine.price(quote);
        assertTrue(after.discountTotal().isZero(), "the only redemption is used up");
        assertEquals(DiscountOutcome.Reason.VOUCHER_USAGE_LIMIT_REACHED, after.voucherUses().get(0).reason());
        VoucherNotAppliedException refused = assertThrows(VoucherNotAppliedException.class, () -> orders.place(
                shirts("VQ-2", 100_000).customer(OrderFixtures.customer("C-002")).voucher("PAYDAY25").build()));
        assertEquals(DiscountOutcome.Reason.VOUCHER_USAGE_LIMIT_REACHED, refused.reason());
        assertSame(InMemoryVoucherRedemptions.of(store), InMemoryVoucherRedemptions.of(store), "one per store");
    }

    @Test
    void concurrentPlacementsCannotBothPassAOncePerCustomerVoucher() throws Exception {
        OrderService orders = voucherService();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int placed = 0;
        int refused = 0;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = "VC-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        orders.place(shirts(id, 100_000).voucher("PAYDAY25").build());
                        return true;
                    } catch (VoucherNotAppliedException limit) {
                        return false;
                    }
                }));
            }
            start.countDown();
            for (Future<Boolean> f : results) {
                if (f.get(10, TimeUnit.SECONDS)) {
                    placed++;
                } else {
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, placed);
        assertEquals(15, refused);
    }

    @Test
    void anOrderInACurrencyTheTaxEngineDoesNotHandleIsRefusedNotTaxedAsRupiah() {
        OrderService orders = service(PricingEngine.standard());
        PlaceOrder usd = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("USD-1")).idempotencyKey("k-usd")
                .customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(SHIRT, "Batik shirt", 1, Money.of(40, Currencies.USD)))
                .paymentMethod(dev.orderan.core.order.PaymentMethod.CARD)
                .shipping(new ShippingMethod("dhl", ServiceLevel.EXPRESS, 5, Money.of(15, Currencies.USD))).build();
        InvalidPricingRequestException e = assertThrows(InvalidPricingRequestException.class, () -> orders.place(usd));
        assertEquals("currency", e.field());
        assertTrue(e.getMessage().contains("PPN does not tax amounts in USD"), e.getMessage());
        assertTrue(orders.find(TENANT, OrderId.of("USD-1")).isEmpty());
    }

    @Test
    void hugeAmountsAreRefusedWithTheFieldNotABareOverflow() {
        OrderService orders = service(PricingEngine.standard());
        PlaceOrder huge = shirts("H-1", 1).build();
        PlaceOrder maxLine = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("H-1")).idempotencyKey("k-h1")
                .customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(SHIRT, "Gold", 1, Money.ofMinor(Long.MAX_VALUE, Money.IDR)))
                .paymentMethod(huge.paymentMethod())
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(18_000))).build();
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> orders.place(maxLine));
        assertEquals("shipping.fee", e.violations().get(0).path());
        PlaceOrder twoLines = PlaceOrder.builder().tenant(TENANT).orderId(OrderId.of("H-2")).idempotencyKey("k-h2")
                .customer(OrderFixtures.customer("C-001"))
                .line(OrderLine.goods(SHIRT, "Gold", 1, Money.ofMinor(Long.MAX_VALUE / 2 + 1, Money.IDR)))
                .line(OrderLine.goods(Sku.of("X"), "Gold", 1, Money.ofMinor(Long.MAX_VALUE / 2 + 1, Money.IDR)))
                .paymentMethod(huge.paymentMethod())
                .shipping(new ShippingMethod("jne", ServiceLevel.REGULAR, 3, Money.idr(0))).build();
        ValidationFailedException lines = assertThrows(ValidationFailedException.class, () -> orders.place(twoLines));
        assertEquals("lines", lines.violations().get(0).path());
    }

    @Test
    void theShippingAddressReachesTaxAsADestination() {
        java.util.concurrent.atomic.AtomicReference<Optional<String>> seen = new java.util.concurrent.atomic.AtomicReference<>();
        OrderService orders = OrderService.builder().store(store).clock(clock).pricing(request -> {
            seen.set(request.context().destination());
            return PricingEngine.standard().price(request);
        }).build();
        orders.place(shirts("D-1", 100_000).customer(Customer.of(CustomerId.of("C-SBY"), "Rina", "rina@example.id",
                "0812 2222 3333", new dev.orderan.core.order.Address("Jl. Darmo 1", "Darmo", "Wonokromo",
                        "Kota Surabaya", "Jawa Timur", "60241", ""))).build());
        assertEquals(Optional.of("ID-60241"), seen.get());
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(TENANT, OrderId.of("D-1")).orElseThrow().status());
    }
}
