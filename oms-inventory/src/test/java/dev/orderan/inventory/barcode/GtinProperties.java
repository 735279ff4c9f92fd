package dev.orderan.inventory.barcode;

import static dev.orderan.inventory.testing.PropertyExamples.examples;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The mod-10 check digit accepts every correctly built GTIN and catches every single wrong digit. */
class GtinProperties {

    private static String body(long n, int length) {
        String digits = String.format("%014d", n);
        return digits.substring(14 - (length - 1));
    }

    @Test
    void aBodyWithItsCheckDigitIsValidAndAnySingleDigitChangeIsCaught() {
        qt().withExamples(examples(10_000)).forAll(longs().between(0, 9_999_999_999_999L), integers().between(0, 3),
                        integers().between(0, 13), integers().between(1, 9))
                .check((n, format, position, shift) -> {
                    int length = new int[] {8, 12, 13, 14}[format];
                    String b = body(n, length);
                    String code = b + Gtin.checkDigit(b);
                    int p = position % length;
                    char changed = (char) ('0' + (code.charAt(p) - '0' + shift) % 10);
                    String typo = code.substring(0, p) + changed + code.substring(p + 1);
                    return Gtin.isValid(code) && !Gtin.isValid(typo);
                });
    }
}
