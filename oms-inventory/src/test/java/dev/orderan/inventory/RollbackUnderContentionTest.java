package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.StockLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Lock-free reservations, releases, sales and receipts race host transactions that sell or release
 * reservations and then, half the time, roll back. Whatever the interleaving, no cell is ever
 * oversold, {@code verify()} is clean at the end and the totals add up. The operations are drawn from
 * seeded random sequences, a fixed number per thread.
 */
class RollbackUnderContentionTest {

    static final int THREADS = 6;
    static final int OPS_PER_THREAD = 1_500;
    static final Sku HOT = Sku.of("HOT-1");
    static final LocationId WH = LocationId.of("WH");
    static final TenantId TENANT = TenantId.of("t");

    /** Thrown to roll a host transaction back. */
    static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void rolledBackSalesAndReleasesNeverLoseOrDoubleCountUnitsWhileOthersReserve() throws Exception {
        for (long seed : new long[] {1L, 2L, 3L}) {
            run(seed);
        }
    }

    private void run(long seed) throws Exception {
        InMemoryStore store = new InMemoryStore();
        InMemoryInventory inv = InMemoryInventory.builder(TENANT).store(store).lowStockThreshold(3)
                .listener(e -> { }).build();
        AtomicLong received = new AtomicLong(40);
        inv.receive(HOT, WH, 40, "initial");
        ConcurrentLinkedDeque<ReservationId> active = new ConcurrentLinkedDeque<>();
        List<ReservationId> all = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong rollbacks = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(seed * 1_000 + me);
                try {
                    start.await();
                    for (int i = 0; i < OPS_PER_THREAD && failure.get() == null; i++) {
                        int dice = rnd.nextInt(100);
                        if (dice < 40) {
                            ReservationId id = ReservationId.of("s" + seed + "-t" + me + "-" + i);
                            try {
                                inv.reserve(ReservationRequest.untilShipment(id, OrderId.of("o-" + id.value()),
                                        ReservationLine.at(0, HOT, WH, 1 + rnd.nextInt(3))));
                                all.add(id);
                                active.add(id);
                            } catch (InsufficientStockException sold) {
                                // the hot SKU ran out: expected
                            }
                        } else if (dice < 55) {
                            ReservationId id = active.poll();
                            if (id != null) {
                                settle(inv, id, rnd.nextBoolean());
                            }
                        } else if (dice < 90) {
                            ReservationId id = active.poll();
                            if (id != null) {
                                boolean sell = rnd.nextBoolean();
                                boolean rollBack = rnd.nextBoolean();
                                try {
                                    store.inTransaction(TENANT, tx -> {
                                        if (sell) {
                                            inv.commit(tx, id);
                                        } else {
                                            inv.release(tx, id, ReleaseReason.ORDER_CANCELLED);
                                        }
                                        if (rollBack) {
                                            throw new RolledBack();
                                        }
                                        return null;
                                    });
                                } catch (RolledBack e) {
                                    rollbacks.incrementAndGet();
                                    active.add(id); // still active: someone settles it later
                                }
                            }
                        } else {
                            long q = 1 + rnd.nextInt(3);
                            inv.receive(HOT, WH, q, "top-up-s" + seed + "-t" + me + "-" + i);
                            received.addAndGet(q);
                        }
                        StockLevel l = inv.level(HOT, WH).orElseThrow();
                        if (l.onHand() - l.reserved() < 0 || l.reserved() < 0) {
                            throw new AssertionError("oversold " + l);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "rollback-race-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker failed (seed " + seed + ")", failure.get());
        }
        assertTrue(rollbacks.get() > 0, "some host transactions rolled back");
        VerificationReport report = inv.verify();
        assertTrue(report.clean(), () -> "seed " + seed + ", verify: " + report.differences());
        long sold = 0;
        long held = 0;
        for (ReservationId id : all) {
            Reservation r = inv.reservation(id).orElseThrow();
            for (ReservedLine l : r.sold()) {
                sold += l.quantity();
            }
            if (r.status() == ReservationStatus.ACTIVE) {
                for (ReservedLine l : r.lines()) {
                    held += l.quantity();
                }
            }
        }
        StockLevel l = inv.level(HOT, WH).orElseThrow();
        assertEquals(received.get() - sold, l.onHand(), "on hand = received − sold (seed " + seed + ")");
        assertEquals(held, l.reserved(), "reserved = units of the active reservations (seed " + seed + ")");
    }

    /** Each id is taken by one thread at a time, so a settle never races another one here. */
    private static void settle(Inventory inv, ReservationId id, boolean commit) {
        if (commit) {
            inv.commit(id);
        } else {
            inv.release(id, ReleaseReason.ORDER_CANCELLED);
        }
    }
}
