package dev.orderan.kafka;

import java.util.regex.Pattern;

/** Kafka's rules for topic names. */
final class Topics {

    /** The longest topic name Kafka accepts. */
    static final int MAX_LENGTH = 249;

    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]+");

    private Topics() {
    }

    /**
     * Checks a topic name (or a part of one).
     *
     * @throws IllegalArgumentException naming {@code field} and the rule broken
     */
    static String requireLegal(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + ": must be at most " + MAX_LENGTH + " characters, was "
                    + name.length());
        }
        if (!LEGAL.matcher(name).matches()) {
            throw new IllegalArgumentException(field + ": must hold only letters, digits, '.', '_' and '-', was '"
                    + name + "'");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(field + ": must not be '.' or '..'");
        }
        return name;
    }
}
