package dev.orderan.core.common;

/**
 * Identifies a tenant: one business whose data is kept apart from every other tenant's.
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record TenantId(String value) implements Comparable<TenantId> {

    /** Validates the identifier. */
    public TenantId {
        Ids.check("tenantId", value);
    }

    /** The identifier with the given value. */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
