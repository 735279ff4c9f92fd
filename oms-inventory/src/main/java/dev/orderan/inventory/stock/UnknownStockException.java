package dev.orderan.inventory.stock;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderanException;
import dev.orderan.core.common.Sku;
import java.util.Optional;

/**
 * Thrown when an operation names a SKU (or a SKU at a location) the engine has never stocked.
 * Nothing was changed by the rejected operation.
 */
public final class UnknownStockException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient Sku sku;
    private final transient LocationId location;

    /** Creates the exception for a SKU unknown at a location. */
    public UnknownStockException(Sku sku, LocationId location) {
        super("unknown SKU " + java.util.Objects.requireNonNull(sku, "sku") + " at "
                + java.util.Objects.requireNonNull(location, "location"));
        this.sku = sku;
        this.location = location;
    }

    /** Creates the exception for a SKU stocked nowhere. */
    public UnknownStockException(Sku sku) {
        super("unknown SKU " + java.util.Objects.requireNonNull(sku, "sku") + ": stocked at no location");
        this.sku = sku;
        this.location = null;
    }

    /** The SKU that was not found. */
    public Sku sku() {
        return sku;
    }

    /** The location where it was not found; empty when it is stocked nowhere. */
    public Optional<LocationId> location() {
        return Optional.ofNullable(location);
    }
}
