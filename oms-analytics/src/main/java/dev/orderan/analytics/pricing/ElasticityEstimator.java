package dev.orderan.analytics.pricing;

import dev.orderan.analytics.internal.LeastSquares;
import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Estimates price elasticity per SKU by ordinary least squares on logarithms. Days with zero units
 * cannot enter a log-log fit and are left out (which biases β towards zero when zero-sale days are
 * common; their number is reported). A SKU needs at least {@value #MIN_DAYS} days with sales at
 * {@value #MIN_PRICES} or more distinct prices, otherwise it is reported as skipped with the reason.
 */
public final class ElasticityEstimator {

    /** The fewest days with sales a SKU needs. */
    public static final int MIN_DAYS = 8;
    /** The fewest distinct prices a SKU needs. */
    public static final int MIN_PRICES = 2;

    private ElasticityEstimator() {
    }

    /**
     * The estimates and the skipped SKUs.
     *
     * @param estimates elasticity per SKU, sorted by SKU
     * @param skipped why each other SKU has no estimate
     * @param zeroSaleDays days with zero units left out, per SKU
     */
    public record Report(Map<String, Elasticity> estimates, Map<String, String> skipped, Map<String, Integer> zeroSaleDays) {
        /** Copies the maps. */
        public Report {
            estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
            skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
            zeroSaleDays = Collections.unmodifiableMap(new LinkedHashMap<>(zeroSaleDays));
        }
    }

    /**
     * Estimates every SKU in the history.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException if the history is null, holds
     *         nulls, or has a SKU twice on one day
     */
    public static Report estimate(List<PricePoint> history) {
        Violations v = new Violations("ElasticityEstimator.estimate");
        if (history == null) {
            v.add("history", "NotNull", "must not be null");
            v.throwIfAny();
        }
        Map<String, List<PricePoint>> bySku = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            PricePoint p = history.get(i);
            if (!v.check(p != null, "history[" + i + "]", "NotNull", "must not be null")) {
                continue;
            }
            v.check(seen.add(p.sku() + "|" + p.day()), "history[" + i + "]", "OnePointPerDay",
                    "sku " + p.sku() + " has more than one point on " + p.day());
            bySku.computeIfAbsent(p.sku(), k -> new ArrayList<>()).add(p);
        }
        v.throwIfAny();
        Map<String, Elasticity> estimates = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Map<String, Integer> zeros = new LinkedHashMap<>();
        bySku.forEach((sku, points) -> {
            List<PricePoint> sold = points.stream().filter(p -> p.units() > 0).toList();
            zeros.put(sku, points.size() - sold.size());
            long prices = sold.stream().map(p -> p.price().minor()).distinct().count();
            if (sold.size() < MIN_DAYS) {
                skipped.put(sku, "only " + sold.size() + " days with sales, need " + MIN_DAYS);
                return;
            }
            if (prices < MIN_PRICES) {
                skipped.put(sku, "the price never changed; elasticity cannot be measured");
                return;
            }
            double[] x = new double[sold.size()];
            double[] y = new double[sold.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.log(sold.get(i).price().minor());
                y[i] = Math.log(sold.get(i).units());
            }
            LeastSquares fit = LeastSquares.fit(x, y);
            double[] ci = fit.slopeInterval(0.95);
            estimates.put(sku, new Elasticity(sku, fit.slope(), fit.slopeStandardError(), ci[0], ci[1], fit.rSquared(),
                    sold.size(), (int) prices));
        });
        return new Report(estimates, skipped, zeros);
    }
}
