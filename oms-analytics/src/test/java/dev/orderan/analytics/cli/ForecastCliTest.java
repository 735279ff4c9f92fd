package dev.orderan.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command line: file formats, bad rows with line numbers, accuracy mode, exit codes. */
class ForecastCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        ForecastCli cli = new ForecastCli(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        return cli.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    private static String[] monthlyRows(String name, int n) {
        String[] rows = new String[n];
        for (int i = 0; i < n; i++) {
            rows[i] = name + "," + (i + 1) + "," + (100 + 10 * Math.sin(i * Math.PI / 6) + i);
        }
        return rows;
    }

    @Test
    void forecastsEverySeries_inTheDocumentedLongFormat() throws IOException {
        String[] a = monthlyRows("kaos", 36);
        String[] rows = new String[a.length + 1];
        rows[0] = "name,period,value";
        System.arraycopy(a, 0, rows, 1, a.length);
        Path series = write("series.csv", rows);
        Path freq = write("freq.csv", "name,frequency,horizon", "kaos,12,6");
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "theta",
                "--output", out.toString(), "--quiet"));
        List<String> lines = Files.readAllLines(out);
        assertEquals("method,name,step,forecast", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("theta,kaos,1,"), lines.get(1));
        assertEquals("", err());
    }

    @Test
    void badRows_areReportedWithTheirLineNumberAndSkipped() throws IOException {
        Path series = write("series.csv",
                "name,period,value",
                "kaos,1,10",
                "kaos,2,abc",          // line 3: not a number
                "kaos,3",              // line 4: two fields
                "kaos,4,NaN",          // line 5: not finite
                ",5,12",               // line 6: no name
                "kaos,2,11",           // line 7: fine (period 2 was skipped above)
                "kaos,2,13",           // line 8: duplicate period
                "kaos,3,12", "kaos,4,14", "kaos,5,13", "kaos,6,15");
        Path freq = write("freq.csv", "name,frequency,horizon", "kaos,1,3", "sepatu,x,3", "topi,1");
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "naive",
                "--output", out.toString(), "--quiet"));
        String err = err();
        assertTrue(err.contains("series.csv:3: value 'abc' is not a number"), err);
        assertTrue(err.contains("series.csv:4: expected 3 fields name,period,value, got 2"), err);
        assertTrue(err.contains("series.csv:5: value 'NaN' is not a finite number"), err);
        assertTrue(err.contains("series.csv:6: name is empty"), err);
        assertTrue(err.contains("series.csv:8: period 2 of kaos already given on line 7"), err);
        assertTrue(err.contains("freq.csv:3: frequency 'x' is not a whole number of at least 1"), err);
        assertTrue(err.contains("freq.csv:4: expected 3 fields name,frequency,horizon, got 2"), err);
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("method,name,step,forecast", "naive,kaos,1,15.0", "naive,kaos,2,15.0", "naive,kaos,3,15.0"),
                lines);
    }

    @Test
    void seriesWithoutFrequencyRowAndUnforecastableSeries_areSkippedWithAReason() throws IOException {
        String[] rows = new String[40];
        String[] a = monthlyRows("kaos", 36);
        System.arraycopy(a, 0, rows, 0, 36);
        rows[36] = "tas,1,5";
        rows[37] = "tas,2,6";
        rows[38] = "sepatu,1,3";
        rows[39] = "sepatu,2,-4";
        Path series = write("series.csv", rows);
        Path freq = write("freq.csv", "kaos,12,3", "tas,1,3");
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "ets",
                "--output", out.toString(), "--quiet"));
        assertTrue(err().contains("series sepatu has no row in"), err());
        assertTrue(err().contains("ets cannot forecast tas (2 observations)"), err());
        assertEquals(4, Files.readAllLines(out).size()); // header and kaos
    }

    @Test
    void periodsAreOrderedNumericallyOrAsText() throws IOException {
        Path series = write("series.csv", "a,10,3", "a,9,2", "a,1,1", "b,2026-03,30", "b,2026-01,10", "b,2026-02,20");
        Path freq = write("freq.csv", "a,1,1", "b,1,1");
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "naive",
                "--output", out.toString(), "--quiet"));
        assertEquals(List.of("method,name,step,forecast", "naive,a,1,3.0", "naive,b,1,30.0"), Files.readAllLines(out));
    }

    @Test
    void intervalsAndAccuracy_areWrittenOnRequest() throws IOException {
        Path series = write("series.csv", monthlyRows("kaos", 48));
        Path freq = write("freq.csv", "kaos,12,12");
        Path out = dir.resolve("out.csv");
        Path acc = dir.resolve("acc.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "ets",
                "--output", out.toString(), "--intervals", "--accuracy", acc.toString(), "--threads", "1"));
        List<String> lines = Files.readAllLines(out);
        assertEquals("method,name,step,forecast,lo80,hi80,lo95,hi95", lines.get(0));
        assertEquals(8, lines.get(1).split(",").length);
        List<String> a = Files.readAllLines(acc);
        assertEquals("name,method,model,mase,rmsse,smape", a.get(0));
        assertEquals(4, a.size()); // ets, naive, snaive
        assertTrue(a.get(2).startsWith("kaos,naive,"), a.get(2));
        assertTrue(a.get(3).startsWith("kaos,snaive,"), a.get(3));
        assertTrue(err().contains("accuracy: ets"), err());
        assertTrue(err().contains("forecast: 1/1 series (100%)"), err());
    }

    @Test
    void badUsage_exitsWithTwoAndUnreadableInputWithOne() throws IOException {
        assertEquals(2, run("--input", "x.csv"));
        assertTrue(err().contains("--input and --frequencies are required"));
        assertEquals(2, run("--input", "x.csv", "--frequencies", "y.csv", "--method", "prophet"));
        assertTrue(err().contains("unknown method 'prophet'"));
        assertEquals(2, run("--threads", "0", "--input", "x", "--frequencies", "y"));
        assertEquals(1, run("--input", dir.resolve("missing.csv").toString(), "--frequencies",
                dir.resolve("missing2.csv").toString()));
    }

    @Test
    void quotedNamesWithCommas_arePreserved() throws IOException {
        Path series = write("series.csv", "\"kaos, hitam\",1,4", "\"kaos, hitam\",2,5");
        Path freq = write("freq.csv", "\"kaos, hitam\",1,1");
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("--input", series.toString(), "--frequencies", freq.toString(), "--method", "naive",
                "--output", out.toString(), "--quiet"));
        assertEquals("naive,\"kaos, hitam\",1,5.0", Files.readAllLines(out).get(1));
    }
}
