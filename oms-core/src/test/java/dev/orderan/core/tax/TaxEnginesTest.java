package dev.orderan.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PricingContext;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.pricing.PricingRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Which rate the US sales-tax and EU VAT engines pick for a destination and category, what they
 * refuse, zero rates, and the currencies each engine taxes.
 */
class TaxEnginesTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static TaxContext to(String destination) {
        return new TaxContext(DAY, Optional.of(destination));
    }

    private static final TaxContext NOWHERE = new TaxContext(DAY, Optional.empty());

    @Test
    void usSalesTaxTakesTheLongestMatchingJurisdictionAndItsReducedRate() {
        UsSalesTax tax = UsSalesTax.builder()
                .jurisdiction("US-NY", "0.04", "0.02")
                .jurisdiction("US-NY-10001", "0.08875")
                .build();
        assertEquals("SALES-US-NY-10001", tax.rate(TaxCategory.STANDARD, to("US-NY-10001")).code());
        assertEquals(new BigDecimal("0.08875"), tax.rate(TaxCategory.STANDARD, to("US-NY-10001")).effectiveRate());
        // A finer destination falls back to the longest configured prefix.
        assertEquals("SALES-US-NY-10001", tax.rate(TaxCategory.STANDARD, to("US-NY-10001-0042")).code());
        assertEquals("SALES-US-NY", tax.rate(TaxCategory.STANDARD, to("US-NY-12201")).code());
        assertEquals("SALES-US-NY-R", tax.rate(TaxCategory.REDUCED, to("US-NY-12201")).code());
        assertEquals(new BigDecimal("0.02"), tax.rate(TaxCategory.REDUCED, to("US-NY-12201")).effectiveRate());
        // Without a separate reduced rate, reduced goods pay the jurisdiction's rate.
        assertEquals(new BigDecimal("0.08875"), tax.rate(TaxCategory.REDUCED, to("US-NY-10001")).effectiveRate());
        assertSame(TaxRate.EXEMPT, tax.rate(TaxCategory.EXEMPT, NOWHERE), "exempt needs no destination");
    }

    @Test
    void usSalesTaxRefusesUnknownOrMissingDestinationsNamingThem() {
        UsSalesTax tax = UsSalesTax.builder().jurisdiction("US-NY", "0.04").build();
        TaxRuleNotFoundException unknown = assertThrows(TaxRuleNotFoundException.class,
                () -> tax.rate(TaxCategory.STANDARD, to("US-CA-90001")));
        assertEquals("SALES-TAX: no tax rule for STANDARD on 2026-11-25 to US-CA-90001: no jurisdiction matches US-CA-90001",
                unknown.getMessage());
        assertEquals("SALES-TAX", unknown.engine());
        assertEquals(TaxCategory.STANDARD, unknown.category());
        TaxRuleNotFoundException missing = assertThrows(TaxRuleNotFoundException.class,
                () -> tax.rate(TaxCategory.STANDARD, NOWHERE));
        assertEquals("SALES-TAX: no tax rule for STANDARD on 2026-11-25: destination missing", missing.getMessage());
    }

    @Test
    void euVatPicksTheCountryOfTheDestinationAndItsReducedRate() {
        EuVat vat = EuVat.examples();
        assertEquals("VAT-DE-19", vat.rate(TaxCategory.STANDARD, to("DE")).code());
        assertEquals("VAT-DE-7", vat.rate(TaxCategory.REDUCED, to("DE")).code());
        assertEquals("VAT-FR-5.5", vat.rate(TaxCategory.REDUCED, to("FR-75001")).code());
        assertEquals(new BigDecimal("0.055"), vat.rate(TaxCategory.REDUCED, to("FR-75001")).effectiveRate());
        assertEquals("VAT-NL-21", vat.rate(TaxCategory.STANDARD, to("NL-1011")).code());
        assertSame(TaxRate.EXEMPT, vat.rate(TaxCategory.EXEMPT, NOWHERE));
        TaxRuleNotFoundException unknown = assertThrows(TaxRuleNotFoundException.class,
                () -> vat.rate(TaxCategory.STANDARD, to("IT-00100")));
        assertEquals("VAT: no tax rule for STANDARD on 2026-11-25 to IT-00100: no VAT rates for country IT",
                unknown.getMessage());
        TaxRuleNotFoundException missing = assertThrows(TaxRuleNotFoundException.class,
                () -> vat.rate(TaxCategory.REDUCED, NOWHERE));
        assertEquals("VAT: no tax rule for REDUCED on 2026-11-25: destination country missing", missing.getMessage());
    }

    @Test
    void eachEngineTaxesOnlyItsOwnCurrencies() {
        assertTrue(UsSalesTax.builder().build().handles(USD));
        assertFalse(UsSalesTax.builder().build().handles(EUR));
        assertTrue(EuVat.examples().handles(EUR));
        assertFalse(EuVat.examples().handles(USD));
        CurrencyUnit sek = Monetary.getCurrency("SEK");
        assertFalse(EuVat.examples().handles(sek));
        assertTrue(EuVat.builder().currency("SEK").build().handles(sek));
        assertTrue(IndonesiaPpn.perInvoice().handles(Money.IDR));
        assertFalse(IndonesiaPpn.perInvoice().handles(USD));
        assertEquals("SALES-TAX", UsSalesTax.builder().build().name());
        assertEquals("VAT", EuVat.examples().name());
        assertEquals("PPN", IndonesiaPpn.perLine().name());
    }

    @Test
    void zeroRatesChargeNoTaxWhateverTheRounding() {
        TaxRate zero = TaxRate.simple("ZERO", new BigDecimal("0"));
        assertTrue(zero.isZero());
        assertEquals(0, zero.taxOnExclusive(1_000_000, 1, RoundingMode.UP));
        assertEquals(0, zero.taxInInclusive(1_000_000, 1, RoundingMode.UP));
        assertTrue(TaxRate.EXEMPT.isZero());
        assertTrue(new TaxRate("NO-BASE", 0, 1, 12, 100).isZero());
        assertFalse(IndonesiaPpn.NILAI_LAIN_12.isZero());
        // A 0 % jurisdiction and a 0 % reduced VAT rate price without tax, rounding up or not.
        UsSalesTax oregon = UsSalesTax.builder().jurisdiction("US-OR", "0")
                .rounding(new TaxRounding(TaxRounding.Scope.PER_LINE, RoundingMode.UP, false)).build();
        PriceBreakdown us = PricingEngine.builder().taxEngine(oregon).build().price(new PricingRequest(USD,
                List.of(new PricingRequest.Line(Sku.of("A"), 3, Money.of("33.33", USD), Money.zero(USD),
                        TaxCategory.STANDARD)), List.of(), Money.zero(USD), Instant.parse("2026-11-25T03:00:00Z"),
                PricingContext.builder().destination("US-OR-97201").build()));
        assertEquals(Money.zero(USD), us.taxTotal());
        assertEquals(Money.of("99.99", USD), us.grandTotal());
        assertEquals("SALES-US-OR", us.lines().get(0).taxRateCode());
        EuVat ireland = EuVat.builder().country("IE", "0.23", "0").build();
        assertEquals("VAT-IE-0", ireland.rate(TaxCategory.REDUCED, to("IE")).code());
        PriceBreakdown eu = PricingEngine.builder().taxEngine(ireland).build().price(new PricingRequest(EUR,
                List.of(new PricingRequest.Line(Sku.of("BREAD"), 1, Money.of("2.49", EUR), Money.zero(EUR),
                        TaxCategory.REDUCED), new PricingRequest.Line(Sku.of("WINE"), 1, Money.of("10.00", EUR),
                        Money.zero(EUR), TaxCategory.STANDARD)), List.of(), Money.zero(EUR),
                Instant.parse("2026-11-25T03:00:00Z"), PricingContext.builder().destination("IE").build()));
        assertEquals(Money.zero(EUR), eu.lines().get(0).tax());
        assertEquals(Money.of("2.30", EUR), eu.lines().get(1).tax());
    }

    @Test
    void ppnChangesRateOnTheDayEachRuleTookEffect() {
        IndonesiaPpn ppn = IndonesiaPpn.perInvoice();
        assertEquals(IndonesiaPpn.FULL_10, ppn.rate(TaxCategory.STANDARD, TaxContext.on(LocalDate.of(2022, 3, 31))));
        assertEquals(IndonesiaPpn.FULL_11, ppn.rate(TaxCategory.STANDARD, TaxContext.on(LocalDate.of(2022, 4, 1))));
        assertEquals(IndonesiaPpn.FULL_10, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2022, 3, 31))));
        assertEquals(IndonesiaPpn.FULL_11, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2022, 4, 1))));
        assertEquals(IndonesiaPpn.FULL_11, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2024, 12, 31))));
        assertEquals(IndonesiaPpn.NILAI_LAIN_12, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2025, 1, 1))));
        assertEquals(IndonesiaPpn.NILAI_LAIN_12, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2025, 1, 31))));
        assertEquals(IndonesiaPpn.FULL_12, ppn.rate(TaxCategory.LUXURY, TaxContext.on(LocalDate.of(2025, 2, 1))));
        assertSame(TaxRate.EXEMPT, ppn.rate(TaxCategory.EXEMPT, TaxContext.on(LocalDate.of(2025, 2, 1))));
        assertEquals(TaxRounding.Scope.PER_LINE, IndonesiaPpn.perLine().rounding(Money.IDR).scope());
        assertEquals(TaxRounding.Scope.PER_INVOICE, ppn.rounding(Money.IDR).scope());
        assertEquals(RoundingMode.DOWN, ppn.rounding(Money.IDR).mode());
        assertTrue(ppn.rounding(Money.IDR).wholeMajorUnits());
    }

    @Test
    void aRateNeedsPositiveDenominatorsAndNonNegativeNumerators() {
        assertEquals("denominators: must be positive", assertThrows(IllegalArgumentException.class,
                () -> new TaxRate("X", 1, 0, 11, 100)).getMessage());
        assertEquals("denominators: must be positive", assertThrows(IllegalArgumentException.class,
                () -> new TaxRate("X", 1, 1, 11, 0)).getMessage());
        assertEquals("numerators: must not be negative", assertThrows(IllegalArgumentException.class,
                () -> new TaxRate("X", -1, 1, 11, 100)).getMessage());
        assertEquals("numerators: must not be negative", assertThrows(IllegalArgumentException.class,
                () -> new TaxRate("X", 1, 1, -11, 100)).getMessage());
        // The smallest valid values: denominators of 1, numerators of 0.
        assertTrue(new TaxRate("ZERO", 0, 1, 0, 1).isZero());
        assertEquals(new BigDecimal("0.11"), new TaxRate("PPN-11", 1, 1, 11, 100).effectiveRate());
    }
}
