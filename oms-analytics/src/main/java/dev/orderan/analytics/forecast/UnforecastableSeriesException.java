package dev.orderan.analytics.forecast;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown when a method cannot forecast a series: too few observations, or values the method does
 * not accept (zeros or negatives for multiplicative models, negatives for intermittent-demand
 * methods). Nothing was changed.
 */
public final class UnforecastableSeriesException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String series;
    private final String method;
    private final int observations;
    private final String reason;

    /** Creates the exception for the series, the method, the series' length and the reason. */
    public UnforecastableSeriesException(String series, String method, int observations, String reason) {
        super(method + " cannot forecast " + series + " (" + observations + " observations): " + reason);
        this.series = series;
        this.method = method;
        this.observations = observations;
        this.reason = reason;
    }

    /** The series' name. */
    public String series() {
        return series;
    }

    /** The method that refused. */
    public String method() {
        return method;
    }

    /** How many observations the series had. */
    public int observations() {
        return observations;
    }

    /** Why the method refused, e.g. {@code needs at least 4 observations}. */
    public String reason() {
        return reason;
    }
}
