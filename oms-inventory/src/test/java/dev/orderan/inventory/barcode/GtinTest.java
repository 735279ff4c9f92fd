package dev.orderan.inventory.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "8992761002015", "036000291452", "96385074", "10036000291459"})
    void publishedBarcodesAreValid(String code) {
        assertTrue(Gtin.isValid(code), code);
        assertEquals(14, new Gtin(code).toGtin14().length());
    }

    @ParameterizedTest
    @CsvSource({
            "4006381333932, 'check digit must be 1, was 2'",
            "400638133393, 'check digit must be 0, was 3'",
            "40063813339A1, must contain digits only",
            "1234567, 'length must be 8, 12, 13 or 14 digits, was 7'"
    })
    void invalidBarcodesNameTheRule(String code, String rule) {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> new Gtin(code));
        assertEquals(rule, e.rule());
        assertFalse(Gtin.isValid(code));
    }

    @ParameterizedTest
    @CsvSource({"400638133393, 1", "03600029145, 2", "9638507, 4"})
    void checkDigitFollowsTheGs1Rule(String body, int digit) {
        assertEquals(digit, Gtin.checkDigit(body));
    }
}
