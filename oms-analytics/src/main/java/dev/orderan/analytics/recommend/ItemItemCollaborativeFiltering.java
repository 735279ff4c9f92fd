package dev.orderan.analytics.recommend;

import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item-item collaborative filtering (Sarwar et al. 2001; Linden, Smith and York 2003): two items
 * are similar when the same customers buy both. Similarity is the cosine of their binary
 * customer vectors, |C(i) ∩ C(j)| / √(|C(i)|·|C(j)|), kept for each item's {@code neighbours}
 * most similar items. A candidate scores the sum of its similarities to the context's items
 * (ties: more buyers, then the item's code).
 */
public final class ItemItemCollaborativeFiltering implements Recommender {

    private final Map<String, List<Neighbour>> neighbours;
    private final Map<String, Integer> buyers;

    private record Neighbour(String item, double similarity) {
    }

    private ItemItemCollaborativeFiltering(Map<String, List<Neighbour>> neighbours, Map<String, Integer> buyers) {
        this.neighbours = neighbours;
        this.buyers = buyers;
    }

    /**
     * Learns item similarities from who bought what.
     *
     * @param baskets the baskets (grouped by customer)
     * @param neighbours how many similar items to keep per item, at least 1
     * @throws dev.orderan.core.validation.ValidationFailedException on empty input or a bad count
     */
    public static ItemItemCollaborativeFiltering train(List<Basket> baskets, int neighbours) {
        Violations v = new Violations("ItemItemCollaborativeFiltering.train");
        v.check(baskets != null && !baskets.isEmpty(), "baskets", "NotEmpty", "need at least one basket");
        v.check(neighbours >= 1, "neighbours", "Min", "must be at least 1, was " + neighbours);
        v.throwIfAny();
        Map<String, Set<String>> itemsByCustomer = new HashMap<>();
        for (Basket b : baskets) {
            itemsByCustomer.computeIfAbsent(b.customerId(), k -> new LinkedHashSet<>()).addAll(b.items());
        }
        Map<String, Integer> buyers = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (Set<String> items : itemsByCustomer.values()) {
            List<String> list = new ArrayList<>(items);
            for (String i : list) {
                buyers.merge(i, 1, Integer::sum);
            }
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    together.computeIfAbsent(list.get(a), k -> new HashMap<>()).merge(list.get(b), 1, Integer::sum);
                    together.computeIfAbsent(list.get(b), k -> new HashMap<>()).merge(list.get(a), 1, Integer::sum);
                }
            }
        }
        Map<String, List<Neighbour>> out = new HashMap<>();
        together.forEach((item, co) -> {
            List<Neighbour> list = new ArrayList<>();
            co.forEach((other, count) -> list.add(new Neighbour(other,
                    count / Math.sqrt((double) buyers.get(item) * buyers.get(other)))));
            list.sort(Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(Neighbour::item));
            out.put(item, List.copyOf(list.subList(0, Math.min(neighbours, list.size()))));
        });
        return new ItemItemCollaborativeFiltering(out, buyers);
    }

    /** The cosine similarity of two items, 0 when one is not among the other's kept neighbours. */
    public double similarity(String a, String b) {
        return neighbours.getOrDefault(a, List.of()).stream().filter(n -> n.item().equals(b))
                .mapToDouble(Neighbour::similarity).findFirst().orElse(0);
    }

    @Override
    public List<String> recommend(Set<String> context, int k) {
        AssociationRules.requireK(k);
        Map<String, Double> score = new HashMap<>();
        for (String item : context) {
            for (Neighbour n : neighbours.getOrDefault(item, List.of())) {
                if (!context.contains(n.item())) {
                    score.merge(n.item(), n.similarity(), Double::sum);
                }
            }
        }
        List<String> items = new ArrayList<>(score.keySet());
        items.sort(Comparator.<String>comparingDouble(i -> -score.get(i)).thenComparingInt(i -> -buyers.get(i))
                .thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableList(new ArrayList<>(items.subList(0, Math.min(k, items.size()))));
    }

    @Override
    public String name() {
        return "item-item CF";
    }
}
