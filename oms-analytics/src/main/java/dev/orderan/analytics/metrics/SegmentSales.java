package dev.orderan.analytics.metrics;

import java.util.Objects;

/**
 * Sales of one segment (a channel, a campaign source).
 *
 * @param orders the segment's orders
 * @param revenue their revenue
 * @param averageOrderValue their mean order value
 */
public record SegmentSales(CountFigure orders, MoneyFigure revenue, MoneyFigure averageOrderValue) {
    /** Checks presence. */
    public SegmentSales {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(averageOrderValue, "averageOrderValue");
    }
}
