package dev.orderan.analytics.cli;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.analytics.forecast.Accuracy;
import dev.orderan.analytics.forecast.Baselines;
import dev.orderan.analytics.forecast.BatchForecaster;
import dev.orderan.analytics.forecast.Forecast;
import dev.orderan.analytics.forecast.Forecaster;
import dev.orderan.analytics.forecast.Forecasters;
import dev.orderan.analytics.forecast.PredictionInterval;
import dev.orderan.analytics.forecast.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Batch forecasting from CSV files:
 * {@code --input series.csv --frequencies freq.csv --method auto --output forecasts.csv}.
 *
 * <p>{@code series.csv} is long format {@code name,period,value}: one row per observation, periods
 * ordered numerically when every period of a series is an integer and as text otherwise (ISO dates
 * sort correctly). {@code freq.csv} is {@code name,frequency,horizon}. A header line is optional in
 * both. The output is {@code method,name,step,forecast}, with {@code lo80,hi80,lo95,hi95} added by
 * {@code --intervals}. With {@code --accuracy FILE} the last {@code horizon} observations of every
 * series are held out, forecast from the rest, and scored (MASE, RMSSE, sMAPE) beside the naive
 * and seasonal naive forecasts of the same holdout.
 *
 * <p>Bad rows are reported on standard error with their file and line number and skipped; so are
 * series without a frequency row and series the method cannot forecast. Progress goes to standard
 * error. Exit status: 0 when it ran (even with skipped rows), 1 when a file could not be read or
 * written, 2 for bad usage.
 *
 * <p>One class past the usual size: it is the whole command (arguments, both input files with their
 * row checks, and both outputs), and each part is only meaningful with the others' formats.
 */
public final class ForecastCli {

    private final PrintStream err;

    ForecastCli(PrintStream err) {
        this.err = err;
    }

    /** Runs the command line; see the class comment. */
    public static void main(String[] args) {
        System.exit(new ForecastCli(System.err).run(args, System.out));
    }

    private static final String USAGE = "usage: forecast --input series.csv --frequencies freq.csv [--method auto]"
            + " [--output forecasts.csv] [--intervals] [--accuracy accuracy.csv] [--threads N] [--quiet]\n"
            + "methods: " + String.join(", ", Forecasters.NAMES) + ", ets-<model> (e.g. ets-MAdM)";

    /** Options of one run. */
    private static final class Options {
        Path input;
        Path frequencies;
        String method = "auto";
        Path output;
        Path accuracy;
        boolean intervals;
        boolean quiet;
        int threads = Runtime.getRuntime().availableProcessors();
    }

