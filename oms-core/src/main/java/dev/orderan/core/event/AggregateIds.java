package dev.orderan.core.event;

import java.util.Objects;

/**
 * Builds aggregate ids out of several parts (a channel and a SKU, a SKU and a location) so that
 * different part lists never give the same id. Parts are joined with {@code '|'}, and a {@code '|'}
 * or {@code '\'} inside a part is escaped with {@code '\'}; ids of Orderan's own values never
 * contain either, so typical ids stay readable ({@code shopee|KMJ-01}).
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    /** The id made of these parts, in order. */
    public static String of(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("parts: at least one");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = Objects.requireNonNull(parts[i], "parts[" + i + "]");
            if (i > 0) {
                sb.append('|');
            }
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (c == '|' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
