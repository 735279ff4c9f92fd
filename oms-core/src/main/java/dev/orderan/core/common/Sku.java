package dev.orderan.core.common;

/**
 * A stock-keeping unit: the code of one sellable product variant.
 *
 * @param value the identifier; 1 to 64 characters from {@code A-Z a-z 0-9 . _ - / : #}
 */
public record Sku(String value) implements Comparable<Sku> {

    /** Validates the identifier. */
    public Sku {
        Ids.check("sku", value);
    }

    /** The identifier with the given value. */
    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
