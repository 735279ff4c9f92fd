package dev.orderan.core.common;

import java.util.UUID;

/** Checks and creates identifier values. */
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

    /** True when the value would be accepted by {@link #check(String, String)}. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A new random identifier value (a UUID in text form). */
    public static String random() {
        return UUID.randomUUID().toString();
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/' || c == ':' || c == '#';
    }
}