    int run(String[] args, PrintStream stdout) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("forecast: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (o == null) {
            stdout.println(USAGE);
            return 0;
        }
        Optional<Forecaster> method = Forecasters.byName(o.method);
        if (method.isEmpty()) {
            err.println("forecast: unknown method '" + o.method + "'");
            err.println(USAGE);
            return 2;
        }
        Map<String, double[]> series;
        Map<String, int[]> specs;
        try {
            series = readSeries(o.input);
            specs = readFrequencies(o.frequencies);
        } catch (IOException e) {
            err.println("forecast: cannot read input: " + e.getMessage());
            return 1;
        }
        List<BatchForecaster.Job> jobs = new ArrayList<>();
        Map<String, double[]> holdouts = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            int[] spec = specs.get(e.getKey());
            if (spec == null) {
                err.println("forecast: series " + e.getKey() + " has no row in " + o.frequencies + "; skipped");
                continue;
            }
            double[] y = e.getValue();
            int horizon = spec[1];
            if (o.accuracy != null) {
                if (y.length - horizon < 1) {
                    err.println("forecast: series " + e.getKey() + " has " + y.length + " observations, too few to hold"
                            + " out " + horizon + "; skipped");
                    continue;
                }
                holdouts.put(e.getKey(), Arrays.copyOfRange(y, y.length - horizon, y.length));
                y = Arrays.copyOf(y, y.length - horizon);
            }
            jobs.add(new BatchForecaster.Job(new TimeSeries(e.getKey(), y, spec[0]), horizon));
        }
        for (String name : specs.keySet()) {
            if (!series.containsKey(name)) {
                err.println("forecast: " + o.frequencies + " names " + name + ", which has no observations in "
                        + o.input + "; ignored");
            }
        }
        ProgressListener progress = o.quiet ? ProgressListener.NONE : new StderrProgress(err);
        long start = System.nanoTime();
        List<BatchForecaster.Outcome> outcomes = new BatchForecaster(method.get(), o.threads, progress).run(jobs);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int failed = 0;
        for (BatchForecaster.Outcome out : outcomes) {
            if (out.failure().isPresent()) {
                failed++;
                err.println("forecast: " + out.failure().get() + "; skipped");
            }
        }
        if (!o.quiet) {
            err.printf(Locale.ROOT, "forecast: %d series forecast with %s in %d ms on %d threads, %d skipped%n",
                    outcomes.size() - failed, o.method, millis, o.threads, failed);
        }
        try {
            writeForecasts(o, outcomes, stdout);
            if (o.accuracy != null) {
                writeAccuracy(o, jobs, outcomes, holdouts);
            }
        } catch (IOException e) {
            err.println("forecast: cannot write output: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--intervals" -> o.intervals = true;
                case "--quiet" -> o.quiet = true;
                case "--input", "--frequencies", "--method", "--output", "--accuracy", "--threads" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--input" -> o.input = Path.of(v);
                        case "--frequencies" -> o.frequencies = Path.of(v);
                        case "--method" -> o.method = v;
                        case "--output" -> o.output = v.equals("-") ? null : Path.of(v);
                        case "--accuracy" -> o.accuracy = Path.of(v);
                        default -> {
                            try {
                                o.threads = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("--threads must be a whole number: " + v);
                            }
                            if (o.threads < 1) {
                                throw new IllegalArgumentException("--threads must be at least 1: " + v);
                            }
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (o.input == null || o.frequencies == null) {
            throw new IllegalArgumentException("--input and --frequencies are required");
        }
        return o;
    }

    /** Observations by series name, in period order. */
    Map<String, double[]> readSeries(Path file) throws IOException {
        Map<String, Map<String, Row>> rows = new LinkedHashMap<>();
        readRows(file, 2, "value", "name,period,value", (f, where, number) -> {
            String name = f.get(0).trim();
            String period = f.get(1).trim();
            String value = f.get(2).trim();
            if (name.isEmpty()) {
                bad(where + "name is empty");
                return;
            }
            if (period.isEmpty()) {
                bad(where + "period is empty");
                return;
            }
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                bad(where + "value '" + value + "' is not a number");
                return;
            }
            if (!Double.isFinite(v)) {
                bad(where + "value '" + value + "' is not a finite number");
                return;
            }
            Map<String, Row> bySeries = rows.computeIfAbsent(name, k -> new LinkedHashMap<>());
            Row previous = bySeries.get(period);
            if (previous != null) {
                bad(where + "period " + period + " of " + name + " already given on line " + previous.line);
                return;
            }
            bySeries.put(period, new Row(period, v, number));
        });
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Row>> e : rows.entrySet()) {
            List<Row> list = new ArrayList<>(e.getValue().values());
            boolean numeric = list.stream().allMatch(x -> x.period.matches("-?\\d{1,18}"));
            if (numeric) {
                list.sort((a, b) -> Long.compare(Long.parseLong(a.period), Long.parseLong(b.period)));
            } else {
                list.sort((a, b) -> a.period.compareTo(b.period));
            }
            out.put(e.getKey(), list.stream().mapToDouble(x -> x.value).toArray());
        }
        return out;
    }

    private record Row(String period, double value, int line) {
    }

    /** {frequency, horizon} by series name. */
    Map<String, int[]> readFrequencies(Path file) throws IOException {
        Map<String, int[]> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        readRows(file, 1, "frequency", "name,frequency,horizon", (f, where, number) -> {
            String name = f.get(0).trim();
            if (name.isEmpty()) {
                bad(where + "name is empty");
                return;
            }
            Integer frequency = positiveInt(f.get(1).trim());
            Integer horizon = positiveInt(f.get(2).trim());
            if (frequency == null) {
                bad(where + "frequency '" + f.get(1).trim() + "' is not a whole number of at least 1");
                return;
            }
            if (horizon == null) {
                bad(where + "horizon '" + f.get(2).trim() + "' is not a whole number of at least 1");
                return;
            }
            if (horizon > 10_000) {
                bad(where + "horizon " + horizon + " is more than 10000 steps");
                return;
            }
            if (lines.containsKey(name)) {
                bad(where + name + " already given on line " + lines.get(name));
                return;
            }
            lines.put(name, number);
            out.put(name, new int[] {frequency, horizon});
        });
        return out;
    }

    /** A row of three fields, with its place in the file for messages. */
    @FunctionalInterface
    private interface RowReader {
        void read(List<String> fields, String where, int number);
    }

    /**
     * Hands every non-blank row of three fields to {@code reader}, skipping a first-line header
     * (first field {@code name}, field {@code headerIndex} {@code headerName}) and reporting rows
     * with another number of fields.
     */
    private void readRows(Path file, int headerIndex, String headerName, String fieldNames, RowReader reader)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = Csv.split(line);
                if (number == 1 && f.size() == 3 && f.get(0).trim().equalsIgnoreCase("name")
                        && f.get(headerIndex).trim().equalsIgnoreCase(headerName)) {
                    continue;
                }
                String where = file + ":" + number + ": ";
                if (f.size() != 3) {
                    bad(where + "expected 3 fields " + fieldNames + ", got " + f.size());
                    continue;
                }
                reader.read(f, where, number);
            }
        }
    }

    private static Integer positiveInt(String s) {
        try {
            int v = Integer.parseInt(s);
            return v >= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void bad(String message) {
        err.println("forecast: bad row skipped: " + message);
    }

    private void writeForecasts(Options o, List<BatchForecaster.Outcome> outcomes, PrintStream stdout)
            throws IOException {
        try (Writer w = o.output == null ? new PrintWriter(stdout, false)
                : Files.newBufferedWriter(o.output, StandardCharsets.UTF_8)) {
            w.write(o.intervals ? "method,name,step,forecast,lo80,hi80,lo95,hi95\n" : "method,name,step,forecast\n");
            StringBuilder sb = new StringBuilder();
            for (BatchForecaster.Outcome out : outcomes) {
                if (out.forecast().isEmpty()) {
                    continue;
                }
                Forecast f = out.forecast().get();
                Optional<PredictionInterval> p80 = f.interval(0.80);
                Optional<PredictionInterval> p95 = f.interval(0.95);
                for (int h = 1; h <= f.horizon(); h++) {
                    sb.setLength(0);
                    sb.append(Csv.quote(f.method())).append(',').append(Csv.quote(f.series())).append(',').append(h)
                            .append(',').append(number(f.mean(h)));
                    if (o.intervals) {
                        sb.append(',').append(p80.isPresent() ? number(p80.get().lower(h)) : "")
                                .append(',').append(p80.isPresent() ? number(p80.get().upper(h)) : "")
                                .append(',').append(p95.isPresent() ? number(p95.get().lower(h)) : "")
                                .append(',').append(p95.isPresent() ? number(p95.get().upper(h)) : "");
                    }
                    w.write(sb.append('\n').toString());
                }
            }
            w.flush();
        }
    }

    private void writeAccuracy(Options o, List<BatchForecaster.Job> jobs, List<BatchForecaster.Outcome> outcomes,
            Map<String, double[]> holdouts) throws IOException {
        Map<String, List<Accuracy>> byMethod = new LinkedHashMap<>();
        try (Writer w = Files.newBufferedWriter(o.accuracy, StandardCharsets.UTF_8)) {
            w.write("name,method,model,mase,rmsse,smape\n");
            for (int i = 0; i < jobs.size(); i++) {
                BatchForecaster.Outcome out = outcomes.get(i);
                if (out.forecast().isEmpty()) {
                    continue;
                }
                TimeSeries train = jobs.get(i).series();
                double[] actual = holdouts.get(train.name());
                List<Forecast> rows = List.of(out.forecast().get(),
                        Baselines.naive().forecast(train, actual.length),
                        Baselines.seasonalNaive().forecast(train, actual.length));
                for (Forecast f : rows) {
                    Accuracy a = Accuracy.of(train.values(), train.frequency(), actual, f.mean());
                    String key = f.method().split(":")[0];
                    byMethod.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                    w.write(Csv.quote(train.name()) + "," + Csv.quote(f.method()) + "," + Csv.quote(f.model()) + ","
                            + number(a.mase()) + "," + number(a.rmsse()) + "," + number(a.smape()) + "\n");
                }
            }
        }
        if (!o.quiet) {
            for (Map.Entry<String, List<Accuracy>> e : byMethod.entrySet()) {
                Accuracy m = Accuracy.mean(e.getValue());
                err.printf(Locale.ROOT, "accuracy: %-8s series=%d mean MASE=%.3f RMSSE=%.3f sMAPE=%.2f%n", e.getKey(),
                        e.getValue().size(), m.mase(), m.rmsse(), m.smape());
            }
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        return Double.toString(v);
    }

    /** Progress lines on standard error, at most one every two seconds and one at the end. */
    private static final class StderrProgress implements ProgressListener {
        private final PrintStream err;
        private long last;

        StderrProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(String task, long done, long total) {
            long now = System.nanoTime();
            if (done == total || now - last > 2_000_000_000L) {
                last = now;
                err.printf(Locale.ROOT, "%s: %d/%d series (%.0f%%)%n", task, done, total,
                        total > 0 ? 100.0 * done / total : 100.0);
            }
        }
    }
}
