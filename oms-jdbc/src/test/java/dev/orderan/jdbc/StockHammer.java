package dev.orderan.jdbc;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStateException;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One application instance of {@link MultiProcessNoOversellTest}, run in a JVM of its own: a pool of
 * its own over the shared database and several threads reserving (one or two lines, some expiring
 * within half a second), committing, releasing and sweeping expired reservations of the hot SKUs
 * until the time is up. Prints one {@code RESULT} line with its counts.
 *
 * <p>Arguments: JDBC URL, instance number, threads, milliseconds to run, SKU count.
 */
public final class StockHammer {

    static final TenantId TENANT = TenantId.of("gayalokal");
    static final LocationId JKT = LocationId.of("WH-JKT");

    private StockHammer() {
    }

    static Sku sku(int i) {
        return Sku.of(String.format("HOT-%02d", i));
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int instance = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        int skus = Integer.parseInt(args[4]);
        AtomicLong reserves = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong commits = new AtomicLong();
        AtomicLong committedUnits = new AtomicLong();
        AtomicLong releases = new AtomicLong();
        AtomicLong expired = new AtomicLong();
        AtomicLong lostRaces = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try (PostgresStore store = PostgresStore.builder().jdbcUrl(url, "postgres", null).maximumPoolSize(threads)
                .schema(TestDatabase.SCHEMA).migrate(false).build()) {
            InventoryService stock = InventoryService.builder(store.inventory(TENANT)).build();
            long end = System.nanoTime() + millis * 1_000_000L;
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread t = new Thread(() -> {
                    SplittableRandom random = new SplittableRandom(instance * 1_000L + worker);
                    List<ReservationId> mine = new ArrayList<>();
                    long n = 0;
                    while (System.nanoTime() < end) {
                        int op = random.nextInt(10);
                        try {
                            if (op < 5 || mine.isEmpty()) {
                                int first = random.nextInt(skus);
                                List<ReservationLine> lines = new ArrayList<>();
                                lines.add(ReservationLine.at(1, sku(first), JKT, 1 + random.nextInt(3)));
                                if (random.nextInt(4) == 0 && first + 1 < skus) {
                                    // Two lines, always in SKU order (see the test's documentation).
                                    lines.add(ReservationLine.at(2, sku(first + 1 + random.nextInt(skus - first - 1)),
                                            JKT, 1));
                                }
                                ReservationId id = ReservationId.of("P" + instance + "-T" + worker + "-" + (n++));
                                Optional<Instant> expiry = random.nextBoolean()
                                        ? Optional.of(Instant.now().plusMillis(50 + random.nextInt(450)))
                                        : Optional.empty();
                                try {
                                    stock.reserve(new ReservationRequest(id, OrderId.of("O-" + id), lines, expiry));
                                    reserves.incrementAndGet();
                                    mine.add(id);
                                } catch (InsufficientStockException e) {
                                    refused.incrementAndGet();
                                }
                            } else if (op < 7) {
                                ReservationId id = mine.remove(0);
                                Reservation r = stock.commit(id);
                                commits.incrementAndGet();
                                for (ReservedLine l : r.sold()) {
                                    committedUnits.addAndGet(l.quantity());
                                }
                            } else if (op < 9) {
                                ReservationId id = mine.remove(random.nextInt(mine.size()));
                                stock.release(id, ReleaseReason.ORDER_CANCELLED);
                                releases.incrementAndGet();
                            } else {
                                expired.addAndGet(stock.releaseExpired(Instant.now()).size());
                            }
                        } catch (ReservationStateException e) {
                            // Expired and released by a sweeper (of any instance) before this commit or release.
                            lostRaces.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 3) {
                                e.printStackTrace();
                            }
                        }
                    }
                }, "hammer-" + instance + "-" + w);
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                t.join();
            }
        }
        System.out.println("RESULT reserves=" + reserves + " refused=" + refused + " commits=" + commits
                + " committedUnits=" + committedUnits + " releases=" + releases + " expired=" + expired
                + " lostRaces=" + lostRaces + " errors=" + errors);
    }
}
