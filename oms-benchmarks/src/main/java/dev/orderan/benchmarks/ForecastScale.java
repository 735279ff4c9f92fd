package dev.orderan.benchmarks;

import dev.orderan.analytics.forecast.BatchForecaster;
import dev.orderan.analytics.forecast.Forecasters;
import dev.orderan.analytics.forecast.TimeSeries;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Forecasts a whole catalogue: {@code skus} generated SKUs with {@code weeks} weeks of history
 * each (seeded, so every run sees the same data), 13 weeks ahead, with the given method on the
 * given number of threads, progress on standard error. The mix: 55 % smooth sellers (level,
 * drift, a yearly swell and noise), 30 % intermittent (demand in about one week of three), 15 %
 * new or fading items with a strong trend.
 *
 * <p>Prints {@code skus}, {@code seconds} (wall clock), {@code cpu_seconds} (all threads of this
 * JVM), {@code ms_per_sku} and {@code failed}.
 *
 * <p>Run: {@code java -cp oms-benchmarks/target/benchmarks.jar dev.orderan.benchmarks.ForecastScale
 * [skus=10000] [weeks=104] [threads=2] [method=auto]}. With {@code csv <dir>} as the fourth argument
 * it writes the catalogue as {@code <dir>/series.csv} and {@code <dir>/freq.csv} for
 * {@code scripts/forecast} instead of forecasting.
 */
public final class ForecastScale {

    private ForecastScale() {
    }

    /** Generates the catalogue and forecasts it. */
    public static void main(String[] args) {
        int skus = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 104;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String method = args.length > 3 ? args[3] : "auto";
        List<BatchForecaster.Job> jobs = catalogue(skus, weeks);
        if (method.equals("csv")) {
            writeCsv(jobs, java.nio.file.Path.of(args[4]));
            return;
        }
        var forecaster = Forecasters.byName(method).orElseThrow(() -> new IllegalArgumentException("method " + method));
        long[] lastReport = {0};
        BatchForecaster batch = new BatchForecaster(forecaster, threads, (task, done, total) -> {
            long now = System.nanoTime();
            synchronized (lastReport) {
                if (done == total || now - lastReport[0] > 5_000_000_000L) {
                    lastReport[0] = now;
                    System.err.printf(Locale.ROOT, "%s: %d/%d SKUs%n", task, done, total);
                }
            }
        });
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        var outcomes = batch.run(jobs);
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        long failed = outcomes.stream().filter(o -> o.failure().isPresent()).count();
        double seconds = (t1 - t0) / 1e9;
        System.out.printf(Locale.ROOT, "skus %d count%n", skus);
        System.out.printf(Locale.ROOT, "weeks %d count%n", weeks);
        System.out.printf(Locale.ROOT, "threads %d count%n", threads);
        System.out.printf(Locale.ROOT, "method %s%n", method);
        System.out.printf(Locale.ROOT, "seconds %.1f s%n", seconds);
        System.out.printf(Locale.ROOT, "cpu_seconds %.1f s%n", (cpu1 - cpu0) / 1e9);
        System.out.printf(Locale.ROOT, "ms_per_sku %.2f ms%n", seconds * 1000 / skus);
        System.out.printf(Locale.ROOT, "failed %d count%n", failed);
        System.out.printf(Locale.ROOT, "load_average %.2f%n", os.getSystemLoadAverage());
    }

    private static void writeCsv(List<BatchForecaster.Job> jobs, java.nio.file.Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            try (var series = java.nio.file.Files.newBufferedWriter(dir.resolve("series.csv"));
                    var freq = java.nio.file.Files.newBufferedWriter(dir.resolve("freq.csv"))) {
                series.write("name,period,value\n");
                freq.write("name,frequency,horizon\n");
                for (BatchForecaster.Job job : jobs) {
                    double[] y = job.series().values();
                    for (int t = 0; t < y.length; t++) {
                        series.write(job.series().name() + "," + (t + 1) + "," + (long) y[t] + "\n");
                    }
                    freq.write(job.series().name() + "," + job.series().frequency() + "," + job.horizon() + "\n");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("wrote " + jobs.size() + " series to " + dir);
    }

    static List<BatchForecaster.Job> catalogue(int skus, int weeks) {
        SplittableRandom rnd = new SplittableRandom(2024);
        List<BatchForecaster.Job> jobs = new ArrayList<>(skus);
        for (int i = 0; i < skus; i++) {
            String name = String.format(Locale.ROOT, "SKU-%05d@WH-JKT", i);
            double u = rnd.nextDouble();
            TimeSeries s = u < 0.55 ? smoothWeekly(rnd.split(), name, weeks)
                    : u < 0.85 ? intermittentWeekly(rnd.split(), name, weeks) : trendingWeekly(rnd.split(), name, weeks);
            jobs.add(new BatchForecaster.Job(s, 13));
        }
        return jobs;
    }

    static TimeSeries smoothWeekly(SplittableRandom rnd, String name, int weeks) {
        double level = Math.exp(rnd.nextDouble(Math.log(5), Math.log(500)));
        double drift = rnd.nextDouble(-0.003, 0.006);
        double swell = rnd.nextDouble(0, 0.3);
        double noise = rnd.nextDouble(0.1, 0.35);
        double[] y = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            double mean = level * Math.exp(drift * t) * (1 + swell * Math.sin(2 * Math.PI * t / 52.18));
            y[t] = Math.max(0, Math.round(mean * Math.exp(noise * gaussian(rnd))));
        }
        return new TimeSeries(name, y, 52);
    }

    static TimeSeries intermittentWeekly(SplittableRandom rnd, String name, int weeks) {
        double p = rnd.nextDouble(0.1, 0.5);
        double size = rnd.nextDouble(1, 8);
        double[] y = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            y[t] = rnd.nextDouble() < p ? 1 + Math.floor(rnd.nextDouble() * 2 * size) : 0;
        }
        return new TimeSeries(name, y, 52);
    }

    static TimeSeries trendingWeekly(SplittableRandom rnd, String name, int weeks) {
        double level = rnd.nextDouble(20, 200);
        double growth = rnd.nextBoolean() ? rnd.nextDouble(0.01, 0.03) : -rnd.nextDouble(0.005, 0.02);
        double[] y = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            y[t] = Math.max(0, Math.round(level * Math.exp(growth * t) * Math.exp(0.15 * gaussian(rnd))));
        }
        return new TimeSeries(name, y, 52);
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(Math.max(u1, 1e-300))) * Math.cos(2 * Math.PI * u2);
    }
}
