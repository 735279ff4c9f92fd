package dev.orderan.inventory;

import dev.orderan.core.common.TenantId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One inventory engine per tenant, created on first use. Tenancy is by engine, not by key: each
 * tenant's stock lives in its own engine, so no query can ever cross tenants.
 */
public final class TenantInventories {

    private final ConcurrentHashMap<TenantId, Inventory> engines = new ConcurrentHashMap<>();
    private final Function<TenantId, Inventory> factory;

    /** Creates engines with {@code factory}, e.g. {@code t -> InMemoryInventory.builder(t).build()}. */
    public TenantInventories(Function<TenantId, Inventory> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The tenant's engine. */
    public Inventory of(TenantId tenant) {
        return engines.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> {
            Inventory i = factory.apply(t);
            if (!i.tenantId().equals(t)) {
                throw new IllegalStateException("factory built an engine for " + i.tenantId() + " when asked for " + t);
            }
            return i;
        });
    }
}
