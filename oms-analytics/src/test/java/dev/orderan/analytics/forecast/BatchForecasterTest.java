package dev.orderan.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Many series on several threads: order kept, failures carried, progress reported. */
class BatchForecasterTest {

    @Test
    void resultsComeBackInInputOrder_failuresCarryTheirReason_andProgressReachesTheTotal() {
        List<BatchForecaster.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(new BatchForecaster.Job(ForecastProperties.randomSeries(i, 30, 4).withFrequency(4), 4));
        }
        jobs.set(7, new BatchForecaster.Job(TimeSeries.of("too-short", 1, 1, 2), 3));
        ConcurrentLinkedQueue<long[]> reports = new ConcurrentLinkedQueue<>();
        List<BatchForecaster.Outcome> out = new BatchForecaster(Ets.forecaster(), 3,
                (task, done, total) -> reports.add(new long[] {done, total})).run(jobs);
        assertEquals(40, out.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(jobs.get(i).series().name(), out.get(i).series());
        }
        assertTrue(out.get(7).failure().orElseThrow().contains("too-short"));
        assertEquals(39, out.stream().filter(o -> o.forecast().isPresent()).count());
        assertTrue(reports.stream().anyMatch(r -> r[0] == 40 && r[1] == 40));
    }
}
