package dev.orderan.analytics.forecast;

/**
 * A forecasting method: fits itself to a series and forecasts the next steps. Implementations in
 * this package are stateless and safe to share between threads.
 */
public interface Forecaster {

    /** The method's short name, as used on the command line ({@code ets}, {@code theta}, ...). */
    String name();

    /**
     * Forecasts {@code horizon} steps after the last observation.
     *
     * @throws UnforecastableSeriesException when the series is too short or unsuitable for the method
     * @throws IllegalArgumentException when {@code horizon} is below 1
     */
    Forecast forecast(TimeSeries series, int horizon);
}
