package dev.orderan.benchmarks;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.internal.StockCell;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Reserve + release of one unit of one hot SKU on the in-memory engine, at 1, 2 and 8 threads, side
 * by side with the physical floor: a compare-and-set loop on one {@link AtomicLong} ("take one if
 * enough, then give it back").
 *
 * <ul>
 *   <li>{@code engine_*}: the full public API — {@code reserve(request)} (validation, idempotency by
 *   id, all-or-nothing placement, the lock-free cell update, the versioned reservation record, the
 *   events), {@code release(id)} and {@code forget(id)} so the id can be reused. The engine's
 *   in-memory store makes every event and hands it to an outbox that keeps nothing
 *   ({@code InMemoryStore.withoutOutbox()}), as a host without event consumers runs it. Requests
 *   are built in setup, a ring of 1024 distinct ids per thread.</li>
 *   <li>{@code engineOutbox_1t}: the same with the default outbox keeping every event, drained by a
 *   relay between iterations: what recording the events costs on top.</li>
 *   <li>{@code cell_*}: the engine's per-SKU primitive alone (not API): one CAS to reserve, one
 *   atomic add to release — what the engine costs beyond the floor's stock arithmetic.</li>
 *   <li>{@code floor_*}: the AtomicLong floor.</li>
 *   <li>{@code atp10}: available-to-promise of a SKU over 10 locations (2 with inbound supply).</li>
 * </ul>
 *
 * <p>Throughput in operations per microsecond, summed over threads. Full run:
 * {@code java -jar oms-benchmarks/target/benchmarks.jar ReservationBench -prof gc -f 1 -wi 3 -w 1s -i 5 -r 1s};
 * quick comparison: {@code scripts/bench-quick inventory}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReservationBench {

    static final Sku HOT = Sku.of("HOT-1");
    static final LocationId WH = LocationId.of("WH-JKT");

    /** The engine, the floor counter and a standalone cell, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        InMemoryInventory inventory;
        final AtomicLong floor = new AtomicLong();
        StockCell cell;
        final Sku atpSku = Sku.of("ATP-1");
        final LocalDate atpDate = LocalDate.of(2026, 12, 31);

        InMemoryStore keeping;
        InMemoryInventory recording;

        @Setup
        public void setup() {
            inventory = InMemoryInventory.builder(TenantId.of("bench")).store(InMemoryStore.withoutOutbox()).build();
            keeping = new InMemoryStore();
            recording = InMemoryInventory.builder(TenantId.of("bench")).store(keeping).build();
            recording.receive(HOT, WH, 1_000_000_000, "PO-1");
            inventory.receive(HOT, WH, 1_000_000_000, "PO-1");
            floor.set(1_000_000_000);
            cell = new StockCell(HOT, WH);
            cell.addOnHand(1_000_000_000, false);
            for (int i = 0; i < 10; i++) {
                LocationId loc = LocationId.of("LOC-" + i);
                inventory.receive(atpSku, loc, 100 + i, "PO-ATP");
                if (i % 5 == 0) {
                    inventory.expectInbound(new InboundSupply("PO-IN-" + i, atpSku, loc, 50, atpDate.minusDays(3)));
                }
            }
        }

        /** Hands the recorded events to a relay that drops them, as a broker would take them. */
        @TearDown(Level.Iteration)
        public void drain() {
            new OutboxRelay(keeping.outbox(), e -> { }, "bench", 10_000, Duration.ofMinutes(1), Clock.systemUTC())
                    .drain();
        }

        @TearDown
        public void check() {
            // Every benchmark gives back what it took: nothing may remain reserved.
            if (inventory.level(HOT, WH).orElseThrow().reserved() != 0 || floor.get() != 1_000_000_000
                    || StockCell.reserved(cell.state()) != 0 || !inventory.verify().clean()) {
                throw new IllegalStateException("a benchmark left stock reserved");
            }
        }
    }

    /** Each thread's ring of prepared requests with distinct ids. */
    @State(Scope.Thread)
    public static class Caller {
        ReservationRequest[] ring;
        int next;

        @Setup
        public void setup(ThreadParams params) {
            int t = params.getThreadIndex();
            ring = new ReservationRequest[1024];
            for (int k = 0; k < ring.length; k++) {
                ring[k] = ReservationRequest.untilShipment(ReservationId.of("t" + t + "-" + k),
                        OrderId.of("order-" + t + "-" + k), ReservationLine.at(1, HOT, WH, 1));
            }
        }

        ReservationRequest next() {
            ReservationRequest r = ring[next];
            next = (next + 1) & (ring.length - 1);
            return r;
        }
    }

    static Reservation engine(Shared s, Caller c) {
        ReservationRequest req = c.next();
        Reservation r = s.inventory.reserve(req);
        s.inventory.release(req.id(), ReleaseReason.OTHER);
        s.inventory.forget(req.id());
        return r;
    }

    static long floor(Shared s) {
        AtomicLong a = s.floor;
        for (;;) {
            long v = a.get();
            if (v < 1) {
                throw new IllegalStateException("out of stock");
            }
            if (a.compareAndSet(v, v - 1)) {
                break;
            }
        }
        return a.addAndGet(1);
    }

    static long cell(Shared s) {
        long had = s.cell.tryReserve(1);
        if (had < 1) {
            throw new IllegalStateException("out of stock");
        }
        return s.cell.unreserve(1);
    }

    /** Engine with the default outbox keeping every event, one thread. */
    @Benchmark
    @Threads(1)
    public Reservation engineOutbox_1t(Shared s, Caller c) {
        ReservationRequest req = c.next();
        Reservation r = s.recording.reserve(req);
        s.recording.release(req.id(), ReleaseReason.OTHER);
        s.recording.forget(req.id());
        return r;
    }

    /** Engine, one thread. */
    @Benchmark
    @Threads(1)
    public Reservation engine_1t(Shared s, Caller c) {
        return engine(s, c);
    }

    /** Engine, two threads. */
    @Benchmark
    @Threads(2)
    public Reservation engine_2t(Shared s, Caller c) {
        return engine(s, c);
    }

    /** Engine, eight threads. */
    @Benchmark
    @Threads(8)
    public Reservation engine_8t(Shared s, Caller c) {
        return engine(s, c);
    }

    /** Floor, one thread. */
    @Benchmark
    @Threads(1)
    public long floor_1t(Shared s) {
        return floor(s);
    }

    /** Floor, two threads. */
    @Benchmark
    @Threads(2)
    public long floor_2t(Shared s) {
        return floor(s);
    }

    /** Floor, eight threads. */
    @Benchmark
    @Threads(8)
    public long floor_8t(Shared s) {
        return floor(s);
    }

    /** Engine primitive, one thread. */
    @Benchmark
    @Threads(1)
    public long cell_1t(Shared s) {
        return cell(s);
    }

    /** Engine primitive, eight threads. */
    @Benchmark
    @Threads(8)
    public long cell_8t(Shared s) {
        return cell(s);
    }

    /** Available to promise over 10 locations, one thread. */
    @Benchmark
    @Threads(1)
    public long atp10(Shared s) {
        return s.inventory.availableToPromise(s.atpSku, s.atpDate);
    }
}
