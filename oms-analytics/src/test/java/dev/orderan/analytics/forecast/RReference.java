package dev.orderan.analytics.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference values produced by R (see src/test/resources/forecast/r/generate-references.R): long
 * CSV {@code case,field,index,value}, comments starting with #.
 */
final class RReference {

    private final Map<String, Map<String, List<Double>>> cases = new LinkedHashMap<>();

    private RReference() {
    }

    static RReference load(String file) {
        RReference r = new RReference();
        String path = "/forecast/r/" + file;
        try (InputStream in = RReference.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                double v = f[3].equals("NaN") || f[3].equals("NA") ? Double.NaN : Double.parseDouble(f[3]);
                r.cases.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    List<String> cases() {
        return new ArrayList<>(cases.keySet());
    }

    double[] get(String c, String field) {
        Map<String, List<Double>> m = cases.get(c);
        if (m == null || !m.containsKey(field)) {
            throw new IllegalArgumentException("no " + c + "." + field);
        }
        return m.get(field).stream().mapToDouble(Double::doubleValue).toArray();
    }

    double scalar(String c, String field) {
        return get(c, field)[0];
    }

    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], tolerance, what + "[" + i + "]");
        }
    }

    static void assertClose(double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        if (!(Math.abs(expected - actual) <= tolerance)) {
            throw new AssertionError(what + ": expected " + expected + " (R), got " + actual + ", difference "
                    + (actual - expected) + " > " + tolerance);
        }
    }
}
