package dev.orderan.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NpwpTest {

    @Test
    void legacyFifteenDigitNpwpBecomesSixteenWithALeadingZero() {
        Npwp npwp = Npwp.parse("01.234.567.8-901.000");
        assertEquals("0012345678901000", npwp.value());
        assertEquals("01.234.567.8-901.000", npwp.legacyFormatted().orElseThrow());
    }

    @Test
    void sixteenDigitNikIsAcceptedAsIs() {
        assertEquals("3171234567890123", Npwp.parse("3171 2345 6789 0123").value());
        assertTrue(Npwp.parse("3171234567890123").legacyFormatted().isEmpty());
    }

    @Test
    void wrongLengthsAndLettersAreRejectedWithoutEchoingTheNumber() {
        InvalidNpwpException e = assertThrows(InvalidNpwpException.class, () -> Npwp.parse("12345678901234"));
        assertEquals("npwp: must be 15 or 16 digits, was 14", e.getMessage());
        assertThrows(InvalidNpwpException.class, () -> Npwp.parse("01.234.567.8-901.00X"));
        assertFalse(Npwp.isValid("12345678901234567"));
    }

    @Test
    void toStringMasksTheNumber() {
        assertFalse(Npwp.parse("3171234567890123").toString().contains("31712345"));
    }
}
