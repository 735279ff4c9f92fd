package dev.orderan.analytics.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The baseline: the items in the most baskets, whatever the context (ties by item code). */
public final class PopularityRecommender implements Recommender {

    private final List<String> ranked;

    private PopularityRecommender(List<String> ranked) {
        this.ranked = ranked;
    }

    /** Ranks items by the number of baskets they appear in. */
    public static PopularityRecommender train(List<Basket> baskets) {
        Map<String, Integer> count = new HashMap<>();
        for (Basket b : baskets) {
            for (String i : b.items()) {
                count.merge(i, 1, Integer::sum);
            }
        }
        List<String> items = new ArrayList<>(count.keySet());
        items.sort(Comparator.<String>comparingInt(i -> -count.get(i)).thenComparing(Comparator.naturalOrder()));
        return new PopularityRecommender(List.copyOf(items));
    }

    @Override
    public List<String> recommend(Set<String> context, int k) {
        AssociationRules.requireK(k);
        List<String> out = new ArrayList<>(k);
        for (String i : ranked) {
            if (!context.contains(i)) {
                out.add(i);
                if (out.size() == k) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String name() {
        return "popularity";
    }
}
