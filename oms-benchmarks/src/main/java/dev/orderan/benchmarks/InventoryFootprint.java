package dev.orderan.benchmarks;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.memory.InMemoryInventory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap the in-memory engine needs per SKU: one million SKUs, each received once (one
 * ledger movement) at one location. Heap in use after full GCs, before and after loading, divided
 * by the number of SKUs; the SKU id strings and {@code Sku} objects are counted (the engine holds
 * them). Prints {@code bytes_per_sku <n> B} and {@code heap_for_1m_skus <n> MB}.
 *
 * <p>Run: {@code java -Xmx1g -cp oms-benchmarks/target/benchmarks.jar dev.orderan.benchmarks.InventoryFootprint [count]}.
 */
public final class InventoryFootprint {

    private InventoryFootprint() {
    }

    /** Loads the SKUs and prints the figures. */
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LocationId wh = LocationId.of("WH-JKT");
        long before = usedAfterGc();
        // The engine's own state: no consumer takes its events here, so it keeps none.
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("footprint"))
                .store(InMemoryStore.withoutOutbox()).build();
        for (int i = 0; i < n; i++) {
            inv.receive(Sku.of("SKU-" + i), wh, 10, "PO-1");
        }
        long after = usedAfterGc();
        if (inv.available(Sku.of("SKU-" + (n - 1)), wh) != 10) {
            throw new IllegalStateException("lost stock");
        }
        long perSku = (after - before) / n;
        System.out.println("bytes_per_sku " + perSku + " B");
        System.out.println("heap_for_" + (n / 1_000_000) + "m_skus " + (after - before) / (1024 * 1024) + " MB");
        System.out.println("movements " + inv.lastMovementSequence() + " count");
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
