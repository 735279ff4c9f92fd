package dev.orderan.core.order;

/** Masks personal data for logs and {@code toString()} (UU PDP: never log PII in clear). */
final class Masking {

    private Masking() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            return "***";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            sb.append(part.charAt(0)).append("*** ");
        }
        return sb.toString().trim();
    }

    static String email(String email) {
        if (email == null) {
            return "***";
        }
        int at = email.indexOf('@');
        return at < 0 ? "***" : "***" + email.substring(at);
    }

    static String phone(String phone) {
        if (phone == null || phone.length() < 4) {
            return "***";
        }
        return "***" + phone.substring(phone.length() - 3);
    }
}
