package dev.orderan.analytics.recommend;

import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Frequently bought together: association rules mined with Apriori (Agrawal and Srikant 1994).
 * Frequent itemsets up to a maximum size are found level by level (a set can only be frequent if
 * all its subsets are), and every rule "set minus one item → that item" meeting the minimum
 * confidence is kept. As a {@link Recommender}, an item scores the highest confidence of any rule
 * whose antecedent the context holds (ties: higher lift, then the item's code).
 */
public final class AssociationRules implements Recommender {

    private final List<AssociationRule> rules;
    private final int baskets;
    private final Map<Set<String>, List<Integer>> byAntecedent = new HashMap<>();
    private final int largestAntecedent;

    private AssociationRules(List<AssociationRule> rules, int baskets) {
        this.rules = rules;
        this.baskets = baskets;
        int largest = 0;
        for (int i = 0; i < rules.size(); i++) {
            byAntecedent.computeIfAbsent(rules.get(i).antecedent(), k -> new ArrayList<>()).add(i);
            largest = Math.max(largest, rules.get(i).antecedent().size());
        }
        this.largestAntecedent = largest;
    }

    /**
     * Mines rules.
     *
     * @param baskets the baskets
     * @param minSupport the least share of baskets an itemset must appear in, in (0, 1]
     * @param minConfidence the least confidence a rule must have, in [0, 1]
     * @param maxItemsetSize the largest itemset (antecedent plus consequent), 2 to 5
     * @throws dev.orderan.core.validation.ValidationFailedException naming each bad argument
     */
    public static AssociationRules mine(List<Basket> baskets, double minSupport, double minConfidence,
                                        int maxItemsetSize) {
        Violations v = new Violations("AssociationRules.mine");
        v.check(baskets != null && !baskets.isEmpty(), "baskets", "NotEmpty", "need at least one basket");
        v.check(minSupport > 0 && minSupport <= 1, "minSupport", "Range", "must be in (0, 1], was " + minSupport);
        v.check(minConfidence >= 0 && minConfidence <= 1, "minConfidence", "Range", "must be in [0, 1], was " + minConfidence);
        v.check(maxItemsetSize >= 2 && maxItemsetSize <= 5, "maxItemsetSize", "Range",
                "must be between 2 and 5, was " + maxItemsetSize);
        v.throwIfAny();
        int n = baskets.size();
        long minCount = Math.max(1, (long) Math.ceil(minSupport * n - 1e-9));
        Map<Set<String>, Integer> frequent = new HashMap<>();
        Map<String, Integer> single = new HashMap<>();
        for (Basket b : baskets) {
            for (String item : b.items()) {
                single.merge(item, 1, Integer::sum);
            }
        }
        List<Set<String>> level = new ArrayList<>();
        single.forEach((item, count) -> {
            if (count >= minCount) {
                Set<String> s = Set.of(item);
                frequent.put(s, count);
                level.add(s);
            }
        });
        List<Set<String>> current = level;
        for (int size = 2; size <= maxItemsetSize && !current.isEmpty(); size++) {
            Set<Set<String>> candidates = candidates(current, frequent, size);
            Map<Set<String>, Integer> counts = new HashMap<>();
            for (Basket b : baskets) {
                // Only items frequent on their own can be in a frequent set: enumerate the basket's
                // subsets of this size among them (baskets are small) instead of testing every candidate.
                List<String> items = b.items().stream().filter(i -> single.get(i) >= minCount).toList();
                if (items.size() >= size) {
                    forEachSubset(items, size, 0, new ArrayList<>(), subset -> {
                        Set<String> key = Set.copyOf(subset);
                        if (candidates.contains(key)) {
                            counts.merge(key, 1, Integer::sum);
                        }
                    });
                }
            }
            List<Set<String>> next = new ArrayList<>();
            counts.forEach((set, count) -> {
                if (count >= minCount) {
                    frequent.put(set, count);
                    next.add(set);
                }
            });
            current = next;
        }
        List<AssociationRule> rules = new ArrayList<>();
        frequent.forEach((set, count) -> {
            if (set.size() < 2) {
                return;
            }
            for (String consequent : set) {
                Set<String> antecedent = new HashSet<>(set);
                antecedent.remove(consequent);
                double confidence = (double) count / frequent.get(Set.copyOf(antecedent));
                if (confidence >= minConfidence) {
                    double lift = confidence / ((double) single.get(consequent) / n);
                    rules.add(new AssociationRule(antecedent, consequent, count, (double) count / n, confidence, lift));
                }
            }
        });
        rules.sort(Comparator.comparingDouble(AssociationRule::confidence).reversed()
                .thenComparing(Comparator.comparingDouble(AssociationRule::lift).reversed())
                .thenComparing(r -> new TreeSet<>(r.antecedent()).toString()).thenComparing(AssociationRule::consequent));
        return new AssociationRules(List.copyOf(rules), n);
    }

    private static void forEachSubset(List<String> items, int size, int from, List<String> chosen,
                                      java.util.function.Consumer<List<String>> action) {
        if (chosen.size() == size) {
            action.accept(chosen);
            return;
        }
        for (int i = from; i <= items.size() - (size - chosen.size()); i++) {
            chosen.add(items.get(i));
            forEachSubset(items, size, i + 1, chosen, action);
            chosen.remove(chosen.size() - 1);
        }
    }

    /**
     * Sets of the given size whose every subset one smaller is frequent (the Apriori property),
     * made by joining two frequent sets that share all but their last item in sorted order.
     */
    private static Set<Set<String>> candidates(List<Set<String>> previous, Map<Set<String>, Integer> frequent, int size) {
        Map<List<String>, List<String>> lastItemsByPrefix = new HashMap<>();
        for (Set<String> set : previous) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(set));
            lastItemsByPrefix.computeIfAbsent(sorted.subList(0, size - 2), k -> new ArrayList<>())
                    .add(sorted.get(size - 2));
        }
        Set<Set<String>> out = new HashSet<>();
        lastItemsByPrefix.forEach((prefix, lasts) -> {
            lasts.sort(Comparator.naturalOrder());
            for (int i = 0; i < lasts.size(); i++) {
                for (int j = i + 1; j < lasts.size(); j++) {
                    List<String> candidate = new ArrayList<>(prefix);
                    candidate.add(lasts.get(i));
                    candidate.add(lasts.get(j));
                    if (allSubsetsFrequent(candidate, frequent)) {
                        out.add(Set.copyOf(candidate));
                    }
                }
            }
        });
        return out;
    }

    private static boolean allSubsetsFrequent(List<String> candidate, Map<Set<String>, Integer> frequent) {
        for (int drop = 0; drop < candidate.size() - 2; drop++) { // the two joined sets are frequent already
            List<String> sub = new ArrayList<>(candidate);
            sub.remove(drop);
            if (!frequent.containsKey(Set.copyOf(sub))) {
                return false;
            }
        }
        return true;
    }

    /** The rules, by confidence, then lift. */
    public List<AssociationRule> rules() {
        return rules;
    }

    /** The number of baskets mined. */
    public int baskets() {
        return baskets;
    }

    /** The rules whose antecedent the context holds and whose consequent it does not, best first. */
    public List<AssociationRule> rulesFor(Set<String> context) {
        // Look up the context's small subsets instead of testing every rule.
        List<String> items = new ArrayList<>(new TreeSet<>(context));
        List<Integer> matching = new ArrayList<>();
        for (int size = 1; size <= Math.min(largestAntecedent, items.size()); size++) {
            forEachSubset(items, size, 0, new ArrayList<>(), subset -> {
                List<Integer> found = byAntecedent.get(Set.copyOf(subset));
                if (found != null) {
                    matching.addAll(found);
                }
            });
        }
        matching.sort(Comparator.naturalOrder()); // rule order: best first
        return matching.stream().map(rules::get).filter(r -> !context.contains(r.consequent())).toList();
    }

    @Override
    public List<String> recommend(Set<String> context, int k) {
        requireK(k);
        List<String> out = new ArrayList<>();
        for (AssociationRule r : rulesFor(context)) {
            if (!out.contains(r.consequent())) {
                out.add(r.consequent());
                if (out.size() == k) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String name() {
        return "association rules";
    }

    static void requireK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
    }
}
