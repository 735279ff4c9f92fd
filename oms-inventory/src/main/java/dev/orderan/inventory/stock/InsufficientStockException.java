package dev.orderan.inventory.stock;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderanException;
import dev.orderan.core.common.Sku;
import java.util.Optional;

/**
 * Thrown when an operation needs more units than are available at a location. Nothing was changed
 * by the rejected operation.
 */
public final class InsufficientStockException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient Sku sku;
    private final transient LocationId location;
    private final long requested;
    private final long available;

    /** Creates the exception for the SKU, location, requested units and the units that were available. */
    public InsufficientStockException(Sku sku, LocationId location, long requested, long available) {
        this(sku, java.util.Objects.requireNonNull(location, "location"), requested, available, true);
    }

    /** Creates the exception for units sought at any location, with the units available over all of them. */
    public InsufficientStockException(Sku sku, long requested, long available) {
        this(sku, null, requested, available, false);
    }

    private InsufficientStockException(Sku sku, LocationId location, long requested, long available, boolean at) {
        super("insufficient stock of " + java.util.Objects.requireNonNull(sku, "sku") + " at "
                + (at ? location : "any location") + ": requested " + requested + ", available " + available);
        this.sku = sku;
        this.location = location;
        this.requested = requested;
        this.available = available;
    }

    /** The SKU that ran short. */
    public Sku sku() {
        return sku;
    }

    /** The location that ran short; empty when the units were sought at any location. */
    public Optional<LocationId> location() {
        return Optional.ofNullable(location);
    }

    /** The units the operation asked for. */
    public long requested() {
        return requested;
    }

    /** The units that were available when the operation was rejected. */
    public long available() {
        return available;
    }
}
