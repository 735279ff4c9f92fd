package dev.orderan.core.common;

/**
 * Identifies an order within a tenant (the host's order number, e.g. {@code INV-2026-000123}).
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record OrderId(String value) implements Comparable<OrderId> {

    /** Validates the identifier. */
    public OrderId {
        Ids.check("orderId", value);
    }

    /** The identifier with the given value. */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
