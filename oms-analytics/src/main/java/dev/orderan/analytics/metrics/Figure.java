package dev.orderan.analytics.metrics;

import java.util.List;

/** A reported figure that can be drilled into: it names the orders it was computed from. */
public sealed interface Figure permits CountFigure, MoneyFigure, RatioFigure, DurationFigure {

    /** What the figure is, e.g. {@code "revenue"} or {@code "return rate, sku KMJ-BTK-M"}. */
    String name();

    /** The ids of the orders behind the figure, in placement order. */
    List<String> orderIds();
}
