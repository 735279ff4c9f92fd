package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A SHA-256 hash of everything a command says, to tell a repeated command (same hash) from a
 * conflicting one. The text hashed is an unambiguous encoding: every field is written with its
 * length in front, lists with their size, absent values with a marker of their own; nothing is
 * hashed through {@code toString()} (which masks personal data, so two customers would look alike).
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static Builder builder() {
        return new Builder();
    }

    static String of(PlaceOrder c) {
        Builder b = builder().field("PlaceOrder").field(c.tenantId().value()).field(c.orderId().value())
                .field(c.idempotencyKey()).field(c.type().name()).field(c.channel().name());
        Customer cu = c.customer();
        b.field(cu.id().value()).field(cu.name()).field(cu.email()).field(cu.phone());
        address(b, cu.shippingAddress());
        address(b, cu.billingAddress());
        b.number(c.lines().size());
        for (OrderLine l : c.lines()) {
            b.field(l.sku().value()).field(l.productName()).field(l.description()).number(l.quantity())
                    .money(l.unitPrice()).money(l.discount()).field(l.taxCategory().name()).optional(l.category().orElse(null));
            if (l.service().isPresent()) {
                ServiceDetails s = l.service().get();
                b.field("service").field(s.serviceType()).duration(s.duration()).field(s.specification());
            } else {
                b.absent();
            }
        }
        b.number(c.orderDiscounts().size());
        for (Money d : c.orderDiscounts()) {
            b.money(d);
        }
        b.field(c.paymentMethod().name());
        ShippingMethod s = c.shipping();
        b.field(s.courier()).field(s.serviceLevel().name()).number(s.etaDays()).money(s.fee());
        b.optional(c.paymentTerms().map(t -> Integer.toString(t.netDays())).orElse(null));
        b.optional(c.promisedDate().map(Object::toString).orElse(null));
        b.number(c.productionStages().size());
        for (String stage : c.productionStages()) {
            b.field(stage);
        }
        b.field(c.notes());
        b.number(c.voucherCodes().size());
        for (String v : c.voucherCodes()) {
            b.field(v);
        }
        b.number(c.customerGroups().size());
        c.customerGroups().stream().sorted().forEach(b::field);
        b.optional(c.account().orElse(null)).field(c.priceMode().name());
        return b.hash();
    }

    private static void address(Builder b, Address a) {
        b.field(a.street()).field(a.village()).field(a.district()).field(a.city()).field(a.province())
                .field(a.postalCode()).field(a.notes());
    }

    /**
     * Builds the unambiguous text and hashes it. The text is written as UTF-8 straight into a byte
     * buffer (no intermediate strings), and each thread reuses one SHA-256 digest.
     */
    static final class Builder {
        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JDK", e);
            }
        });

        private byte[] buf = new byte[512];
        private int size;

        Builder field(String value) {
            // Length-prefixed (in UTF-16 units): no two different field lists produce the same text.
            number(value.length(), ':');
            text(value);
            return this;
        }

        Builder optional(String valueOrNull) {
            if (valueOrNull == null) {
                return absent();
            }
            put('+');
            return field(valueOrNull);
        }

        Builder absent() {
            put('-');
            return this;
        }

        Builder number(long value) {
            put('#');
            number(value, ';');
            return this;
        }

        Builder money(Money m) {
            put('$');
            text(m.currency().getCurrencyCode());
            number(m.minor(), ';');
            return this;
        }

        Builder duration(Duration d) {
            put('@');
            number(d.getSeconds(), '.');
            number(d.getNano(), ';');
            return this;
        }

        String hash() {
            MessageDigest sha = SHA_256.get();
            sha.reset();
            sha.update(buf, 0, size);
            return HexFormat.of().formatHex(sha.digest());
        }

        private void put(char asciiChar) {
            ensure(1);
            buf[size++] = (byte) asciiChar;
        }

        /** The decimal digits of {@code value}, then {@code end}. */
        private void number(long value, char end) {
            if (value == Long.MIN_VALUE) {
                text(Long.toString(value));
                put(end);
                return;
            }
            ensure(21);
            if (value < 0) {
                buf[size++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                buf[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
            buf[size++] = (byte) end;
        }

        private void text(String value) {
            int n = value.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch >= 0x80) {
                    // Not plain ASCII: let the JDK encode the rest (surrogate pairs and all).
                    byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
                    ensure(rest.length);
                    System.arraycopy(rest, 0, buf, size, rest.length);
                    size += rest.length;
                    return;
                }
                buf[size++] = (byte) ch;
            }
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }
    }
}
