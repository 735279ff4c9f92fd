package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import dev.orderan.core.validation.PhoneNumbers;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A quick, hand-written check that a placement satisfies every Bean Validation constraint declared
 * on {@link PlaceOrder} and the types it holds. It answers "certainly valid" or "not sure", never
 * "invalid": when it is not sure, the service runs the Jakarta validator, so the violations a caller
 * sees (paths, rules, messages) always come from the validator. Its only duty is never to certify
 * a command the validator would reject; where a rule is intricate (e-mail addresses), it accepts
 * only a plain subset and leaves the rest to the validator.
 *
 * <p>Why it exists: Bean Validation walks the command's object graph by reflection and allocates a
 * context per constraint; for a typical checkout that is most of the cost and the garbage of a
 * placement. Keep the checks here in step with the annotations: a property test generates commands
 * near every boundary and fails if this class certifies one the validator rejects.
 */
final class PlacementPrecheck {

    private PlacementPrecheck() {
    }

    /** True only if the Jakarta validator finds no violation in {@code c}. */
    static boolean certainlyValid(PlaceOrder c) {
        return c != null
                && c.tenantId() != null && c.orderId() != null && c.type() != null && c.channel() != null
                && c.paymentMethod() != null && c.priceMode() != null
                && text(c.idempotencyKey(), 128)
                && customer(c.customer())
                && lines(c.lines())
                && nonNegativeAll(c.orderDiscounts())
                && shipping(c.shipping())
                && c.paymentTerms() != null && c.paymentTerms().map(t -> t.netDays() >= 0 && t.netDays() <= 365)
                        .orElse(true)
                && c.promisedDate() != null
                && texts(c.productionStages(), 50, 100)
                && optionalText(c.notes(), 2000)
                && texts(c.voucherCodes(), 10, 50)
                && texts(c.customerGroups(), 20, 100)
                && someText(c.account(), 100);
    }

    private static boolean customer(Customer cu) {
        return cu != null && cu.id() != null
                && text(cu.name(), 200)
                && text(cu.email(), 254) && plainEmail(cu.email())
                && text(cu.phone(), Integer.MAX_VALUE) && PhoneNumbers.isValid(cu.phone())
                && address(cu.shippingAddress())
                && (cu.billingAddress() == cu.shippingAddress() || address(cu.billingAddress()));
    }

    private static boolean address(Address a) {
        return a != null
                && text(a.street(), 200) && text(a.village(), 100) && text(a.district(), 100)
                && text(a.city(), 100) && text(a.province(), 100)
                && postalCode(a.postalCode())
                && (a.notes() == null || a.notes().length() <= 500);
    }

    private static boolean lines(List<OrderLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > 500) {
            return false;
        }
        for (OrderLine l : lines) {
            if (l == null || l.sku() == null || l.taxCategory() == null
                    || !text(l.productName(), 200) || !optionalText(l.description(), 2000)
                    || l.quantity() < 1 || l.quantity() > 1_000_000
                    || !nonNegative(l.unitPrice()) || (l.discount() != null && l.discount().isNegative())
                    || !someText(l.category(), 100)
                    || l.service() == null) {
                return false;
            }
            if (l.service().isPresent()) {
                ServiceDetails s = l.service().get();
                if (!text(s.serviceType(), 100) || s.duration() == null || !optionalText(s.specification(), 4000)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean shipping(ShippingMethod s) {
        return s != null && text(s.courier(), 50) && s.serviceLevel() != null && s.etaDays() >= 0
                && nonNegative(s.fee());
    }

    /** {@code @NotBlank @Size(max)}; Hibernate Validator's not-blank is {@link String#isBlank()}. */
    private static boolean text(String s, int max) {
        return s != null && s.length() <= max && !s.isBlank();
    }

    /** {@code @NotNull @Size(max)}. */
    private static boolean optionalText(String s, int max) {
        return s != null && s.length() <= max;
    }

    /** {@code @NotNull Optional<@Size(min = 1, max) @Pattern(".*\\S.*")>}. */
    private static boolean someText(Optional<String> o, int max) {
        if (o == null) {
            return false;
        }
        if (o.isEmpty()) {
            return true;
        }
        String s = o.get();
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    /** {@code @NotNull @Size(max) Collection<@NotBlank @Size(max) String>}. */
    private static boolean texts(Collection<String> values, int maxCount, int maxLength) {
        if (values == null || values.size() > maxCount) {
            return false;
        }
        for (String v : values) {
            if (!text(v, maxLength)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonNegative(Money m) {
        return m != null && !m.isNegative();
    }

    private static boolean nonNegativeAll(List<Money> values) {
        if (values == null) {
            return false;
        }
        for (Money m : values) {
            if (!nonNegative(m)) {
                return false;
            }
        }
        return true;
    }

    /** {@code @Pattern("[1-9][0-9]{4}")} and not blank. */
    private static boolean postalCode(String s) {
        if (s == null || s.length() != 5 || s.charAt(0) < '1' || s.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < 5; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain address, a subset of what {@code @Email} accepts: a local part of ASCII letters,
     * digits and {@code _%+-} in dot-separated runs (at most 64 characters), an {@code @}, and a
     * domain of at least two dot-separated labels of letters, digits and inner hyphens (each at
     * most 63 characters). Anything else (quoted local parts, IP literals, non-ASCII) is left to the
     * validator.
     */
    static boolean plainEmail(String s) {
        int at = s.indexOf('@');
        if (at < 1 || at > 64 || at != s.lastIndexOf('@')) {
            return false;
        }
        boolean runStart = true;
        for (int i = 0; i < at; i++) {
            char ch = s.charAt(i);
            if (ch == '.') {
                if (runStart) {
                    return false;
                }
                runStart = true;
            } else if (isAsciiAlphanumeric(ch) || ch == '_' || ch == '%' || ch == '+' || ch == '-') {
                runStart = false;
            } else {
                return false;
            }
        }
        if (runStart) {
            return false;
        }
        int labels = 0;
        int start = at + 1;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            int length = end - start;
            if (length < 1 || length > 63 || s.charAt(start) == '-' || s.charAt(end - 1) == '-') {
                return false;
            }
            for (int i = start; i < end; i++) {
                char ch = s.charAt(i);
                if (!isAsciiAlphanumeric(ch) && ch != '-') {
                    return false;
                }
            }
            labels++;
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        return labels >= 2;
    }

    private static boolean isAsciiAlphanumeric(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }
}
