package dev.orderan.analytics.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The distribution of a processing time over orders: nearest-rank percentiles (each one is the
 * time of a real order, named in {@link #p50OrderId()} and so on) and the mean. All durations are
 * zero and the ids empty when no order had both milestones.
 *
 * @param name which step, e.g. {@code "placed→shipped"}
 * @param count orders measured
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param mean the mean, truncated to the millisecond
 * @param p50OrderId the order whose time is the median (empty when count is 0)
 * @param p90OrderId the order whose time is the 90th percentile
 * @param p99OrderId the order whose time is the 99th percentile
 * @param orderIds the orders measured, in placement order
 */
public record DurationFigure(String name, int count, Duration p50, Duration p90, Duration p99, Duration mean,
                             String p50OrderId, String p90OrderId, String p99OrderId, List<String> orderIds)
        implements Figure {

    /** Checks presence and copies the ids. */
    public DurationFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        Objects.requireNonNull(p99, "p99");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(p50OrderId, "p50OrderId");
        Objects.requireNonNull(p90OrderId, "p90OrderId");
        Objects.requireNonNull(p99OrderId, "p99OrderId");
        orderIds = List.copyOf(orderIds);
        if (orderIds.size() != count) {
            throw new IllegalArgumentException(name + ": count " + count + " differs from " + orderIds.size() + " ids");
        }
    }
}
