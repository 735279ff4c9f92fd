package dev.orderan.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0812-3456-7890, +6281234567890",
            "+62 812 3456 7890, +6281234567890",
            "6281234567890, +6281234567890",
            "81234567890, +6281234567890",
            "(021) 555-1234, +62215551234",
            "0811.223.344, +62811223344",
            "+65 6123 4567, +6561234567"
    })
    void usualNotationsNormaliseToE164(String raw, String e164) {
        assertEquals(Optional.of(e164), PhoneNumbers.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "0812", "0800-123", "0812-3456-7890-1234", "081x23456789",
            "phone", "++6281234567890", "+0123456789"})
    void nonNumbersAreRejected(String raw) {
        assertTrue(PhoneNumbers.normalize(raw).isEmpty(), raw);
    }
}
