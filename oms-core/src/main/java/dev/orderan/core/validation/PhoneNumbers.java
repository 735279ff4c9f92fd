package dev.orderan.core.validation;

import java.util.Optional;

/**
 * Normalises phone numbers to E.164. Indonesian notations become {@code +62…}:
 * {@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code +62 (0)812 3456 7890}, {@code 0062 812…},
 * {@code 62812…}, {@code (021) 555-1234} and a bare {@code 812…} all normalise; other countries'
 * numbers must start with {@code +} or {@code 00}.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of a phone number, or empty if it is not one.
     *
     * <p>For Indonesia the national significant number must be a mobile number ({@code 8}, then
     * 8 to 11 more digits) or a landline (area code starting 2–7 or 9, 8 to 11 digits in all).
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(raw.length());
        boolean plus = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return Optional.empty();
            }
        }
        String d = digits.toString();
        if (!plus && d.startsWith("00")) {
            // 00 is the international call prefix from Indonesia: 0062 812… is +62 812….
            plus = true;
            d = d.substring(2);
        }
        String national;
        if (plus) {
            if (!d.startsWith("62")) {
                return d.length() >= 8 && d.length() <= 15 && d.charAt(0) != '0' ? Optional.of("+" + d) : Optional.empty();
            }
            national = d.substring(2);
        } else if (d.startsWith("62")) {
            national = d.substring(2);
        } else if (d.startsWith("0")) {
            national = d.substring(1);
        } else if (d.startsWith("8")) {
            national = d;
        } else {
            return Optional.empty();
        }
        if (national.startsWith("0")) {
            // +62 (0)812…: the trunk prefix written after the country code is dropped, as dialling does.
            national = national.substring(1);
        }
        return isIndonesianNational(national) ? Optional.of("+62" + national) : Optional.empty();
    }

    /** True when the number normalises. */
    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }

    private static boolean isIndonesianNational(String n) {
        if (n.isEmpty()) {
            return false;
        }
        char first = n.charAt(0);
        if (first == '8') {
            return n.length() >= 9 && n.length() <= 12 && n.charAt(1) != '0';
        }
        return first >= '2' && first != '8' && n.length() >= 8 && n.length() <= 11;
    }
}
