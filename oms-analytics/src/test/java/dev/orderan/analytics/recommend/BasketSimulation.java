package dev.orderan.analytics.recommend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generated baskets with a known structure (documented in docs/analytics.md):
 * <ul>
 *   <li>200 SKUs in 10 categories of 20; popularity follows Zipf's law (weight 1/rank^1.0 over a
 *   random ranking of all SKUs);</li>
 *   <li>40 complement bundles of 3 SKUs from different categories (a phone, its case, a screen
 *   protector): 35 % of baskets start from a bundle and take 2 or 3 of its items;</li>
 *   <li>3000 customers, each with two favourite categories; a customer places 1 + Poisson(3)
 *   baskets at uniform times in 2025;</li>
 *   <li>a basket has 1 + Poisson(1.2) further items, each from the customer's favourite categories
 *   (60 %, by popularity within the category) or from the whole catalogue by popularity (40 %).</li>
 * </ul>
 */
final class BasketSimulation {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant CUTOFF = Instant.parse("2025-11-01T00:00:00Z");

    static List<Basket> run(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int items = 200;
        int categories = 10;
        double[] weight = new double[items];
        int[] rank = shuffledRange(r, items);
        for (int i = 0; i < items; i++) {
            weight[i] = 1.0 / (rank[i] + 1);
        }
        int[][] bundles = new int[40][3];
        for (int[] bundle : bundles) {
            int[] cats = shuffledRange(r, categories);
            for (int j = 0; j < 3; j++) {
                bundle[j] = cats[j] * 20 + r.nextInt(20);
            }
        }
        List<Basket> out = new ArrayList<>();
        int basketNo = 0;
        for (int c = 0; c < 3000; c++) {
            int fav1 = r.nextInt(categories);
            int fav2 = (fav1 + 1 + r.nextInt(categories - 1)) % categories;
            int baskets = 1 + poisson(r, 3);
            for (int b = 0; b < baskets; b++) {
                Set<String> basket = new TreeSet<>();
                if (r.nextDouble() < 0.35) {
                    int[] bundle = bundles[r.nextInt(bundles.length)];
                    int[] order = shuffledRange(r, 3);
                    int take = r.nextDouble() < 0.5 ? 2 : 3;
                    for (int j = 0; j < take; j++) {
                        basket.add(sku(bundle[order[j]]));
                    }
                }
                int extra = 1 + poisson(r, 1.2);
                for (int j = 0; j < extra; j++) {
                    if (r.nextDouble() < 0.6) {
                        int cat = r.nextBoolean() ? fav1 : fav2;
                        basket.add(sku(cat * 20 + pick(r, weight, cat * 20, 20)));
                    } else {
                        basket.add(sku(pick(r, weight, 0, items)));
                    }
                }
                Instant at = START.plus(Duration.ofSeconds((long) (r.nextDouble() * 365 * 24 * 3600)));
                out.add(new Basket("B" + (++basketNo), "C" + c, at, basket));
            }
        }
        out.sort(java.util.Comparator.comparing(Basket::at).thenComparing(Basket::basketId));
        return out;
    }

    private static String sku(int i) {
        return String.format("SKU-%03d", i);
    }

    private static int pick(SplittableRandom r, double[] weight, int from, int count) {
        double total = 0;
        for (int i = from; i < from + count; i++) {
            total += weight[i];
        }
        double u = r.nextDouble() * total;
        for (int i = from; i < from + count; i++) {
            u -= weight[i];
            if (u <= 0) {
                return i - from;
            }
        }
        return count - 1;
    }

    private static int[] shuffledRange(SplittableRandom r, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
