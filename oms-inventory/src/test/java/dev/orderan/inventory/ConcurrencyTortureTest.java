package dev.orderan.inventory;

import dev.orderan.inventory.memory.InMemoryInventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.StockLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/**
 * 32 threads hammer 3 hot SKUs with reserve (1–2 lines), release, commit, duplicate settles of the
 * same reservation from two threads, repeats of the same request and small receipts, for at most
 * about 5 seconds and a bounded number of operations. Every thread checks after every operation
 * that the SKU is not oversold (on hand and reserved are read as one atomic snapshot). At the end
 * {@code verify()} is clean and the totals add up: on hand = received − committed units, reserved =
 * units of the reservations still active.
 */
class ConcurrencyTortureTest {

    static final int THREADS = 32;
    static final int MAX_OPS_PER_THREAD = 40_000;
    static final long MAX_NANOS = 5_000_000_000L;
    static final Sku[] SKUS = {Sku.of("HOT-1"), Sku.of("HOT-2"), Sku.of("HOT-3")};
    static final LocationId WH = LocationId.of("WH");

    @Test
    void thirtyTwoThreadsOnThreeHotSkusNeverOversellAndTheTotalsAddUp() throws Exception {
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).lowStockThreshold(5)
                .listener(e -> { }).build();
        AtomicLong[] received = new AtomicLong[SKUS.length];
        for (int s = 0; s < SKUS.length; s++) {
            inv.receive(SKUS[s], WH, 200, "initial");
            received[s] = new AtomicLong(200);
        }
        ConcurrentLinkedQueue<ReservationId> toSettle = new ConcurrentLinkedQueue<>();
        AtomicReferenceArray<ReservationId> recent = new AtomicReferenceArray<>(256);
        List<ReservationId> allReserved = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong successes = new AtomicLong();
        AtomicLong refusals = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        CountDownLatch done = new CountDownLatch(THREADS);
        long deadline = System.nanoTime() + MAX_NANOS;

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(1234 + me);
                try {
                    start.await();
                    for (int i = 0; i < MAX_OPS_PER_THREAD && failure.get() == null; i++) {
                        if ((i & 63) == 0 && System.nanoTime() > deadline) {
                            break;
                        }
                        int dice = rnd.nextInt(100);
                        int s = rnd.nextInt(SKUS.length);
                        if (dice < 45) {
                            ReservationId id = ReservationId.of("t" + me + "-" + i);
                            List<ReservationLine> lines = new ArrayList<>();
                            lines.add(ReservationLine.at(1, SKUS[s], WH, 1 + rnd.nextInt(3)));
                            if (rnd.nextBoolean()) {
                                lines.add(ReservationLine.at(2, SKUS[(s + 1) % SKUS.length], WH, 1 + rnd.nextInt(2)));
                            }
                            ReservationRequest req = new ReservationRequest(id, OrderId.of("o" + me + "-" + i), lines,
                                    Optional.of(Instant.EPOCH));
                            try {
                                inv.reserve(req);
                                // A retry of the same request must not reserve again.
                                assertEquals(ReservationStatus.ACTIVE, inv.reserve(req).status());
                                allReserved.add(id);
                                toSettle.add(id);
                                recent.set(rnd.nextInt(recent.length()), id);
                                successes.incrementAndGet();
                            } catch (InsufficientStockException e) {
                                refusals.incrementAndGet();
                            }
                        } else if (dice < 70) {
                            ReservationId id = toSettle.poll();
                            if (id != null) {
                                settle(inv, id, rnd.nextBoolean());
                            }
                        } else if (dice < 90) {
                            // Race another thread's settle of the same reservation.
                            ReservationId id = recent.get(rnd.nextInt(recent.length()));
                            if (id != null) {
                                settle(inv, id, rnd.nextBoolean());
                            }
                        } else if (dice < 97) {
                            long q = 1 + rnd.nextInt(4);
                            inv.receive(SKUS[s], WH, q, "top-up-" + java.util.UUID.randomUUID());
                            received[s].addAndGet(q);
                        } else {
                            inv.available(SKUS[s]);
                        }
                        StockLevel l = inv.level(SKUS[s], WH).orElseThrow();
                        if (l.onHand() - l.reserved() < 0 || l.reserved() < 0) {
                            throw new AssertionError("oversold " + l);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "torture-" + t);
            threads.add(th);
            th.start();
        }
        done.await();
        for (Thread th : threads) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker failed", failure.get());
        }

        VerificationReport report = inv.verify();
        assertTrue(report.clean(), () -> "verify: " + report.differences());
        assertTrue(successes.get() > 0 && refusals.get() > 0, "both outcomes were exercised");
        long[] committed = new long[SKUS.length];
        long[] active = new long[SKUS.length];
        for (ReservationId id : allReserved) {
            Reservation r = inv.reservation(id).orElseThrow();
            for (ReservedLine line : r.sold()) {
                committed[indexOf(line.sku())] += line.quantity();
            }
            for (ReservedLine line : r.lines()) {
                if (r.status() == ReservationStatus.ACTIVE) {
                    active[indexOf(line.sku())] += line.quantity();
                }
            }
        }
        for (int s = 0; s < SKUS.length; s++) {
            StockLevel l = inv.level(SKUS[s], WH).orElseThrow();
            assertEquals(received[s].get() - committed[s], l.onHand(), "on hand of " + SKUS[s]);
            assertEquals(active[s], l.reserved(), "reserved of " + SKUS[s]);
            assertTrue(l.onHand() >= l.reserved(), "not oversold: " + l);
        }
    }

    @Test
    void eightThreadsPlacingTheSameReservationAtOnceReserveItExactlyOnce() throws Exception {
        InMemoryInventory inv = InMemoryInventory.builder(TenantId.of("t")).build();
        inv.receive(SKUS[0], WH, 10_000, "initial");
        int rounds = 200;
        int threads = 8;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Reservation[][] seen = new Reservation[rounds][threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                try {
                    for (int k = 0; k < rounds; k++) {
                        ReservationRequest req = ReservationRequest.untilShipment(ReservationId.of("same-" + k),
                                OrderId.of("o" + k), ReservationLine.at(1, SKUS[0], WH, 3));
                        barrier.await();
                        seen[k][me] = inv.reserve(req);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    barrier.reset();
                }
            }, "same-id-" + t);
            workers.add(th);
            th.start();
        }
        for (Thread th : workers) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker failed", failure.get());
        }
        assertEquals(3L * rounds, inv.level(SKUS[0], WH).orElseThrow().reserved(), "each id reserved once");
        for (Reservation[] round : seen) {
            for (Reservation r : round) {
                assertEquals(round[0], r, "every caller got the same reservation");
            }
        }
        assertTrue(inv.verify().clean());
    }

    static void settle(Inventory inv, ReservationId id, boolean commit) {
        try {
            if (commit) {
                inv.commit(id);
            } else {
                inv.release(id, ReleaseReason.ORDER_CANCELLED);
            }
        } catch (ReservationStateException lostTheRace) {
            // The other settle won: committed and released are mutually exclusive.
        }
    }

    static int indexOf(Sku sku) {
        for (int i = 0; i < SKUS.length; i++) {
            if (SKUS[i].equals(sku)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sku.value());
    }
}
