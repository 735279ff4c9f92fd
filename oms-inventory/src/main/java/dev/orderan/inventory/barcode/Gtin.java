package dev.orderan.inventory.barcode;

/**
 * GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 check digits: the GS1 mod-10 scheme, with
 * weights 3 and 1 alternating from the digit next to the check digit.
 */
public final class Gtin {

    private Gtin() {
    }

    /** True when {@code code} is 8, 12, 13 or 14 digits and its last digit is the right check digit. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        int n = code.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(code.substring(0, n - 1)) == code.charAt(n - 1) - '0';
    }

    /**
     * The check digit for the digits before it.
     *
     * @throws IllegalArgumentException when {@code body} is not 7, 11, 12 or 13 digits
     */
    public static int checkDigit(String body) {
        int n = body.length();
        if (n != 7 && n != 11 && n != 12 && n != 13) {
            throw new IllegalArgumentException("gtin: body must have 7, 11, 12 or 13 digits, had " + n);
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = body.charAt(n - 1 - i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("gtin: character at index " + (n - 1 - i) + " is not a digit");
            }
            // The digit right next to the check digit weighs 3, then 1, 3, 1, ...
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Checks a code.
     *
     * @throws InvalidBarcodeException naming the code and what is wrong with it
     */
    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw new InvalidBarcodeException(code);
        }
        return code;
    }
}
