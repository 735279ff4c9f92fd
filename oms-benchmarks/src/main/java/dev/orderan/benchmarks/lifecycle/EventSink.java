package dev.orderan.benchmarks.lifecycle;

import dev.orderan.core.order.OrderEvent;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where every contender hands the events it creates during a benchmark. Peers create events inside
 * their own callbacks, which cannot see the benchmark's {@link Blackhole}, so the benchmark points
 * the sink at it before each walk; Orderan's walk uses the same sink so that all pay the same
 * hand-off. (Tests give the contenders a list instead.)
 */
public final class EventSink implements Consumer<OrderEvent> {

    private Blackhole blackhole;
    private long count;

    /** Points the sink at the blackhole of the current benchmark call. */
    public void use(Blackhole bh) {
        this.blackhole = bh;
    }

    /** Consumes an event so the JIT cannot drop its allocation. */
    @Override
    public void accept(OrderEvent event) {
        count++;
        blackhole.consume(event);
    }

    /** How many events were accepted since the sink was created (used by the self-check). */
    public long count() {
        return count;
    }
}
