package dev.orderan.core.validation;

import java.util.Objects;

/**
 * One broken rule of a rejected command.
 *
 * @param path the field path, e.g. {@code lines[2].quantity}
 * @param rule the name of the rule, e.g. {@code Positive} or {@code PostalCode}
 * @param message what is wrong, e.g. {@code must be greater than 0}
 */
public record Violation(String path, String rule, String message) implements Comparable<Violation> {

    /** Checks that nothing is missing. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Violation o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : rule.compareTo(o.rule);
    }

    /** {@code path: message (rule)}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "<command>" : path) + ": " + message + " (" + rule + ")";
    }
}
