package dev.orderan.core.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 hash of everything a placement says, to tell a repeated placement (same hash) from a
 * conflicting one. Built field by field, not from {@code toString()}, because that masks personal
 * data and two customers would look the same.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(PlaceOrder c) {
        StringBuilder sb = new StringBuilder(512);
        field(sb, c.tenantId().value());
        field(sb, c.orderId().value());
        field(sb, c.type().name());
        field(sb, c.channel().name());
        Customer cu = c.customer();
        field(sb, cu.id().value());
        field(sb, cu.name());
        field(sb, cu.email());
        field(sb, cu.phone());
        address(sb, cu.shippingAddress());
        address(sb, cu.billingAddress());
        for (OrderLine l : c.lines()) {
            field(sb, "line");
            field(sb, l.sku().value());
            field(sb, l.productName());
            field(sb, l.description());
            field(sb, Long.toString(l.quantity()));
            field(sb, l.unitPrice().toString());
            field(sb, l.discount().toString());
            field(sb, l.taxCategory().name());
            field(sb, l.service().map(ServiceDetails::toString).orElse("-"));
        }
        for (var d : c.orderDiscounts()) {
            field(sb, "discount");
            field(sb, d.toString());
        }
        field(sb, c.paymentMethod().name());
        field(sb, c.shipping().toString());
        field(sb, c.paymentTerms().map(PaymentTerms::toString).orElse("-"));
        field(sb, c.promisedDate().map(Object::toString).orElse("-"));
        field(sb, String.join("\u0001", c.productionStages()));
        field(sb, c.notes());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static void address(StringBuilder sb, Address a) {
        field(sb, a.street());
        field(sb, a.village());
        field(sb, a.district());
        field(sb, a.city());
        field(sb, a.province());
        field(sb, a.postalCode());
        field(sb, a.notes());
    }

    private static void field(StringBuilder sb, String value) {
        // Length-prefixed so that no two different field lists produce the same text.
        sb.append(value.length()).append(':').append(value).append('|');
    }
}
