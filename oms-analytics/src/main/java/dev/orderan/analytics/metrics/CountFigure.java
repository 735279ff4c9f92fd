package dev.orderan.analytics.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A count (orders, customers, units) and the orders behind it. For a count of orders the value is
 * the number of ids; for customers or units it is counted from those orders.
 *
 * @param name what is counted
 * @param value the count
 * @param orderIds the orders behind the count, in placement order
 */
public record CountFigure(String name, long value, List<String> orderIds) implements Figure {

    /** Checks presence and sign, and copies the ids. */
    public CountFigure {
        Objects.requireNonNull(name, "name");
        if (value < 0) {
            throw new IllegalArgumentException(name + ": count must not be negative");
        }
        orderIds = List.copyOf(orderIds);
    }

    /** A count of orders: the value is the number of ids. */
    public static CountFigure ofOrders(String name, List<String> orderIds) {
        return new CountFigure(name, orderIds.size(), orderIds);
    }
}
