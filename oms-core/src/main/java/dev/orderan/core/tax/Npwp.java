package dev.orderan.core.tax;

import java.util.Objects;

/**
 * An Indonesian taxpayer number (NPWP) in the 16-digit form used since PMK 112/PMK.03/2022: a
 * resident individual's NIK, or an entity's NPWP (the old 15-digit number with a leading 0).
 * {@link #parse(String)} accepts both the 16-digit and the legacy 15-digit form, with or without the
 * usual dots and dashes ({@code 01.234.567.8-901.000}).
 *
 * @param value exactly 16 digits
 */
public record Npwp(String value) {

    /** Checks that the value is 16 digits. */
    public Npwp {
        Objects.requireNonNull(value, "npwp");
        if (value.length() != 16 || !digits(value)) {
            throw new InvalidNpwpException("must be 16 digits (or a legacy 15-digit NPWP)");
        }
    }

    /**
     * Parses a 15- or 16-digit NPWP; separators {@code . - space} are ignored.
     *
     * @throws InvalidNpwpException if the number is not 15 or 16 digits
     */
    public static Npwp parse(String text) {
        Objects.requireNonNull(text, "npwp");
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '-' || c == ' ') {
                continue;
            }
            if (c < '0' || c > '9') {
                throw new InvalidNpwpException("must contain only digits and the separators . - (found '" + c + "')");
            }
            sb.append(c);
        }
        if (sb.length() == 15) {
            return new Npwp("0" + sb);
        }
        if (sb.length() != 16) {
            throw new InvalidNpwpException("must be 15 or 16 digits, was " + sb.length());
        }
        return new Npwp(sb.toString());
    }

    /** True when the text is a valid 15- or 16-digit NPWP. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidNpwpException | NullPointerException e) {
            return false;
        }
    }

    /** The legacy 15-digit form {@code 01.234.567.8-901.000} when the number has one (leading 0). */
    public java.util.Optional<String> legacyFormatted() {
        if (value.charAt(0) != '0') {
            return java.util.Optional.empty();
        }
        String v = value.substring(1);
        return java.util.Optional.of(v.substring(0, 2) + "." + v.substring(2, 5) + "." + v.substring(5, 8) + "."
                + v.substring(8, 9) + "-" + v.substring(9, 12) + "." + v.substring(12, 15));
    }

    /** Masked: a NIK used as NPWP is personal data. */
    @Override
    public String toString() {
        return "Npwp[************" + value.substring(12) + "]";
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
