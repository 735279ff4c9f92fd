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

    /** Builds the unambiguous text and hashes it. */
    static final class Builder {
        private final StringBuilder sb = new StringBuilder(256);

        Builder field(String value) {
            // Length-prefixed: no two different field lists produce the same text.
            sb.append(value.length()).append(':').append(value);
            return this;
        }

        Builder optional(String valueOrNull) {
            if (valueOrNull == null) {
                return absent();
            }
            sb.append('+');
            return field(valueOrNull);
        }

        Builder absent() {
            sb.append('-');
            return this;
        }

        Builder number(long value) {
            sb.append('#').append(value).append(';');
            return this;
        }

        Builder money(Money m) {
            sb.append('$').append(m.currency().getCurrencyCode()).append(m.minor()).append(';');
            return this;
        }

        Builder duration(Duration d) {
            sb.append('@').append(d.getSeconds()).append('.').append(d.getNano()).append(';');
            return this;
        }

        String hash() {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(h);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JDK", e);
            }
        }
    }
}
