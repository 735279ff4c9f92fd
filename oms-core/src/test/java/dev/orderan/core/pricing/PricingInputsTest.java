package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.Npwp;
import dev.orderan.core.tax.TaxCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * The checks at the edges of the pricing values users build themselves: gateway scales, discount
 * effects, price lists and their scopes; and the tax invoice of a tax-inclusive order with taxed
 * shipping.
 */
class PricingInputsTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final Sku SHIRT = Sku.of("SHIRT");

    @Test
    void aGatewayScaleIsBetweenZeroAndTheCurrencysDigitsAndTakesOnlyItsCurrency() {
        assertEquals("scale: must be between 0 and 2, was -1", assertThrows(IllegalArgumentException.class,
                () -> new GatewayAmountScale(Money.IDR, -1)).getMessage());
        assertEquals("scale: must be between 0 and 2, was 3", assertThrows(IllegalArgumentException.class,
                () -> new GatewayAmountScale(Money.IDR, 3)).getMessage());
        GatewayAmountScale sen = new GatewayAmountScale(Money.IDR, 2);
        assertEquals(new BigDecimal("10.50"), sen.toGateway(Money.of("10.50", Money.IDR)));
        GatewayAmountScale whole = GatewayAmountScale.IDR_WHOLE_RUPIAH;
        assertEquals("amount", assertThrows(InvalidPricingRequestException.class,
                () -> whole.toGateway(Money.of(1, USD))).field());
        assertThrows(InvalidPricingRequestException.class, () -> whole.toGateway(Money.of(1, USD), RoundingMode.DOWN));
        assertThrows(InvalidPricingRequestException.class, () -> whole.fits(Money.of(1, USD)));
        assertTrue(whole.fits(Money.idr(150_000)));
        assertFalse(whole.fits(Money.of("150000.50", Money.IDR)));
        assertTrue(sen.fits(Money.of("150000.50", Money.IDR)));
        // From the gateway: whole numbers in any notation, or amounts with sen.
        assertEquals(Money.idr(100_000), whole.fromGateway(new BigDecimal("1E+5")));
        assertEquals(Money.idr(150_000), whole.fromGateway(new BigDecimal("150000")));
        assertEquals(Money.of("150000.50", Money.IDR), whole.fromGateway(new BigDecimal("150000.50")));
    }

    @Test
    void buyXGetYNeedsAtLeastOneOfEachAndAPercentageBetweenOneBasisPointAndAll() {
        assertThrows(IllegalArgumentException.class, () -> new DiscountEffect.BuyXGetY(0, 1, 10_000));
        assertThrows(IllegalArgumentException.class, () -> new DiscountEffect.BuyXGetY(1, 0, 10_000));
        assertEquals("basisPoints: must be between 1 and 10000, was 0", assertThrows(IllegalArgumentException.class,
                () -> new DiscountEffect.BuyXGetY(1, 1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DiscountEffect.BuyXGetY(1, 1, 10_001));
        assertThrows(IllegalArgumentException.class, () -> new DiscountEffect.PercentOff(10_001));
        assertEquals(1, new DiscountEffect.BuyXGetY(1, 1, 1).basisPointsOff());
        assertEquals(10_000, new DiscountEffect.PercentOff(10_000).basisPoints());
    }

    @Test
    void aPriceListRefusesAnEmptyWindowAndTiersInAnotherCurrencyAndSortsItsTiers() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals("validUntil: must be after validFrom", assertThrows(IllegalArgumentException.class,
                () -> PriceList.builder("x", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR).validFrom(from)
                        .validUntil(from).price(SHIRT, Money.idr(1)).build()).getMessage());
        PriceList.builder("x", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR).validFrom(from)
                .validUntil(from.plusSeconds(1)).price(SHIRT, Money.idr(1)).build();
        assertThrows(IllegalArgumentException.class, () -> PriceList.builder("x", PriceListScope.retail(),
                PriceMode.TAX_EXCLUSIVE, Money.IDR).price(SHIRT, Money.of(1, USD)).build());
        // Tiers given largest first are still chosen by quantity.
        PriceList tiers = PriceList.builder("x", PriceListScope.retail(), PriceMode.TAX_EXCLUSIVE, Money.IDR)
                .tier(SHIRT, 10, Money.idr(90_000)).tier(SHIRT, 1, Money.idr(100_000)).build();
        assertEquals(Optional.of(Money.idr(100_000)), tiers.unitPrice(SHIRT, 9));
        assertEquals(Optional.of(Money.idr(90_000)), tiers.unitPrice(SHIRT, 10));
        assertEquals(Optional.empty(), tiers.unitPrice(Sku.of("HAT"), 1));
    }

    @Test
    void aScopeHasAKeyExactlyWhenItIsNotRetail() {
        assertThrows(IllegalArgumentException.class,
                () -> new PriceListScope(PriceListScope.Kind.RETAIL, "web"));
        assertEquals("key: must be empty exactly for RETAIL, was '' for CHANNEL", assertThrows(
                IllegalArgumentException.class, () -> new PriceListScope(PriceListScope.Kind.CHANNEL, "")).getMessage());
        assertEquals("web", PriceListScope.channel("web").key());
    }

    @Test
    void theInvoiceOfAnInclusiveOrderWithTaxedShippingIncludesTheShippingInTheSellingPrice() {
        PriceBreakdown b = PricingEngine.builder().taxShipping(true).build().price(new PricingRequest(Money.IDR,
                List.of(new PricingRequest.Line(SHIRT, 1, Money.idr(111_000), Money.idr(0), TaxCategory.STANDARD)),
                List.of(), Money.idr(11_100), Instant.parse("2025-06-02T03:00:00Z"),
                PricingContext.builder().priceMode(PriceMode.TAX_INCLUSIVE).build()));
        // 122,100 paid with shipping holds 11/111 of PPN: 12,100; the rest, 110,000, is the selling price.
        assertEquals(Money.idr(12_100), b.taxTotal());
        TaxInvoice faktur = TaxInvoice.of(b, Npwp.parse("0012345678901000"), Optional.empty());
        assertEquals(Money.idr(110_000), faktur.lines().get(0).sellingPrice());
        assertEquals(Money.idr(110_000), faktur.totalSellingPrice());
    }
}
