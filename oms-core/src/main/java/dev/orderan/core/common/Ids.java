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

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/' || c == ':' || c == '#';
    }
}
