package dev.orderan.analytics.forecast.calendar;

import dev.orderan.analytics.forecast.DemandSeries;
import dev.orderan.analytics.forecast.Granularity;
import dev.orderan.analytics.forecast.internal.PoissonRegression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Multiplicative effects of the {@link RetailEvent}s on one series' demand, learned from its
 * history: a factor of 1.8 for the Lebaran run-up means demand in those days runs at 1.8 times
 * what the series' trend and season alone would give. A period partly inside an event's window
 * gets the factor raised to the share of its days inside.
 *
 * <p>The factors come from a Poisson regression with log link of the units per period on a
 * quadratic trend, the season (day of week and a yearly Fourier series for days; a yearly Fourier
 * series for weeks; months of the year for months) and the events' exposures, with a light ridge
 * on the event effects. Events the history never saw keep factor 1 and are listed in
 * {@link #unlearned()}; factors are kept within [0.1, 10].
 *
 * @param factors the factor of every event (1 when not learned)
 * @param occurrences how many periods of the history each event touched
 * @param unlearned events the history did not cover, so their factor stayed 1
 */
public record EventEffects(Map<RetailEvent, Double> factors, Map<RetailEvent, Integer> occurrences,
        List<RetailEvent> unlearned) {

    /** Copies. */
    public EventEffects {
        factors = Collections.unmodifiableMap(new EnumMap<>(factors));
        occurrences = Collections.unmodifiableMap(new EnumMap<>(occurrences));
        unlearned = List.copyOf(unlearned);
    }

    /** No effects: every factor 1. */
    public static EventEffects none() {
        Map<RetailEvent, Double> f = new EnumMap<>(RetailEvent.class);
        Map<RetailEvent, Integer> o = new EnumMap<>(RetailEvent.class);
        for (RetailEvent e : RetailEvent.values()) {
            f.put(e, 1.0);
            o.put(e, 0);
        }
        return new EventEffects(f, o, List.of(RetailEvent.values()));
    }

    /** The factor of one event. */
    public double factor(RetailEvent event) {
        return factors.getOrDefault(event, 1.0);
    }

    /** The combined factor of the period {@code [from, to)}: the product of factor^exposure over events. */
    public double factor(IndonesianRetailCalendar calendar, LocalDate from, LocalDate to) {
        double f = 1;
        for (RetailEvent e : RetailEvent.values()) {
            double x = calendar.exposure(e, from, to);
            if (x > 0) {
                f *= Math.pow(factor(e), x);
            }
        }
        return f;
    }

    /** Learns the effects from a series' history with the given calendar. */
    public static EventEffects learn(DemandSeries series, IndonesianRetailCalendar calendar) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(calendar, "calendar");
        int n = series.length();
        double[] y = series.values();
        RetailEvent[] events = RetailEvent.values();
        double[][] exposure = new double[n][events.length];
        int[] touched = new int[events.length];
        for (int t = 0; t < n; t++) {
            LocalDate from = series.periodStart(t);
            LocalDate to = series.periodStart(t + 1);
            for (int e = 0; e < events.length; e++) {
                double x = calendar.exposure(events[e], from, to);
                exposure[t][e] = x;
                if (x > 0) {
                    touched[e]++;
                }
            }
        }
        List<Integer> learnable = new ArrayList<>();
        for (int e = 0; e < events.length; e++) {
            // Needs the event inside the history and some periods outside it to compare with.
            if (touched[e] > 0 && touched[e] < n) {
                learnable.add(e);
            }
        }
        List<double[]> base = baseColumns(series);
        int p = base.get(0).length + learnable.size();
        double[][] x = new double[n][p];
        boolean[] penalised = new boolean[p];
        for (int t = 0; t < n; t++) {
            double[] b = base.get(t);
            System.arraycopy(b, 0, x[t], 0, b.length);
            for (int j = 0; j < learnable.size(); j++) {
                x[t][b.length + j] = exposure[t][learnable.get(j)];
            }
        }
        int first = base.get(0).length;
        for (int j = first; j < p; j++) {
            penalised[j] = true;
        }
        Map<RetailEvent, Double> factors = new EnumMap<>(RetailEvent.class);
        Map<RetailEvent, Integer> occurrences = new EnumMap<>(RetailEvent.class);
        List<RetailEvent> unlearned = new ArrayList<>();
        for (int e = 0; e < events.length; e++) {
            factors.put(events[e], 1.0);
            occurrences.put(events[e], touched[e]);
        }
        double total = 0;
        for (double v : y) {
            total += v;
        }
        if (!learnable.isEmpty() && total > 0) {
            double[] beta = PoissonRegression.fit(x, y, 1.0, penalised);
            for (int j = 0; j < learnable.size(); j++) {
                double f = Math.exp(beta[first + j]);
                factors.put(events[learnable.get(j)], Math.max(0.1, Math.min(10, f)));
            }
        }
        for (int e = 0; e < events.length; e++) {
            if (!learnable.contains(e) || total <= 0) {
                unlearned.add(events[e]);
            }
        }
        return new EventEffects(factors, occurrences, unlearned);
    }

    /** Intercept, quadratic trend and season columns for every period. */
    private static List<double[]> baseColumns(DemandSeries series) {
        int n = series.length();
        Granularity g = series.granularity();
        List<double[]> rows = new ArrayList<>(n);
        boolean yearly = g == Granularity.DAY ? n >= 365 : g == Granularity.WEEK ? n >= 52 : n >= 24;
        for (int t = 0; t < n; t++) {
            List<Double> r = new ArrayList<>();
            r.add(1.0);
            double u = n > 1 ? (2.0 * t / (n - 1) - 1) : 0;
            r.add(u);
            r.add(u * u);
            LocalDate d = series.periodStart(t);
            switch (g) {
                case DAY -> {
                    int dow = d.getDayOfWeek().getValue(); // 1..7
                    for (int k = 2; k <= 7; k++) {
                        r.add(dow == k ? 1.0 : 0.0);
                    }
                    if (yearly) {
                        addFourier(r, d.getDayOfYear() / 365.25, 4);
                    }
                }
                case WEEK -> {
                    if (yearly) {
                        addFourier(r, d.getDayOfYear() / 365.25, 4);
                    }
                }
                case MONTH -> {
                    if (yearly) {
                        int month = d.getMonthValue();
                        for (int k = 2; k <= 12; k++) {
                            r.add(month == k ? 1.0 : 0.0);
                        }
                    }
                }
                default -> throw new IllegalStateException("unknown granularity " + g);
            }
            rows.add(r.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return rows;
    }

    private static void addFourier(List<Double> r, double phase, int pairs) {
        for (int k = 1; k <= pairs; k++) {
            r.add(Math.sin(2 * Math.PI * k * phase));
            r.add(Math.cos(2 * Math.PI * k * phase));
        }
    }
}
