package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where each SKU is stored at each location (its pick bin). Thread-safe. */
public final class BinMap {

    private record Key(Sku sku, LocationId location) {
    }

    private final Map<Key, Bin> bins = new ConcurrentHashMap<>();

    /** Assigns (or moves) the SKU's pick bin at the bin's location. */
    public void assign(Sku sku, Bin bin) {
        bins.put(new Key(Objects.requireNonNull(sku, "sku"), bin.location()), bin);
    }

    /** The SKU's pick bin at a location. */
    public Optional<Bin> binOf(Sku sku, LocationId location) {
        return Optional.ofNullable(bins.get(new Key(sku, location)));
    }
}
