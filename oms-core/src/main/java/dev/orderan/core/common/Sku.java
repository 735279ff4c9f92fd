package dev.orderan.core.common;

/**
 * A stock-keeping unit: the code of one sellable product variant.
 *
 * <p>Marketplace seller SKUs are looser than other ids, so a SKU may also contain single spaces
 * between words and {@code + ( ) & ,} ({@code "KMJ BTK (M)"} is a SKU), and may be up to 100
 * characters long; it may not start or end with a space or contain {@code |}, tabs or line breaks.
 *
 * @param value the identifier
 */
public record Sku(String value) implements Comparable<Sku> {

    /** Validates the identifier. */
    public Sku {
        Ids.checkSku(value);
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
