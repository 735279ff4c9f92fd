package dev.orderan.core.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final javax.money.CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final javax.money.CurrencyUnit JPY = Monetary.getCurrency("JPY");

    @Test
    void rupiahAreCountedInSenAsIsoMinorUnits() {
        Money price = Money.idr(1_250_000);
        assertEquals(125_000_000L, price.minor());
        assertEquals(2, price.scale());
        assertEquals(new BigDecimal("1250000.00"), price.toBigDecimal());
    }

    @Test
    void decimalWithMoreFractionDigitsThanTheCurrencyIsRejectedNotRounded() {
        assertEquals(Money.ofMinor(1_001, USD), Money.of("10.01", USD));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Money.of("10.005", USD));
        assertTrue(e.getMessage().contains("10.005"));
        assertThrows(ArithmeticException.class, () -> Money.of("1.5", JPY));
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        Money huge = Money.ofMinor(Long.MAX_VALUE, USD);
        assertThrows(ArithmeticException.class, () -> huge.plus(Money.ofMinor(1, USD)));
        assertThrows(ArithmeticException.class, () -> huge.times(2));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MIN_VALUE, USD).negate());
    }

    @Test
    void combiningCurrenciesFailsWithBothNamed() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Money.idr(1).plus(Money.of(1, USD)));
        assertEquals("currency mismatch: expected IDR but was USD", e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> Money.idr(1).compareTo(Money.of(1, USD)));
        assertEquals("IDR", e.expected().getCurrencyCode());
        assertEquals("USD", e.actual().getCurrencyCode());
    }

    @Test
    void divisionRoundsOnlyAsNamed() {
        Money hundred = Money.of(100, USD);
        assertEquals(Money.ofMinor(3_333, USD), hundred.divide(3, RoundingMode.DOWN));
        assertEquals(Money.ofMinor(3_334, USD), hundred.divide(3, RoundingMode.UP));
        assertThrows(ArithmeticException.class, () -> hundred.divide(3, RoundingMode.UNNECESSARY));
        assertEquals(Money.idr(110_000), Money.idr(1_000_000).multiply(11, 100, RoundingMode.UNNECESSARY));
    }

    @Test
    void roundingToWholeRupiahIsExplicit() {
        Money withSen = Money.of("137499.96", Money.IDR);
        assertEquals(Money.idr(137_499), withSen.roundToMultipleOf(100, RoundingMode.DOWN));
        assertEquals(Money.idr(137_500), withSen.roundToMultipleOf(100, RoundingMode.HALF_UP));
    }

    @Test
    void allocationGivesLeftoverUnitsToLargestRemaindersAndSumsExactly() {
        Money[] parts = Money.ofMinor(100, USD).allocate(1, 1, 1);
        assertArrayEquals(new Money[] {Money.ofMinor(34, USD), Money.ofMinor(33, USD), Money.ofMinor(33, USD)}, parts);
        Money[] skewed = Money.ofMinor(10, USD).allocate(7, 2, 1);
        assertArrayEquals(new Money[] {Money.ofMinor(7, USD), Money.ofMinor(2, USD), Money.ofMinor(1, USD)}, skewed);
        Money[] negative = Money.ofMinor(-100, USD).allocate(1, 1, 1);
        assertEquals(Money.ofMinor(-34, USD), negative[0]);
    }

    @Test
    void allocationRejectsWeightsThatCannotSplit() {
        assertEquals("weights: must not be empty", assertThrows(IllegalArgumentException.class,
                () -> Money.idr(1).allocate()).getMessage());
        assertEquals("weights: must not be empty", assertThrows(IllegalArgumentException.class,
                () -> Money.idr(1).allocate((long[]) null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.idr(1).allocate(0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.idr(1).allocate(1, -1));
        assertTrue(e.getMessage().startsWith("weights[1]"));
    }

    @Test
    void convertsToAndFromMonetaAmountsExactly() {
        Money price = Money.of("1250000.50", Money.IDR);
        assertEquals(price, Money.from(price.toMonetaryAmount()));
        assertEquals(0, price.toMonetaryAmount().getNumber().numberValue(BigDecimal.class)
                .compareTo(new BigDecimal("1250000.50")));
    }

    @Test
    void formatsRupiahForIndonesianAndEnglishReaders() {
        assertEquals("Rp 1.250.000", Money.idr(1_250_000).format(Locale.forLanguageTag("id-ID")));
        assertEquals("Rp 1.250.000,50", Money.of("1250000.50", Money.IDR).format(Locale.forLanguageTag("id-ID")));
        assertEquals("IDR 1,250,000", Money.idr(1_250_000).format(Locale.ENGLISH));
        assertEquals("-Rp 5.000", Money.idr(-5_000).format(Locale.forLanguageTag("id-ID")));
        assertEquals("USD 12.50", Money.of("12.50", USD).format(Locale.ENGLISH));
        assertEquals("USD 12.00", Money.of(12, USD).format(Locale.ENGLISH));
    }

    @Test
    void toStringIsPlainAndLocaleFree() {
        assertEquals("IDR 1250000.00", Money.idr(1_250_000).toString());
    }

    @Test
    void zeroIsFormattedWithoutSignAndRupiahWithoutFraction() {
        assertEquals("Rp 0", MoneyFormat.indonesian().format(Money.idr(0)));
        assertEquals("IDR 0", MoneyFormat.english().format(Money.idr(0)));
        assertEquals("USD 0.00", MoneyFormat.english().format(Money.zero(USD)));
        assertEquals("Rp 0,50", MoneyFormat.indonesian().format(Money.of("0.50", Money.IDR)));
        assertEquals("-Rp 0,50", MoneyFormat.indonesian().format(Money.of("-0.50", Money.IDR)));
        assertEquals("-USD 0.01", MoneyFormat.of(Locale.ENGLISH).format(Money.of("-0.01", USD)));
        // Only Indonesian readers get the Rp symbol, and only for rupiah.
        assertEquals("USD 1.250,00", MoneyFormat.indonesian().format(Money.of("1250.00", USD)));
        assertEquals("IDR 1.250.000", MoneyFormat.of(Locale.GERMANY).format(Money.idr(1_250_000)));
    }

    @Test
    void subtractingAnotherCurrencyFailsAndSameCurrencySubtracts() {
        assertEquals("currency mismatch: expected IDR but was USD", assertThrows(CurrencyMismatchException.class,
                () -> Money.idr(5).minus(Money.of(1, USD))).getMessage());
        assertEquals(Money.idr(4), Money.idr(5).minus(Money.idr(1)));
    }

    @Test
    void multiplyingByADecimalOrAFractionRoundsOnceAsNamed() {
        // 1,000 × 0.115 = 115 exactly; 10 sen × 0.115 = 1.15 sen: half-up 1, up 2.
        assertEquals(Money.idr(115), Money.idr(1_000).multiply(new BigDecimal("0.115"), RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(1, Money.IDR), Money.ofMinor(10, Money.IDR).multiply(new BigDecimal("0.115"),
                RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(2, Money.IDR), Money.ofMinor(10, Money.IDR).multiply(new BigDecimal("0.115"),
                RoundingMode.UP));
        assertEquals("denominator is zero", assertThrows(ArithmeticException.class,
                () -> Money.idr(1).multiply(1, 0, RoundingMode.DOWN)).getMessage());
        assertEquals(Money.ofMinor(-4, Money.IDR), Money.ofMinor(10, Money.IDR).multiply(-2, 5, RoundingMode.DOWN));
    }

    @Test
    void roundingToAStepNeedsAPositiveStep() {
        assertEquals("step must be positive, was 0", assertThrows(IllegalArgumentException.class,
                () -> Money.idr(1).roundToMultipleOf(0, RoundingMode.DOWN)).getMessage());
        assertEquals(Money.ofMinor(12_345, Money.IDR), Money.ofMinor(12_345, Money.IDR).roundToMultipleOf(1,
                RoundingMode.UNNECESSARY));
    }

    @Test
    void absMinAndMaxCompareAmountsOfOneCurrency() {
        assertEquals(Money.idr(5), Money.idr(-5).abs());
        assertEquals(Money.idr(5), Money.idr(5).abs());
        assertEquals(Money.idr(0), Money.idr(0).abs());
        assertEquals(Money.idr(3), Money.idr(3).min(Money.idr(7)));
        assertEquals(Money.idr(3), Money.idr(7).min(Money.idr(3)));
        assertEquals(Money.idr(7), Money.idr(3).max(Money.idr(7)));
        assertEquals(Money.idr(7), Money.idr(7).max(Money.idr(3)));
        assertThrows(CurrencyMismatchException.class, () -> Money.idr(3).min(Money.of(1, USD)));
    }

    @Test
    void currencyCodesAreCheckedAndUnitsCompareByCode() {
        assertEquals("currency: 'XYZ' is not an ISO 4217 currency code", assertThrows(IllegalArgumentException.class,
                () -> Currencies.of("XYZ")).getMessage());
        javax.money.CurrencyUnit idr = Currencies.of("IDR");
        assertEquals(idr, Currencies.of("IDR"));
        assertEquals(idr, Currencies.canonical(Monetary.getCurrency("IDR")));
        assertEquals("IDR", Currencies.canonical(Monetary.getCurrency("IDR")).getCurrencyCode());
        assertTrue(idr.equals(Monetary.getCurrency("IDR")));
        assertTrue(!idr.equals(Currencies.of("USD")));
        assertEquals("IDR", idr.toString());
        assertEquals(360, idr.getNumericCode());
        assertEquals(idr.hashCode(), Currencies.of("IDR").hashCode());
        assertTrue(idr.compareTo(Currencies.of("USD")) < 0);
        assertEquals(2, idr.getDefaultFractionDigits());
    }

    @Test
    void aRupiahAmountWithSenShowsExactlyTwoDigits() {
        assertEquals("Rp 10,05", MoneyFormat.indonesian().format(Money.of("10.05", Money.IDR)));
        assertEquals("JPY 1,503", MoneyFormat.english().format(Money.of(1_503, Monetary.getCurrency("JPY"))));
    }
}
