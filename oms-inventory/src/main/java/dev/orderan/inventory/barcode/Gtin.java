package dev.orderan.inventory.barcode;

import java.util.Optional;

/**
 * A GS1 Global Trade Item Number as printed in EAN/UPC barcodes: GTIN-8, GTIN-12 (UPC-A),
 * GTIN-13 (EAN-13) or GTIN-14, with a valid mod-10 check digit.
 *
 * @param value the digits as scanned, 8, 12, 13 or 14 of them
 */
public record Gtin(String value) {

    /**
     * Checks length, digits and check digit.
     *
     * @throws InvalidBarcodeException naming the rule that failed
     */
    public Gtin {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidBarcodeException(value, problem);
        }
    }

    /** The GTIN, or empty if the text is not a valid one. */
    public static Optional<Gtin> parse(String text) {
        return problem(text) == null ? Optional.of(new Gtin(text)) : Optional.empty();
    }

    /** True when the text is a valid GTIN-8/12/13/14. */
    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** The check digit for the digits before it (the GS1 mod-10 rule: weights 3 and 1 from the right). */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, pos = 0; i >= 0; i--, pos++) {
            int d = body.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("body: must be digits only");
            }
            sum += pos % 2 == 0 ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** The same number as a 14-digit GTIN (left-padded with zeros), for comparing across formats. */
    public String toGtin14() {
        return "0".repeat(14 - value.length()) + value;
    }

    /** The format: 8, 12, 13 or 14. */
    public int length() {
        return value.length();
    }

    private static String problem(String text) {
        if (text == null) {
            return "must not be null";
        }
        int n = text.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return "length must be 8, 12, 13 or 14 digits, was " + n;
        }
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return "must contain digits only";
            }
        }
        int expected = checkDigit(text.substring(0, n - 1));
        if (text.charAt(n - 1) - '0' != expected) {
            return "check digit must be " + expected + ", was " + text.charAt(n - 1);
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
