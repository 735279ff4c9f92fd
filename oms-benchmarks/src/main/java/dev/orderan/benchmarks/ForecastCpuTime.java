package dev.orderan.benchmarks;

import dev.orderan.analytics.forecast.Ets;
import dev.orderan.analytics.forecast.Intermittent;
import dev.orderan.analytics.forecast.TimeSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The CPU time one thread spends per automatic ETS fit of the 144 monthly airline passengers and
 * per Croston forecast of 104 intermittent weeks, after a warm-up. On a machine shared with other
 * builds, wall-clock benchmarks include the time the thread waits for a core; the thread's CPU
 * time does not (it still includes the slowdown of sharing a core's caches and hyper-threads).
 *
 * <p>Prints {@code ets_cpu <ms> ms}, {@code ets_wall <ms> ms}, {@code croston_cpu <us> us} and the
 * load average.
 *
 * <p>Run: {@code java -cp oms-benchmarks/target/benchmarks.jar dev.orderan.benchmarks.ForecastCpuTime [fits=300]}.
 */
public final class ForecastCpuTime {

    private ForecastCpuTime() {
    }

    /** Measures and prints. */
    public static void main(String[] args) {
        int fits = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TimeSeries air = new TimeSeries("AirPassengers", ForecastBench.AIR_PASSENGERS, 12);
        TimeSeries slow = ForecastScale.intermittentWeekly(new SplittableRandom(43), "SKU-SLOW", 104);
        double sink = 0;
        long warmUntil = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            sink += Ets.fit(air).aicc();
            for (int i = 0; i < 100; i++) {
                sink += Intermittent.croston().forecast(slow, 13).mean(1);
            }
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < fits; i++) {
            sink += Ets.fit(air).aicc();
        }
        long cpu1 = threads.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        int reps = 100_000;
        for (int i = 0; i < reps; i++) {
            sink += Intermittent.croston().forecast(slow, 13).mean(1);
        }
        long cpu2 = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "ets_cpu %.2f ms%n", (cpu1 - cpu0) / 1e6 / fits);
        System.out.printf(Locale.ROOT, "ets_wall %.2f ms%n", (wall1 - wall0) / 1e6 / fits);
        System.out.printf(Locale.ROOT, "croston_cpu %.2f us%n", (cpu2 - cpu1) / 1e3 / reps);
        System.out.printf(Locale.ROOT, "load_average %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (Double.isNaN(sink)) {
            System.out.println("unexpected NaN");
        }
    }
}
