package dev.orderan.benchmarks;

import dev.orderan.analytics.forecast.AutoForecaster;
import dev.orderan.analytics.forecast.Ets;
import dev.orderan.analytics.forecast.EtsFit;
import dev.orderan.analytics.forecast.Forecast;
import dev.orderan.analytics.forecast.Intermittent;
import dev.orderan.analytics.forecast.TimeSeries;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forecasting speed on one thread:
 *
 * <ul>
 *   <li>{@code etsAirPassengers}: automatic ETS (all 15 models by AICc, maximum likelihood) on the
 *       144 monthly observations of the classic airline series (Box and Jenkins);</li>
 *   <li>{@code etsWeekly}: automatic ETS on 104 weeks of a smooth SKU (6 non-seasonal models);</li>
 *   <li>{@code autoWeekly}: the default method (rolling-origin backtest of ETS, Theta, damped
 *       trend and their combination, then the winner) on the same 104 weeks;</li>
 *   <li>{@code croston}: Croston's method on 104 weeks of an intermittent SKU.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ForecastBench {

    /** Box and Jenkins' international airline passengers, thousands per month, 1949–1960. */
    static final double[] AIR_PASSENGERS = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126,
        141, 135, 125, 149, 170, 170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
        171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243, 264, 272, 237, 211,
        180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229, 242, 233, 267, 269, 270, 315, 364, 347,
        312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306, 315, 301, 356, 348, 355, 422,
        465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337, 360, 342, 406, 396,
        420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};

    TimeSeries airPassengers;
    TimeSeries weekly;
    TimeSeries intermittent;

    /** Builds the series and checks each method gives a finite forecast. */
    @Setup
    public void setup() {
        airPassengers = new TimeSeries("AirPassengers", AIR_PASSENGERS, 12);
        weekly = ForecastScale.smoothWeekly(new SplittableRandom(42), "SKU-SMOOTH", 104);
        intermittent = ForecastScale.intermittentWeekly(new SplittableRandom(43), "SKU-SLOW", 104);
        check(etsAirPassengers().forecast(12));
        check(autoWeekly());
        check(croston());
    }

    private static void check(Forecast f) {
        for (double v : f.mean()) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("non-finite forecast from " + f.method());
            }
        }
    }

    /** Automatic ETS on 144 monthly observations. */
    @Benchmark
    public EtsFit etsAirPassengers() {
        return Ets.fit(airPassengers);
    }

    /** Automatic ETS on 104 weekly observations. */
    @Benchmark
    public EtsFit etsWeekly() {
        return Ets.fit(weekly);
    }

    /** The default (backtested) method on 104 weekly observations, 13 weeks ahead. */
    @Benchmark
    public Forecast autoWeekly() {
        return AutoForecaster.forecaster().forecast(weekly, 13);
    }

    /** Croston on 104 weekly observations of an intermittent SKU, 13 weeks ahead. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Forecast croston() {
        return Intermittent.croston().forecast(intermittent, 13);
    }
}
