package dev.orderan.analytics.forecast;

import dev.orderan.analytics.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forecasts many series (every SKU at every location) on a fixed number of threads, reporting
 * progress as series finish. A series the method cannot forecast does not stop the run: its result
 * carries the reason instead of a forecast. Results come back in the order of the input.
 */
public final class BatchForecaster {

    private final Forecaster method;
    private final int threads;
    private final ProgressListener progress;

    /** One series to forecast and how far ahead. */
    public record Job(TimeSeries series, int horizon) {
        /** Checks the job. */
        public Job {
            Objects.requireNonNull(series, "series");
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon of " + series.name() + " must be at least 1: " + horizon);
            }
        }
    }

    /** The outcome for one series: a forecast or the reason there is none. */
    public record Outcome(String series, Optional<Forecast> forecast, Optional<String> failure) {
        /** Checks exactly one of forecast and failure is present. */
        public Outcome {
            Objects.requireNonNull(series, "series");
            if (forecast.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("exactly one of forecast and failure");
            }
        }
    }

    /**
     * A batch forecaster.
     *
     * @param method the method for every series
     * @param threads worker threads, at least 1
     * @param progress hears {@code ("forecast", done, total)} as series finish
     */
    public BatchForecaster(Forecaster method, int threads, ProgressListener progress) {
        this.method = Objects.requireNonNull(method, "method");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Forecasts every job; blocks until all are done. */
    public List<Outcome> run(List<Job> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        int total = jobs.size();
        Outcome[] out = new Outcome[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long reportEvery = Math.max(1, total / 100);
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < total) {
                Job job = jobs.get(i);
                out[i] = forecastOne(job);
                long d = done.incrementAndGet();
                if (d % reportEvery == 0 || d == total) {
                    progress.progress("forecast", d, total);
                }
            }
        };
        if (threads == 1 || total < 2) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "orderan-forecast");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("forecasting interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("forecasting failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return List.of(out);
    }

    private Outcome forecastOne(Job job) {
        try {
            return new Outcome(job.series().name(), Optional.of(method.forecast(job.series(), job.horizon())),
                    Optional.empty());
        } catch (UnforecastableSeriesException | IllegalArgumentException e) {
            return new Outcome(job.series().name(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
