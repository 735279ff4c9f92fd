package dev.orderan.inventory.memory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.InventoryListener;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingStrategy;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stocktake.StockLedgerView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One tenant's inventory kept in memory: the {@link InventoryService} rules over an
 * {@link InMemoryInventoryStore}.
 * Thread-safe; reserving and releasing take no lock (see the store). Events go to the outbox of the
 * {@link InMemoryStore} it is built with, so an order service on the same store commits orders and
 * stock together:
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * InMemoryInventory stock = InMemoryInventory.builder(tenant).store(store).build();
 * OrderService orders = OrderService.builder().store(store).step(OrderStockStep.of(t -> stock)).build();
 * }</pre>
 *
 * <p>Nothing runs in the background: call {@link #releaseExpired(java.time.Instant)} from the host's
 * scheduler.
 */
public final class InMemoryInventory extends InventoryService {

    private InMemoryInventory(Builder b) {
        super(b);
    }

    /** A builder for the tenant's in-memory inventory. */
    public static Builder builder(TenantId tenant) {
        return new Builder(Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * This inventory's ledger as a stock take sees it ({@link dev.orderan.inventory.stocktake.StockTake}
     * counts against it and posts approved variances through it as
     * {@link MovementReason#STOCK_TAKE_VARIANCE} movements).
     */
    public StockLedgerView stockLedgerView() {
        return new StockLedgerView() {
            @Override
            public long lastSequence() {
                return lastMovementSequence();
            }

            @Override
            public List<Entry> movements(Sku sku, LocationId location) {
                List<Entry> out = new ArrayList<>();
                for (Movement m : InMemoryInventory.this.movements(sku, location)) {
                    out.add(new Entry(m.sequence(), m.at(), m.delta()));
                }
                return out;
            }

            @Override
            public void postVariance(Sku sku, LocationId location, long delta, String reference) {
                adjust(sku, location, delta, MovementReason.STOCK_TAKE_VARIANCE, reference);
            }
        };
    }

    /** Builds an {@link InMemoryInventory}. */
    public static final class Builder extends InventoryService.Builder {

        private final TenantId tenant;
        private InMemoryStore owner;

        private Builder(TenantId tenant) {
            this.tenant = tenant;
        }

        /**
         * The in-memory store whose transactions and outbox this inventory uses (default: a store
         * of its own). Use the order service's store to commit orders and stock together.
         */
        public Builder store(InMemoryStore value) {
            this.owner = Objects.requireNonNull(value, "store");
            return this;
        }

        @Override
        public Builder clock(Clock value) {
            super.clock(value);
            return this;
        }

        @Override
        public Builder lowStockThreshold(long units) {
            super.lowStockThreshold(units);
            return this;
        }

        @Override
        public Builder sourcing(SourcingStrategy strategy) {
            super.sourcing(strategy);
            return this;
        }

        @Override
        public Builder location(SourcingLocation location) {
            super.location(location);
            return this;
        }

        @Override
        public Builder listener(InventoryListener listener) {
            super.listener(listener);
            return this;
        }

        @Override
        public InMemoryInventory build() {
            useStore(new InMemoryInventoryStore(owner == null ? new InMemoryStore() : owner, tenant));
            return new InMemoryInventory(this);
        }
    }
}
