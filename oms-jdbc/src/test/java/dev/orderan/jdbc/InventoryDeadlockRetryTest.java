package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.spi.MovementDraft;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two changes that lock the same cells in opposite orders deadlock; PostgreSQL aborts one of them,
 * and the inventory store runs that change again in a new transaction, so both succeed once.
 */
class InventoryDeadlockRetryTest {

    private static final TenantId TENANT = TenantId.of("gayalokal");
    private static final LocationId JKT = LocationId.of("WH-JKT");
    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");

    @Test
    void aChangeAbortedAsADeadlockVictimIsRunAgainAndBothChangesHoldTheirUnits() throws Exception {
        PostgresInventoryStore stock = TestDatabase.emptyStore().inventory(TENANT);
        stock.atomically(Optional.empty(), t -> {
            for (Sku sku : List.of(SHIRT, TOTE)) {
                stock.ensureStocked(t, sku, JKT);
                stock.move(t, new MovementDraft(sku, JKT, 5, MovementReason.RECEIPT, "PO-1", Instant.EPOCH, true,
                        false));
            }
            return null;
        });
        CountDownLatch bothHoldTheirFirstCell = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> changes = List.of(
                    pool.submit(() -> reserveBoth(stock, SHIRT, TOTE, bothHoldTheirFirstCell, runs)),
                    pool.submit(() -> reserveBoth(stock, TOTE, SHIRT, bothHoldTheirFirstCell, runs)));
            for (Future<Long> f : changes) {
                assertTrue(f.get(60, TimeUnit.SECONDS) >= 1, "the second cell was reserved");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(runs.get() >= 3, "two changes, at least one of them run again: " + runs.get());
        for (Sku sku : List.of(SHIRT, TOTE)) {
            StockLevel l = stock.atomically(Optional.empty(), t -> stock.level(t, sku, JKT)).orElseThrow();
            assertEquals(2, l.reserved(), "each change holds one unit of " + sku);
        }
    }

    private static long reserveBoth(PostgresInventoryStore stock, Sku first, Sku second, CountDownLatch latch,
            AtomicInteger runs) {
        return stock.atomically(Optional.empty(), t -> {
            runs.incrementAndGet();
            stock.tryReserve(t, first, JKT, 1);
            latch.countDown();
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return stock.tryReserve(t, second, JKT, 1);
        });
    }
}
