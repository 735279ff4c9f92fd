package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where each SKU is stored in each warehouse (its pick bin). Thread-safe. */
public final class BinMap {

    private final Map<LocationId, Map<Sku, BinCode>> bins = new ConcurrentHashMap<>();

    /** Puts a SKU's pick bin in a warehouse (replacing an earlier one). */
    public BinMap assign(LocationId location, Sku sku, BinCode bin) {
        bins.computeIfAbsent(Objects.requireNonNull(location, "location"), l -> new ConcurrentHashMap<>())
                .put(Objects.requireNonNull(sku, "sku"), Objects.requireNonNull(bin, "bin"));
        return this;
    }

    /** The pick bin of a SKU in a warehouse. */
    public Optional<BinCode> binOf(LocationId location, Sku sku) {
        return Optional.ofNullable(bins.getOrDefault(location, Map.of()).get(sku));
    }

    /** Every SKU stored in a bin of a warehouse. */
    public Map<Sku, BinCode> skusIn(LocationId location) {
        return Map.copyOf(bins.getOrDefault(location, Map.of()));
    }
}
