package dev.orderan.core.common;

/** Checks identifier values. */
public final class Ids {

    private static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * Checks an identifier value.
     *
     * @param field the field name used in the error message
     * @throws IllegalArgumentException naming the field and the rule that was broken
     */
    public static String check(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + ": length must be between 1 and " + MAX_LENGTH
                    + ", was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i))) {
                throw new IllegalArgumentException(field + ": character '" + value.charAt(i) + "' at index " + i
                        + " is not allowed (use A-Z a-z 0-9 . _ - / : #)");
            }
        }
        return value;
    }

    /**
     * Checks a SKU value: the id characters plus inner single spaces and {@code + ( ) & ,}, up to
     * 100 characters.
     *
     * @throws IllegalArgumentException naming the rule that was broken
     */
    public static String checkSku(String value) {
        if (value == null) {
            throw new IllegalArgumentException("sku: must not be null");
        }
        if (value.isEmpty() || value.length() > 100) {
            throw new IllegalArgumentException("sku: length must be between 1 and 100, was " + value.length());
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ' || value.contains("  ")) {
            throw new IllegalArgumentException("sku: must not start or end with a space or contain two in a row");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!allowed(c) && c != ' ' && c != '+' && c != '(' && c != ')' && c != '&' && c != ',') {
                throw new IllegalArgumentException("sku: character '" + c + "' at index " + i
                        + " is not allowed (use letters, digits, single spaces and . _ - / : # + ( ) & ,)");
            }
        }
        return value;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/' || c == ':' || c == '#';
    }
}
