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

    @Test
    void lettersAndSymbolsNextToTheDigitsAreRefusedWhetherParsedOrConstructed() {
        // ':' and '/' sit right after '9' and before '0' in ASCII.
        InvalidNpwpException colon = assertThrows(InvalidNpwpException.class, () -> Npwp.parse("0123456789012:45"));
        assertEquals("npwp: must contain only digits and the separators . - (found ':')", colon.getMessage());
        assertThrows(InvalidNpwpException.class, () -> Npwp.parse("/123456789012345"));
        assertThrows(InvalidNpwpException.class, () -> Npwp.parse("A1.234.567.8-901.000"));
        InvalidNpwpException letters = assertThrows(InvalidNpwpException.class, () -> new Npwp("012345678901234A"));
        assertEquals("npwp: must be 16 digits (or a legacy 15-digit NPWP)", letters.getMessage());
        assertThrows(InvalidNpwpException.class, () -> new Npwp("/123456789012345"));
        assertThrows(InvalidNpwpException.class, () -> new Npwp("0123456789:12345"));
        assertThrows(InvalidNpwpException.class, () -> new Npwp("01234567890123456"));
        assertEquals("0123456789012345", new Npwp("0123456789012345").value());
        assertFalse(Npwp.isValid(null));
        assertFalse(Npwp.isValid("0123456789O12345"), "a letter O for a zero");
        assertTrue(Npwp.isValid("012345678901234"));
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        assertEquals("Npwp[************1000]", Npwp.parse("012345678901000").toString());
    }
}
