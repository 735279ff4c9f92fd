package dev.orderan.kafka;

import java.util.Objects;

/** Checks shared by the builders of this package. */
final class Settings {

    private Settings() {
    }

    /**
     * The value, when it is text.
     *
     * @throws NullPointerException naming the field when the value is missing
     * @throws IllegalArgumentException naming the field when the value is blank
     */
    static String requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }
}
